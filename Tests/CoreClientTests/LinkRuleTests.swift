import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The documented dedup rule: five fields equal to a known client's link the lead to it.
@Suite struct LinkRuleTests {
    private func lead(last: String?, first: String, middle: String?, seria: String?, no: String?) -> Lead {
        var l = minimalLead(first: first)
        l.lastName = last
        l.patronymic = middle
        if seria != nil || no != nil { l.passport = Passport(seria: seria, no: no) }
        return l
    }

    @Test func allFiveMatchingLinksToTheExistingClient() async throws {
        try await Harness.with { h in
            let id = try await h.core.createLead(lead(last: "Смирнова", first: "Анна", middle: "Сергеевна", seria: "2811", no: "604217"))
            #expect(try await h.core.fetchLead(id: id).info.clientId == 100402)
        }
    }

    @Test func anyDifferenceCreatesANewClient() async throws {
        try await Harness.with { h in
            let otherNumber = try await h.core.createLead(lead(last: "Смирнова", first: "Анна", middle: "Сергеевна", seria: "2811", no: "604218"))
            let otherMiddle = try await h.core.createLead(lead(last: "Смирнова", first: "Анна", middle: "Сергеевн", seria: "2811", no: "604217"))
            let noPassport = try await h.core.createLead(lead(last: "Смирнова", first: "Анна", middle: "Сергеевна", seria: nil, no: nil))
            let ids = try await [otherNumber, otherMiddle, noPassport].asyncMap { try await h.core.fetchLead(id: $0).info.clientId }
            #expect(ids == [DemoSeed.firstNewClientId, DemoSeed.firstNewClientId + 1, DemoSeed.firstNewClientId + 2])
            let made = try await h.core.clients(ids: [DemoSeed.firstNewClientId], preserveOrder: true)
            #expect(made.first?.passport?.no == "604218")
            #expect(made.first?.mobilePhone == "79990001122")
        }
    }

    @Test func aSecondLeadOfANewPersonLinksToTheClientTheFirstMade() async throws {
        try await Harness.with { h in
            let person = lead(last: "Орлов", first: "Глеб", middle: "Ильич", seria: "4521", no: "300400")
            let a = try await h.core.createLead(person)
            let b = try await h.core.createLead(person)
            let clientA = try await h.core.fetchLead(id: a).info.clientId
            let clientB = try await h.core.fetchLead(id: b).info.clientId
            #expect(clientA == DemoSeed.firstNewClientId)
            #expect(clientB == clientA)
        }
    }

    @Test func theMinimumIsFirstNameAndMobilePhone() async throws {
        try await Harness.with { h in
            var noPhone = Lead()
            noPhone.firstName = "Иван"
            let error = await coreError { _ = try await h.core.createLead(noPhone) }
            guard case .core(_, let message)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(message.contains("mobilePhone"))
            #expect(!message.contains("firstName"))
        }
    }

    @Test func anExtraFieldWithoutValueFailsTheCommit() async throws {
        try await Harness.with { h in
            var l = minimalLead()
            l.extraFields = [ExtraField(key: "client.changeName", value: "true"), ExtraField(key: "contract.loanStage", value: nil)]
            let error = await coreError { _ = try await h.core.createLead(l) }
            #expect(error == .core(code: nil, message: "Ошибка при выполнении коммита транзакции"))
            #expect(await h.sim.data().leads.isEmpty)
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
