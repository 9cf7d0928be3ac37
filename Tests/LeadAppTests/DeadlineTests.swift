import Foundation
import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// The app's timers are deadlines the model declares: a fixed clock, `.tick` at chosen
/// times, and the effects that come back say what the runtime is to do.
struct DeadlineTests {
    let context = Fixture.context()
    /// 14:00 local time, far from midnight whatever the zone.
    let t0: Date = {
        var parts = DateComponents(year: 2026, month: 11, day: 21, hour: 14)
        parts.calendar = Calendar(identifier: .gregorian)
        return parts.date ?? Date(timeIntervalSince1970: 1_800_000_000)
    }()

    func model(kiosk: Bool = false, idleLimit: TimeInterval? = nil, pollsOutbox: Bool = false) -> AppModel {
        var model = AppModel(kiosk: kiosk, ids: IDSource(seed: 1))
        model.timers = AppModel.Timers(now: t0, idleLimit: idleLimit, pollsOutbox: pollsOutbox)
        return model
    }

    func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    func typeIntoNewForm(_ model: inout AppModel, at seconds: TimeInterval) {
        _ = model.update(.menuChoose(.newLead), context: context)
        _ = model.update(.input(at: at(seconds)), context: context)
        _ = model.update(.entry(.edited("firstName", "Анна")), context: context)
        _ = model.update(.entry(.edited("mobilePhone", "79161234567")), context: context)
    }

    @Test func aSaveDueGoesAloneAndTheRestFollowsAtTheNextTick() {
        var model = model(kiosk: true, idleLimit: 30, pollsOutbox: true)
        typeIntoNewForm(&model, at: 0)
        // Left alone past the wipe with the save still pending: the form is written first.
        #expect(model.update(.tick(at(40)), context: context) == [.saveDraft])
        let effects = model.update(.tick(at(40)), context: context)
        #expect(effects.first == .pollOutbox && effects.contains(.discardSessionDrafts))
    }

    @Test func anEditIsSavedOnceTypingPauses() {
        var model = model()
        typeIntoNewForm(&model, at: 1)
        let due = model.deadlines.first { $0.what == .autosave }
        #expect(due?.at == at(1.3))
        #expect(model.update(.tick(at(1.2)), context: context).isEmpty, "not due yet")
        #expect(model.update(.tick(at(1.3)), context: context) == [.saveDraft])
        #expect(!model.deadlines.contains { $0.what == .autosave }, "saved: nothing pending")
    }

    @Test func aSectionChangeSavesAtOnceAndASendSavesFirst() {
        var model = model()
        typeIntoNewForm(&model, at: 1)
        #expect(model.update(.entry(.adjacentSection(forward: true)), context: context) == [.saveDraft])
        let effects = model.update(.entry(.submit), context: context) + model.update(.entry(.confirm), context: context)
        #expect(effects.first == .saveDraft)
        #expect(effects.contains { if case .entry(.send, _) = $0 { true } else { false } })
    }

    @Test func aFailedSaveIsTriedAgainAfterTheBackOff() {
        var model = model()
        typeIntoNewForm(&model, at: 1)
        #expect(model.update(.tick(at(1.3)), context: context) == [.saveDraft])
        _ = model.update(.draftSaveEnded(problem: LocalizedText(ru: "диск", en: "disk")), context: context)
        #expect(model.deadlines.first { $0.what == .autosave }?.at == at(2.3))
        #expect(model.update(.tick(at(2.3)), context: context) == [.saveDraft])
    }

    @Test func theOutboxIsPolledEveryFiveSecondsAndSoonAfterAChange() {
        var model = model(pollsOutbox: true)
        #expect(model.update(.tick(t0), context: context) == [.pollOutbox])
        #expect(model.deadlines.first { $0.what == .outboxPoll }?.at == at(5))
        #expect(model.update(.tick(at(4)), context: context).isEmpty)
        #expect(model.update(.tick(at(5)), context: context) == [.pollOutbox])

        var none = self.model()
        #expect(!none.deadlines.contains { $0.what == .outboxPoll }, "no outbox: nothing to poll")
        _ = none.update(.outboxConnected, context: context)
        #expect(none.update(.tick(at(1)), context: context) == [.pollOutbox])
    }

    @Test func midnightAdoptsTheNewDay() throws {
        var model = model()
        let midnight = try #require(model.deadlines.first { $0.what == .midnight }?.at)
        #expect(midnight == CalendarDate.startOfNextLocalDay(after: t0))
        let effects = model.update(.tick(midnight), context: context)
        #expect(effects == [.adoptDay(CalendarDate.local(at: midnight))])
        #expect((model.deadlines.first { $0.what == .midnight }?.at ?? midnight) > midnight)
    }

    @Test func aKioskLeftAloneWarnsCountsDownAndWipes() {
        var model = model(kiosk: true, idleLimit: 30)
        #expect(!model.deadlines.contains { $0.what == .idle }, "the menu has nothing to wipe")
        typeIntoNewForm(&model, at: 0)
        #expect(model.update(.tick(at(0.3)), context: context) == [.saveDraft])
        #expect(model.deadlines.first { $0.what == .idle }?.at == at(20))
        _ = model.update(.tick(at(20)), context: context)
        #expect(model.timers.idleCountdown == 10)
        #expect(model.deadlines.first { $0.what == .idle }?.at == at(21))
        _ = model.update(.tick(at(21)), context: context)
        #expect(model.timers.idleCountdown == 9)

        // A key starts the idle clock again.
        _ = model.update(.input(at: at(22)), context: context)
        #expect(model.timers.idleCountdown == nil)
        #expect(model.deadlines.first { $0.what == .idle }?.at == at(42))

        let effects = model.update(.tick(at(52)), context: context)
        #expect(effects.contains(.discardSessionDrafts))
        #expect(model.screen == .menu(selected: 0))
        #expect(model.timers.idleCountdown == nil)
    }

    @Test func aKioskResultScreenGivesWayToAFreshFormAfterFiveSeconds() {
        var model = model(kiosk: true, idleLimit: 90)
        typeIntoNewForm(&model, at: 1)
        _ = model.update(.entry(.submit), context: context)
        _ = model.update(.entry(.confirm), context: context)
        let effects = model.update(.entry(.submitted(.accepted(leadId: 7, clientId: nil))), context: context)
        #expect(effects.contains { if case .entry(.discardDraft, _) = $0 { true } else { false } })
        #expect(model.deadlines.first { $0.what == .kioskReset }?.at == at(6))
        let before = model.draftID
        _ = model.update(.tick(at(6)), context: context)
        guard case .entry(let entry) = model.screen else { Issue.record("\(model.screen)"); return }
        #expect(entry.phase == .editing && entry.form.text("firstName").isEmpty)
        #expect(model.draftID != before, "the next person's form is a new draft")
        #expect(!model.deadlines.contains { $0.what == .kioskReset })
    }

    @Test func draftIDsComeFromTheSeededSource() {
        var a = IDSource(seed: 42), b = IDSource(seed: 42)
        let first = a.next()
        #expect(first == b.next())
        #expect(a.next() != first)
        #expect(UUID(uuidString: first) != nil)
        var model = model()
        _ = model.update(.menuChoose(.newLead), context: context)
        var same = IDSource(seed: 1)
        #expect(model.draftID == same.next())
    }
}
