import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The documented dedup rule: five fields equal to a known client's link the lead to it.
/// As in the vendor's scenario, the lead gets its client from its check, not at create.
@Suite struct LinkRuleTests {
    /// Creates the lead, runs its check, and gives the client the core linked it to.
    private func createAndCheck(_ lead: Lead, _ h: Harness) async throws -> Int64? {
        let id = try await h.core.createLead(lead)
        #expect(try await h.core.fetchLead(id: id).info.clientId == nil, "no client before the check")
        try await h.core.checkLead(id: id)
        return try await h.core.fetchLead(id: id).info.clientId
    }

    private func lead(last: String?, first: String, middle: String?, seria: String?, no: String?) -> Lead {
        var l = minimalLead(first: first)
        l.lastName = last
        l.patronymic = middle
        if seria != nil || no != nil { l.passport = Passport(seria: seria, no: no) }
        return l
    }

    @Test func allFiveMatchingLinksToTheExistingClient() async throws {
        try await Harness.with { h in
            let client = try await createAndCheck(lead(last: "Смирнова", first: "Анна", middle: "Сергеевна", seria: "2811", no: "604217"), h)
            #expect(client == 100402)
        }
    }

    @Test func anyDifferenceCreatesANewClient() async throws {
        try await Harness.with { h in
            let otherNumber = try await createAndCheck(lead(last: "Смирнова", first: "Анна", middle: "Сергеевна", seria: "2811", no: "604218"), h)
            let otherMiddle = try await createAndCheck(lead(last: "Смирнова", first: "Анна", middle: "Сергеевн", seria: "2811", no: "604217"), h)
            let noPassport = try await createAndCheck(lead(last: "Смирнова", first: "Анна", middle: "Сергеевна", seria: nil, no: nil), h)
            let ids = [otherNumber, otherMiddle, noPassport]
            #expect(ids == [DemoSeed.firstNewClientId, DemoSeed.firstNewClientId + 1, DemoSeed.firstNewClientId + 2])
            let made = try await h.core.clients(ids: [DemoSeed.firstNewClientId], preserveOrder: true)
            #expect(made.first?.passport?.no == "604218")
            #expect(made.first?.mobilePhone == "79990001122")
        }
    }

    @Test func aSecondLeadOfANewPersonLinksToTheClientTheFirstMade() async throws {
        try await Harness.with { h in
            let person = lead(last: "Орлов", first: "Глеб", middle: "Ильич", seria: "4521", no: "300400")
            let clientA = try await createAndCheck(person, h)
            let clientB = try await createAndCheck(person, h)
            #expect(clientA == DemoSeed.firstNewClientId)
            #expect(clientB == clientA)
        }
    }

    @Test func theMinimumIsFirstNameAndMobilePhone() async throws {
        try await Harness.with { h in
            var noPhone = Lead()
            noPhone.firstName = "Иван"
            let error = await coreError { _ = try await h.core.createLead(noPhone) }
            guard case .core(let code, let message)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(code == "NO_MOBILE_PHONE_ERROR")
            #expect(message.contains("mobilePhone"))
            #expect(!message.contains("firstName"))
            let nothing = await coreError { _ = try await h.core.createLead(Lead()) }
            guard case .core(let firstCode, _)? = nothing else { Issue.record("got \(String(describing: nothing))"); return }
            #expect(firstCode == "NO_CLIENT_FIRST_NAME_ERROR")
        }
    }

    @Test func anExtraFieldWithoutValueFailsTheCommit() async throws {
        try await Harness.with { h in
            var l = minimalLead()
            l.extraFields = [ExtraField(key: "client.changeName", value: "true"), ExtraField(key: "contract.loanStage", value: nil)]
            let error = await coreError { _ = try await h.core.createLead(l) }
            #expect(error == .core(code: nil, message: "Ошибка при выполнении коммита транзакции"))
            #expect(await h.createdLeads().isEmpty)
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for e in self { out.append(try await transform(e)) }
        return out
    }
}
