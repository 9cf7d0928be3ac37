@testable import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The call centre's searches through `partial-load`, the real client against the simulator.
@Suite struct SearchTests {
    @Test func findsAClientByEachKey() async throws {
        try await Harness.with { h in
            let byPhone = try await h.core.searchClients(.mobilePhone("79161234587"), page: SearchPage(size: 20))
            #expect(byPhone.map(\.id) == [100402])
            let byPassport = try await h.core.searchClients(.passport(seria: "2811", number: "604217"), page: SearchPage(size: 20))
            #expect(byPassport.map(\.id) == [100402])
            #expect(byPassport.first?.fullName == "Смирнова Анна Сергеевна")
            #expect(byPassport.first?.passport?.subdivisionCode == "690-004", "the fields the app shows come back")
            // The last name case-insensitively; the birth date tells the two Ивановы apart.
            let byName = try await h.core.searchClients(.nameAndBirthDate(lastName: "иВАНОВ", birthDate: try #require(CalendarDate(iso: "1990-02-17"))),
                                                        page: SearchPage(size: 20))
            #expect(byName.map(\.id) == [100415])
            let wrongDate = try await h.core.searchClients(.nameAndBirthDate(lastName: "Иванов", birthDate: try #require(CalendarDate(iso: "1990-02-18"))),
                                                           page: SearchPage(size: 20))
            #expect(wrongDate.isEmpty)
            let nobody = try await h.core.searchClients(.mobilePhone("70000000000"), page: SearchPage(size: 20))
            #expect(nobody.isEmpty)
            #expect(byPhone.allSatisfy(ClientSearchKey.mobilePhone("79161234587").matches))
        }
    }

    @Test func pagesThroughClientsAndPastTheEnd() async throws {
        try await Harness.with { h in
            // Three new clients with one last name and birth date (the check makes them).
            for (first, no) in [("Ян", "100001"), ("Ева", "100002"), ("Лев", "100003")] {
                var lead = minimalLead(first: first)
                lead.lastName = "Орлова"
                lead.patronymic = "Ильинична"
                lead.birthDate = CalendarDate(iso: "1980-01-01")
                lead.passport = Passport(seria: "4500", no: no)
                try await h.core.checkLead(id: try await h.core.createLead(lead))
            }
            let key = ClientSearchKey.nameAndBirthDate(lastName: "Орлова", birthDate: try #require(CalendarDate(iso: "1980-01-01")))
            let first = SearchPage(size: 2)
            let one = try await h.core.searchClients(key, page: first)
            let two = try await h.core.searchClients(key, page: first.next)
            let three = try await h.core.searchClients(key, page: first.next.next)
            #expect(one.map(\.firstName) == ["Ян", "Ева"])
            #expect(two.map(\.firstName) == ["Лев"])
            #expect(three.isEmpty)
            #expect(one.map(\.id) == [DemoSeed.firstNewClientId, DemoSeed.firstNewClientId + 1])
        }
    }

    @Test func findsTheLeadsOfAPhoneNewestFirstAPageAtATime() async throws {
        try await Harness.with { h in
            var ids: [Int64] = []
            for name in ["Первый", "Второй", "Третий", "Четвёртый", "Пятый"] {
                ids.append(try await h.core.createLead(minimalLead(first: name, phone: "79995550101")))
            }
            _ = try await h.core.createLead(minimalLead(first: "Чужой", phone: "79995550102"))
            let key = LeadSearchKey.mobilePhone("79995550101")
            let page = SearchPage(size: 2)
            let one = try await h.core.searchLeads(key, page: page)
            let two = try await h.core.searchLeads(key, page: page.next)
            let three = try await h.core.searchLeads(key, page: page.next.next)
            let past = try await h.core.searchLeads(key, page: SearchPage(from: 5, size: 2))
            #expect(one.map(\.info.id) == [ids[4], ids[3]])
            #expect(two.map(\.info.id) == [ids[2], ids[1]])
            #expect(three.map(\.info.id) == [ids[0]])
            #expect(past.isEmpty)
            #expect(one.first?.lead.firstName == "Пятый")
            #expect(one.first?.info.currentStatus == "WAITING")
            #expect(one.allSatisfy(key.matches))
        }
    }

    /// A search is a read: after a lost connection or a 502 it is asked again, unlike a create.
    @Test func aSearchIsRepeatableLikeARead() {
        let search = HTTPCoreService.Call(.searchClients, .POST, "/bs-core/main/clients/partial-load", body: Data())
        let create = HTTPCoreService.Call(.createLead, .POST, "/bs-core/main/leads", body: Data())
        let check = HTTPCoreService.Call(.checkLead, .POST, "/bs-core/main/leads/1/check")
        #expect(search.isRepeatable)
        #expect(HTTPCoreService.Call(.searchLeads, .POST, "/bs-core/main/leads/partial-load").isRepeatable)
        #expect(!create.isRepeatable)
        #expect(!check.isRepeatable, "a check changes the lead: never repeated blindly")
    }

    @Test func aServerErrorOnASearchIsAskedAgain() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(SimulatorFaults(serverErrorRate: 0.5))
            // With half the calls failing and two repeats, the seeded sequence gets through.
            let found = try await h.core.searchClients(.mobilePhone("79161234587"), page: SearchPage(size: 5))
            #expect(found.map(\.id) == [100402])
            let sent = await h.sim.requests().filter { $0.path.hasSuffix("/partial-load") }
            #expect(sent.count > 1, "the seeded faults fail the first try")
            #expect(sent.dropLast().allSatisfy { $0.fault == "server-error" })
            #expect(sent.last?.status == 200)
        }
    }

    /// The answer's shape is not documented: a list, or a list wrapped in an object.
    @Test func readsTheAnswerAsAListOrAWrappedList() throws {
        func records(_ data: String) throws -> [Client] {
            let body = Data(#"{"status":"ok","data":\#(data)}"#.utf8)
            return try AnswerDecoding.payload(SearchAnswer<Client>.self, from: RawAnswer(status: 200, headers: [:], body: body),
                                              server: "https://core", isRead: true).records
        }
        let one = #"{"id": 5, "lastName": "Ли", "somethingElse": {"deep": [1, 2]}}"#
        #expect(try records("[\(one)]").map(\.id) == [5])
        for key in ["list", "items", "content"] {
            #expect(try records(#"{"\#(key)": [\#(one)], "total": 1}"#).map(\.lastName) == ["Ли"])
        }
        #expect(throws: CoreError.self) { try records(#"{"rows": []}"#) }
        #expect(throws: CoreError.self) { try records(#"[{"id": "five"}]"#) }
    }
}
