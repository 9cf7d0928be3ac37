import Foundation
import LeadRules
import Testing
@testable import LeadApp

/// A CVC typed again is kept in memory only, so the outbox read from disk still says the lead
/// wants one: the model remembers which leads it has been given this run.
struct OutboxTypedCvcTests {
    let context = Fixture.context()
    let waiting = OutboxRow(id: 7, title: "Иванов Иван", editingLeadID: nil, attempts: 2, needsCvc: true, lastError: nil)

    func needsCvc(_ model: AppModel) -> Bool? {
        if case .outbox(let outbox) = model.screen { return outbox.rows.first?.needsCvc }
        return nil
    }

    @Test func aTypedCvcStopsTheRowAskingAndTheNextListingToo() {
        var model = AppModel()
        _ = model.update(.menuChoose(.outbox), context: context)
        _ = model.update(.outbox(.listed([waiting])), context: context)
        #expect(needsCvc(model) == true)
        _ = model.update(.outbox(.askCvc), context: context)
        _ = model.update(.outbox(.cvcEdited("123")), context: context)
        #expect(model.update(.outbox(.cvcSubmit), context: context) == [.outbox(.supplyCvc("123", outboxID: 7))])
        #expect(needsCvc(model) == false, "the row asks no more")
        _ = model.update(.outbox(.listed([waiting])), context: context)
        #expect(needsCvc(model) == false, "the disk's listing does not ask again")
        #expect(model.cvcTypedAgain == [7])
    }
}
