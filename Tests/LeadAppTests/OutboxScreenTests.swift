import Foundation
import LeadRules
import Testing
@testable import LeadApp

/// The outbox screen: a lead whose CVC was lost with a restart gets it typed again, or goes
/// without it; nothing else on the screen changes what is sent.
struct OutboxScreenTests {
    let context = Fixture.context()
    let rows = [
        OutboxRow(id: 7, title: "Иванов Иван", editingLeadID: nil, attempts: 2, needsCvc: true, lastError: "core unreachable"),
        OutboxRow(id: 9, title: "Петрова Анна", editingLeadID: 362, attempts: 1, needsCvc: false, lastError: nil),
    ]

    func atOutbox() -> AppModel {
        var model = AppModel()
        #expect(model.update(.menuChoose(.outbox), context: context) == [.listOutbox])
        _ = model.update(.outbox(.listed(rows)), context: context)
        return model
    }

    func outbox(_ model: AppModel) -> OutboxScreen? {
        if case .outbox(let o) = model.screen { return o }
        return nil
    }

    @Test func theCVCIsTypedAgainAndHandedOverOnce() {
        var model = atOutbox()
        #expect(model.update(.outbox(.askCvc), context: context).isEmpty)
        #expect(outbox(model)?.cvc == "")
        _ = model.update(.outbox(.cvcEdited("12")), context: context)
        #expect(model.update(.outbox(.cvcSubmit), context: context).isEmpty, "two digits accepted")
        #expect(outbox(model)?.message?.text(in: .en).contains("3 or 4 digits") == true)
        _ = model.update(.outbox(.cvcEdited("123")), context: context)
        #expect(model.update(.outbox(.cvcSubmit), context: context) == [.outbox(.supplyCvc("123", outboxID: 7))])
        // The CVC does not stay in the view-model.
        #expect(outbox(model)?.cvc == nil)
    }

    @Test func aLeadCanGoWithoutItsCVCAndOnlyOneThatNeedsIt() {
        var model = atOutbox()
        #expect(model.update(.outbox(.waiveCvc), context: context) == [.outbox(.waiveCvc(outboxID: 7))])
        _ = model.update(.outbox(.move(1)), context: context)
        #expect(model.update(.outbox(.waiveCvc), context: context).isEmpty)
        #expect(model.update(.outbox(.askCvc), context: context).isEmpty)
        #expect(outbox(model)?.cvc == nil)
        #expect(outbox(model)?.message?.text(in: .en).contains("does not need") == true)
    }

    @Test func escCancelsTheCVCThenLeavesAndAFreshListKeepsTheSelection() {
        var model = atOutbox()
        _ = model.update(.outbox(.move(1)), context: context)
        _ = model.update(.outbox(.listed(Array(rows.reversed()))), context: context)
        #expect(outbox(model)?.selectedRow?.id == 9, "the selection jumped to another lead")
        _ = model.update(.outbox(.move(1)), context: context)
        _ = model.update(.outbox(.askCvc), context: context)
        _ = model.update(.back, context: context)
        #expect(outbox(model)?.cvc == nil)
        _ = model.update(.back, context: context)
        #expect(model.screen == .menu(selected: 0))
    }

    @Test func theStatusFiguresCarryTheCVCCountAndRefreshTheOutboxScreen() {
        var model = AppModel()
        #expect(model.update(.outboxStatus(pending: 3, lastError: nil, needingCvc: 1), context: context).isEmpty)
        #expect(model.outboxPending == 3 && model.outboxNeedingCvc == 1)
        var onOutbox = atOutbox()
        #expect(onOutbox.update(.outboxStatus(pending: 0, lastError: nil, needingCvc: 0), context: context) == [.listOutbox])
        #expect(!AppModel(kiosk: true).menuItems().contains(.outbox))
    }
}

extension OutboxScreenTests {
    @Test func aFailedHandOverIsSaidOnTheScreen() {
        var model = atOutbox()
        _ = model.update(.outbox(.failed(LocalizedText(ru: "Очередь отправки недоступна", en: "The outbox could not be changed"))),
                         context: context)
        #expect(outbox(model)?.message?.text(in: .en) == "The outbox could not be changed")
    }
}
