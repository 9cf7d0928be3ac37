@testable import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The requests and answers of `vendor-examples.md`, as the vendor's pages print them: the
/// real client sends exactly those requests (read back from the simulator's request log),
/// and reads exactly those answers.
@Suite struct VendorContractTests {
    /// Page 361's answer, verbatim.
    static let clientsAnswer = #"""
        {
          "status": "ok",
          "timestamp": 1462793057348,
          "data": [
            {
              "id": 10132416,
              "firstName": "\u0421\u0442\u0430\u043d\u0438\u0441\u043b\u0430\u0432",
              "lastName": "\u0414\u0440\u043e\u0437\u0434\u043e\u0432",
              "patronymic": "\u0421\u0435\u0440\u0433\u0435\u0435\u0432\u0438\u0447",
              "sexId": 101251,
              "birthDate": "1990-03-18",
              "birthPlace": "\u0433\u043e\u0440. \u0421\u0435\u0432\u0430\u0441\u0442\u043e\u043f\u043e\u043b\u044c \u041a\u0440\u044b\u043c\u0441\u043a\u043e\u0439 \u043e\u0431\u043b.",
              "birthCountryId": 101043,
              "educationId": null,
              "highSchool": "",
              "faculty": "",
              "studyGraduationYear": "",
              "studyForm": "",
              "professionId": null,
              "maritalStatusId": 101151,
              "dependent": false,
              "passport": {
                "id": 10111675,
                "seria": "2342",
                "no": "7237052",
                "issueDate": "2014-05-24",
                "closeDate": "2025-01-24",
                "manager": "\u0423\u043f\u0440…"
              }
            }
          ]
        }
        """#

    /// Page 747's answer, verbatim (the page cuts it after the counters).
    static let leadsAnswer = #"""
        {
          "status": "ok",
          "timestamp": 1508837393081,
          "data": [
            {
              "id": 2472, "channel": "LOAN_APPLICATION", "naturalPerson": true,
              "firstName": "Max", "lastName": "Mustermann", "patronymic": "", "title": "", "registrationNumber": "",
              "sexId": 101251, "birthDate": "1977-05-22", "birthPlace": "", "birthCountryId": 101049,
              "passport": {"id": 101114182, "seria": "0782", "no": "078257", "extraNumber": null, "issueDate": "2012-01-23",
                           "closeDate": null, "manager": "", "subdivisionCode": "", "complementaryDocTypeId": null},
              "inn": "", "snils": "", "mobilePhone": "77057223528", "email": "", "howYouKnowId": null,
              "subdivisionId": 101791, "relatives": [], "leadDebts": [], "managerId": 1010812,
              "creditProductId": 10133143, "amount": 10000, "period": 30, "periodUnit": "DAYS",
              "gettingMoneyMethodId": 102395, "goods": [], "extraFields": [], "storeTypeId": null,
              "cardNumber": "", "cardHolder": "", "validThruMonth": "", "validThruYear": "", "cardCvc": "",
              "employerTitle": "", "employerInn": "", "childrenCount": 0, "adultChildrenCount": 0, "dependentsCount": 0,
              "meanIncome": 0, "averageMonthlyCost": 0, "monthlyCreditPayment": 0, "closedCreditsCount": 0
            }
          ]
        }
        """#

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
