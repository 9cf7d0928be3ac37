import Foundation
import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// The kiosk's way out: F10 → PIN prompt → the check (an effect) → quit or a refusal.
struct SupervisorTests {
    let context = Fixture.context()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func kioskAtPrompt() -> AppModel {
        var model = AppModel(kiosk: true, supervisorPINConfigured: true)
        _ = model.update(.supervisorAsk, context: context)
        return model
    }

    /// Three wrong PINs at `t0`: the prompt locks.
    func lockOut(_ model: inout AppModel) {
        for i in 0..<3 {
            _ = model.update(.supervisorEdited("000\(i)"), context: context)
            _ = model.update(.supervisorSubmit(at: t0), context: context)
            _ = model.update(.supervisorChecked(accepted: false, at: t0), context: context)
        }
    }

    @Test func rightPINQuits() {
        var model = kioskAtPrompt()
        guard case .supervisor = model.screen else { Issue.record("no PIN prompt"); return }
        _ = model.update(.supervisorEdited("2468"), context: context)
        let effects = model.update(.supervisorSubmit(at: t0), context: context)
        #expect(effects == [.checkSupervisorPIN("2468")])
        // The typed PIN does not stay in the model while it is checked.
        if case .supervisor(let prompt) = model.screen { #expect(prompt.pin.isEmpty && prompt.busy) }
        #expect(model.update(.supervisorChecked(accepted: true, at: t0), context: context) == [.quit])
        #expect(!model.running)
    }

    @Test func threeWrongPINsLockThePromptEvenAcrossLeavingIt() {
        var model = kioskAtPrompt()
        for i in 0..<3 {
            _ = model.update(.supervisorEdited("000\(i)"), context: context)
            #expect(model.update(.supervisorSubmit(at: t0), context: context) == [.checkSupervisorPIN("000\(i)")])
            _ = model.update(.supervisorChecked(accepted: false, at: t0), context: context)
            #expect(model.running)
        }
        guard case .supervisor(let prompt) = model.screen else { Issue.record("prompt gone"); return }
        #expect(prompt.message?.text(in: .en).contains("wait 60 s") == true)

        // Leaving and coming back gives no fresh tries.
        _ = model.update(.back, context: context)
        #expect(model.screen == .menu(selected: 0))
        _ = model.update(.supervisorAsk, context: context)
        _ = model.update(.supervisorEdited("2468"), context: context)
        #expect(model.update(.supervisorSubmit(at: t0.addingTimeInterval(30)), context: context).isEmpty)
        if case .supervisor(let again) = model.screen {
            #expect(again.message?.text(in: .en).contains("wait 30 s") == true)
        }
        // After the minute, PINs may be tried again.
        _ = model.update(.supervisorEdited("2468"), context: context)
        #expect(model.update(.supervisorSubmit(at: t0.addingTimeInterval(61)), context: context) == [.checkSupervisorPIN("2468")])
    }

    @Test func theLockOutCountsDownEachSecondOnThePrompt() {
        var model = kioskAtPrompt()
        lockOut(&model)
        func shown(_ model: AppModel) -> String? {
            guard case .supervisor(let prompt) = model.screen else { return nil }
            return prompt.message?.text(in: .en)
        }
        #expect(shown(model)?.contains("wait 60 s") == true)
        // The model asks for a tick when the count next changes, and the tick moves it on.
        let first = model.deadlines.first { $0.what == .supervisorLock }?.at
        #expect(first == t0.addingTimeInterval(1))
        _ = model.update(.tick(t0.addingTimeInterval(1)), context: context)
        #expect(shown(model)?.contains("wait 59 s") == true)
        if case .supervisor(let prompt) = model.screen {
            #expect(prompt.message?.text(in: .ru).contains("подождите 59 с") == true)
        }
        #expect(model.deadlines.first { $0.what == .supervisorLock }?.at == t0.addingTimeInterval(2))
        _ = model.update(.tick(t0.addingTimeInterval(45.5)), context: context)
        #expect(shown(model)?.contains("wait 15 s") == true)
        // Leaving the prompt drops the deadline; coming back shows the count at once.
        _ = model.update(.back, context: context)
        #expect(!model.deadlines.contains { $0.what == .supervisorLock })
        _ = model.update(.supervisorAsk, context: context)
        #expect(shown(model)?.contains("wait 15 s") == true)
        // At the end the prompt says the PIN may be tried, and no more deadlines come.
        _ = model.update(.tick(t0.addingTimeInterval(60)), context: context)
        #expect(shown(model)?.contains("may be tried again") == true)
        if case .supervisor(let prompt) = model.screen {
            #expect(prompt.message?.text(in: .ru) == "Можно снова ввести PIN")
        }
        #expect(!model.deadlines.contains { $0.what == .supervisorLock })
    }

    @Test func withoutAConfiguredPINTheKioskCannotBeLeft() {
        var model = AppModel(kiosk: true, supervisorPINConfigured: false)
        #expect(model.update(.supervisorAsk, context: context).isEmpty)
        #expect(model.screen == .menu(selected: 0))
        #expect(model.running)
        #expect(model.notice?.text(in: .en).contains("no supervisor PIN") == true)
    }

    @Test func anEmptyPINIsNotChecked() {
        var model = kioskAtPrompt()
        #expect(model.update(.supervisorSubmit(at: t0), context: context).isEmpty)
        if case .supervisor(let prompt) = model.screen { #expect(prompt.message != nil && !prompt.busy) }
    }

    @Test func theIdleWipeClosesThePrompt() {
        var model = kioskAtPrompt()
        _ = model.update(.supervisorEdited("24"), context: context)
        #expect(model.screen.wipedWhenIdle)
        #expect(model.update(.wipe, context: context) == [.discardSessionDrafts])
        #expect(model.screen == .menu(selected: 0))
        #expect(!model.screen.wipedWhenIdle)
    }

    /// Quiet screen (issue 17.2): the lock-out names the moment it ends, the same text on
    /// every tick, so nothing is redrawn (or read aloud) each second.
    @Test func aQuietLockOutNamesItsEndAndStaysTheSame() {
        var model = kioskAtPrompt()
        model.quiet = true
        lockOut(&model)
        func shown(_ model: AppModel) -> String? {
            guard case .supervisor(let prompt) = model.screen else { return nil }
            return prompt.message?.text(in: .ru)
        }
        let end = ClockTime.local(t0.addingTimeInterval(60)).timeOfDay
        #expect(shown(model) == "Слишком много неверных PIN: снова можно в \(end)")
        _ = model.update(.tick(t0.addingTimeInterval(1)), context: context)
        _ = model.update(.tick(t0.addingTimeInterval(30)), context: context)
        #expect(shown(model) == "Слишком много неверных PIN: снова можно в \(end)")
        _ = model.update(.tick(t0.addingTimeInterval(61)), context: context)
        #expect(shown(model) == "Можно снова ввести PIN")
    }
}
