import Foundation
import Testing
@testable import LeadStore

@Suite("Autosave timing")
struct AutosaveDebouncerTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)
    func at(_ s: TimeInterval) -> Date { t0.addingTimeInterval(s) }

    @Test("a pause in typing saves after the quiet period")
    func pause() {
        var d = AutosaveDebouncer(quietPeriod: 0.3, maxDelay: 1.0)
        #expect(d.update(.changed(at: at(0))) == [.wake(at: at(0.3))])
        #expect(d.update(.tick(at: at(0.2))) == [.wake(at: at(0.3))])
        #expect(d.update(.tick(at: at(0.3))) == [.save])
        #expect(!d.hasUnsavedChanges)
        #expect(d.update(.tick(at: at(5))) == [])
    }

    @Test("steady typing is saved at least every second: at most the last second is lost")
    func steadyTyping() {
        var d = AutosaveDebouncer(quietPeriod: 0.3, maxDelay: 1.0)
        var saves: [TimeInterval] = []
        var lastSavedChange: TimeInterval = -1
        var worstLoss: TimeInterval = 0
        // A key every 0.1 s for 10 s, timer every 50 ms.
        for step in 0...210 {  // to 10.5 s: past the last change's quiet period
            let t = Double(step) * 0.05
            if step % 2 == 0 && t < 10 { _ = d.update(.changed(at: at(t))) }
            if d.update(.tick(at: at(t))).contains(.save) {
                saves.append(t)
                lastSavedChange = t
            }
            if d.hasUnsavedChanges, let first = d.firstUnsavedChange {
                worstLoss = max(worstLoss, t - first.timeIntervalSince(t0))
            }
        }
        #expect(saves.count >= 9)
        #expect(worstLoss <= 1.0 + 1e-9)
        #expect(lastSavedChange >= 9.9)
        #expect(!d.hasUnsavedChanges)
    }

    @Test("a section change saves at once, even with nothing typed")
    func sectionChange() {
        var d = AutosaveDebouncer()
        _ = d.update(.changed(at: at(0)))
        #expect(d.update(.sectionChanged(at: at(0.05))) == [.save])
        #expect(d.update(.tick(at: at(2))) == [])
        #expect(d.update(.sectionChanged(at: at(3))) == [.save])
    }

    @Test("a failed save keeps the change unsaved and retries after maxDelay")
    func failedSave() {
        var d = AutosaveDebouncer(quietPeriod: 0.3, maxDelay: 1.0)
        _ = d.update(.changed(at: at(0)))
        #expect(d.update(.tick(at: at(0.3))) == [.save])
        #expect(d.update(.saveFailed(at: at(0.35))) == [.wake(at: at(1.35))])
        #expect(d.update(.tick(at: at(1.0))) == [.wake(at: at(1.35))])
        #expect(d.update(.tick(at: at(1.35))) == [.save])
    }

    @Test("discarding forgets pending changes")
    func discard() {
        var d = AutosaveDebouncer()
        _ = d.update(.changed(at: at(0)))
        #expect(d.update(.discarded) == [])
        #expect(d.update(.tick(at: at(10))) == [])
    }
}
