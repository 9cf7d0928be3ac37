@testable import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The requests and answers of `vendor-examples.md`, as the vendor's pages print them: the
/// real client sends exactly those requests (read back from the simulator's request log),
/// and reads exactly those answers.
@Suite struct VendorContractTests {
    /// Page 361's answer: its envelope around the client as printed (the seed serves that
    /// same text, so the simulator's client is the vendor's, `\uXXXX` escapes and all).
    static let clientsAnswer = #"{"status": "ok", "timestamp": 1462793057348, "data": ["#
        + DemoSeed.vendorExampleClientJSON + "]}"

    /// Page 747's answer: its envelope around the lead as printed (cut after the counters).
    static let leadsAnswer = #"{"status": "ok", "timestamp": 1508837393081, "data": ["#
        + DemoSeed.vendorExampleLeadJSON + "]}"

    /// Page 735's request body, verbatim.
    static let leadsSearchBody = #"""
        {
          "fields": ["channel", "firstName", "birthDate", "birthPlace", "creationDate"],
          "orderBy": "birthDate",
          "orderDirection": "DESC",
          "orderByFields": [{"field": "creationDate"}, {"field": "id", "direction": "desc"}],
          "searchFields": [
            {"field": "creationDate", "value": ">=2017-09-11 00:00:00"},
            {"field": "birthDate", "value": ">=1986-09-11 00:00:00"}
          ],
          "countFrom": 0,
          "countTo": 10
        }
        """#

    private func read<T: Decodable & Sendable>(_ type: T.Type, _ text: String) throws -> T {
        try AnswerDecoding.payload(type, from: RawAnswer(status: 200, headers: [:], body: Data(text.utf8)),
                                   server: "https://core", isRead: true)
    }

    @Test func clientsByIdsGoOutAsPrintedAndUnknownIdsAreAbsent() async throws {
        try await Harness.with { h in
            let plain = try await h.core.clients(ids: [101322792, 101322783], preserveOrder: false)
            let kept = try await h.core.clients(ids: [101322792, 101322783], preserveOrder: true)
            #expect(plain.isEmpty && kept.isEmpty, "neither id is known: both are simply absent")
            let calls = await h.calls(pathPrefix: "/bs-core/main/clients")
            #expect(calls.map { "\($0.method) \($0.path)\($0.query.map { "?\($0)" } ?? "")" } == [
                "GET /bs-core/main/clients/find/101322792,101322783",
                "GET /bs-core/main/clients/find/101322792,101322783?preserveOrder=true",
            ])
            #expect(calls.map(\.status) == [200, 200])
        }
    }

    @Test func thePrintedClientAnswerIsReadAndTheSeedHoldsThatClient() async throws {
        let printed = try read([Client].self, Self.clientsAnswer)
        let client = try #require(printed.first)
        #expect(client.id == 10132416)
        #expect(client.fullName == "Дроздов Станислав Сергеевич")
        #expect(client.birthPlace == "гор. Севастополь Крымской обл.")
        #expect(client.passport?.no == "7237052")
        #expect(client.passport?.manager == "Упр…")
        #expect(client.birthCountryId == 101043)
        #expect(Self.clientsAnswer.contains(#""lastName": "\u0414\u0440\u043e\u0437\u0434\u043e\u0432""#), "escaped as printed")
        try await Harness.with { h in
            let served = try await h.core.clients(ids: [10132416], preserveOrder: false)
            #expect(served == printed)
            let one = try await h.core.client(id: 10132416)
            #expect(one == client)
            let calls = await h.calls(pathPrefix: "/bs-core/main/clients")
            #expect(calls.map(\.path) == ["/bs-core/main/clients/find/10132416", "/bs-core/main/clients/10132416"])
        }
    }

    @Test func leadsByIdsGoOutAsPrintedAndThePrintedAnswerIsRead() async throws {
        let printed = try read([LeadRecord].self, Self.leadsAnswer)
        let lead = try #require(printed.first)
        #expect(lead.info.id == 2472)
        #expect(lead.lead.patronymic == "")
        #expect(lead.lead.howYouKnowId == nil)
        #expect(lead.lead.passport?.no == "078257")
        #expect(lead.lead.childrenCount == 0)
        #expect(lead.lead.periodUnit == .days)
        try await Harness.with { h in
            let plain = try await h.core.leads(ids: [2484, 2472, 2550, 2475], preserveOrder: false)
            _ = try await h.core.leads(ids: [2484, 2472, 2550, 2475], preserveOrder: true)
            #expect(plain.map(\.info.id) == [2472], "the unknown ids are absent")
            #expect(plain.first?.lead == lead.lead)
            let calls = await h.calls(pathPrefix: "/bs-core/main/leads")
            #expect(calls.map { "\($0.method) \($0.path)\($0.query.map { "?\($0)" } ?? "")" } == [
                "GET /bs-core/main/leads/find/2484,2472,2550,2475",
                "GET /bs-core/main/leads/find/2484,2472,2550,2475?preserveOrder=true",
            ])
        }
    }

    @Test func theTemplateComesFromClientsInitWithItsDefaults() async throws {
        try await Harness.with { h in
            let template = try await h.core.newClientTemplate()
            #expect(template.id == nil)
            #expect(template.birthCountryId == 101042)
            #expect(template.naturalPerson == true)
            #expect(template.resident == true)
            let raw = try await h.core.perform(.init(.newClient, .GET, h.core.connection.paths.path(.newClient)), JSONValue.self)
            let today = CalendarDate.today(in: CoreConnection.utc).iso
            #expect(raw[FieldPath("bureauConsentDate")] == .string(today))
            #expect(raw[FieldPath("personalDataConsentDate")] == .string(today))
            let calls = await h.calls(pathPrefix: "/bs-core/main/clients")
            #expect(calls.map { "\($0.method) \($0.path)" } == ["GET /bs-core/main/clients/init", "GET /bs-core/main/clients/init"])
            #expect(calls.allSatisfy { $0.query == nil })
        }
    }

    /// The simulator answers like a core, so a client on the old paths fails a test.
    @Test func pathsTheVendorDoesNotDocumentAreErrors() async throws {
        try await Harness.with { h in
            for (path, message) in [("/bs-core/main/clients/new", "Failed to convert value 'new' to type Long"),
                                    ("/bs-core/main/clients/40,5", "Failed to convert value '40,5' to type Long")] {
                let error = await coreError { _ = try await h.core.perform(.init(.client, .GET, path), Client.self) }
                #expect(error == .core(code: nil, message: message))
            }
            let unknown = await coreError { _ = try await h.core.perform(.init(.client, .GET, "/bs-core/main/customers/1"), Client.self) }
            #expect(unknown == .core(code: nil, message: "No handler found for GET /bs-core/main/customers/1"))
            let statuses = await h.calls(pathPrefix: "/bs-core/main/c").map(\.status)
            #expect(statuses == [400, 400, 404])
        }
    }

    @Test func thePrintedLeadSearchIsAnsweredWithTheFieldsItNames() async throws {
        try await Harness.with { h in
            var young = minimalLead(first: "Вера")
            young.birthDate = CalendarDate(iso: "1995-04-01")
            var younger = minimalLead(first: "Ия")
            younger.birthDate = CalendarDate(iso: "2001-08-30")
            let a = try await h.core.createLead(young)
            let b = try await h.core.createLead(younger)
            let call = HTTPCoreService.Call(.searchLeads, .POST, "/bs-core/main/leads/partial-load", body: Data(Self.leadsSearchBody.utf8))
            let found = try await h.core.perform(call, [JSONValue].self)
            // Lead 2472 (born 1977) fails the birthDate condition; birthDate DESC puts 2001 first.
            #expect(found.map { $0[FieldPath("id")] } == [.int(b), .int(a)])
            #expect(found.first?[FieldPath("firstName")] == .string("Ия"))
            #expect(found.first?[FieldPath("mobilePhone")] == nil, "only the fields asked for, and id")
            #expect(found.first?.objectValue.map { Set($0.keys) } == ["id", "channel", "firstName", "birthDate", "creationDate"]
                || found.first?.objectValue.map { Set($0.keys) } == ["id", "firstName", "birthDate", "creationDate"])
            let logged = await h.calls("POST", pathPrefix: "/bs-core/main/leads/partial-load")
            #expect(logged.map(\.status) == [200])
        }
    }

    /// Our own searches send the page's body shape: fields, searchFields, orderBy,
    /// orderDirection, countFrom, countTo (countTo exclusive: a page of 20 from 40 is 40..60).
    @Test func searchesSendThePrintedBodyShape() async throws {
        try await Harness.with { h in
            _ = try await h.core.searchClients(.passport(seria: "2811", number: "604217"), page: SearchPage(from: 40, size: 20))
            _ = try await h.core.searchLeads(.mobilePhone("79161234587"), page: SearchPage(size: 10))
            let sent = await h.sim.requests().filter { $0.path.hasSuffix("/partial-load") }
            #expect(sent.map { "\($0.method) \($0.path)" } == ["POST /bs-core/main/clients/partial-load",
                                                                "POST /bs-core/main/leads/partial-load"])
            let bodies = try sent.map { try WireCoding.decode(JSONValue.self, from: Data(($0.body ?? "").utf8)) }
            #expect(bodies[0][FieldPath("searchFields")] == .array([
                .object(["field": .string("passport.seria"), "value": .string("2811")]),
                .object(["field": .string("passport.no"), "value": .string("604217")]),
            ]))
            #expect(bodies[0][FieldPath("countFrom")] == .int(40))
            #expect(bodies[0][FieldPath("countTo")] == .int(60))
            #expect(bodies[0][FieldPath("orderBy")] == .string("id"))
            #expect(bodies[0][FieldPath("orderDirection")] == .string("ASC"))
            #expect(bodies[0][FieldPath("fields")]?.arrayValue?.contains(.string("lastName")) == true)
            #expect(bodies[1][FieldPath("searchFields")] == .array([.object(["field": .string("mobilePhone"), "value": .string("79161234587")])]))
            #expect(bodies[1][FieldPath("orderBy")] == .string("creationDate"))
            #expect(bodies[1][FieldPath("orderDirection")] == .string("DESC"))
            #expect(bodies[1][FieldPath("countTo")] == .int(10))
            #expect(sent.allSatisfy { $0.headers["content-type"]?.hasPrefix("application/json") == true })
        }
    }

    /// `data` of an error: a message string, or an object `{code, message, type}`.
    @Test func errorsComeAsAStringOrAnObject() throws {
        func refusal(_ status: Int, _ body: String) -> CoreError? {
            do {
                _ = try AnswerDecoding.payload(Int64.self, from: RawAnswer(status: status, headers: [:], body: Data(body.utf8)),
                                               server: "https://core", isRead: true)
                return nil
            } catch { return error }
        }
        #expect(refusal(200, #"{"status":"error","data":"Лид не найден"}"#) == .core(code: nil, message: "Лид не найден"))
        #expect(refusal(200, #"{"status":"error","data":{"code":"NO_MOBILE_PHONE_ERROR","message":"Не указан\u001b[2J телефон","type":"BUSINESS"}}"#)
            == .core(code: "NO_MOBILE_PHONE_ERROR", message: "Не указан[2J телефон"))
        #expect(refusal(400, #"{"status":"error","data":{"code":"UNEXPECTED_LEAD_STATUS_VALUE","message":"","type":null}}"#)
            == .core(code: "UNEXPECTED_LEAD_STATUS_VALUE", message: ""))
        #expect(refusal(400, #"{"status":"error","data":{"code":"X\u0007Y"}}"#) == .core(code: "XY", message: "XY"))
    }

    @Test func theSimulatorSendsBothForms() async throws {
        try await Harness.with { h in
            let id = try await h.core.createLead(minimalLead())
            try await h.core.checkLead(id: id)
            let again = await coreError { try await h.core.checkLead(id: id) }
            guard case .core(let code, let message)? = again else { Issue.record("got \(String(describing: again))"); return }
            #expect(code == "UNEXPECTED_LEAD_STATUS_VALUE")
            #expect(!message.isEmpty)
            let unknown = await coreError { _ = try await h.core.fetchLead(id: 1) }
            guard case .core(let none, let text)? = unknown else { Issue.record("got \(String(describing: unknown))"); return }
            #expect(none == nil)
            #expect(text.contains("не найден"))
        }
    }
}
