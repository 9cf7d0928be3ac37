import CoreSimulator
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LeadModel
import Testing

/// The simulator's rules seen from raw HTTP, for bodies a typed client can never send.
@Suite struct SimulatorRulesTests {
    struct Raw {
        let sim: RunningSimulator
        var token = ""

        func send(_ method: String, _ path: String, body: String? = nil,
                  headers: [String: String] = [:]) async throws -> (status: Int, json: JSONValue?, headers: [AnyHashable: Any]) {
            var request = URLRequest(url: sim.url.appendingPathComponent(path))
            request.httpMethod = method
            if !token.isEmpty { request.setValue(token, forHTTPHeaderField: "bsauth") }
            for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
            request.httpBody = body.map { Data($0.utf8) }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            return (http.statusCode, try? WireCoding.decode(JSONValue.self, from: data), http.allHeaderFields)
        }

        mutating func logIn() async throws {
            let answer = try await send("POST", "/bs-core/main/login", body: #"{"userName":"demo","password":"demo"}"#,
                                        headers: ["customer-key": "demo"])
            #expect(answer.status == 200)
            token = try #require(answer.headers.first { ($0.key as? String)?.lowercased() == "bsauth" }?.value as? String)
        }
    }

    func withSim(options: SimulatorOptions = SimulatorOptions(randomSeed: 5),
                 _ body: (inout Raw) async throws -> Void) async throws {
        let sim = try await CoreSimulator.start(options: options)
        var raw = Raw(sim: sim)
        do { try await body(&raw) } catch { await sim.stop(); throw error }
        await sim.stop()
    }

    func message(_ json: JSONValue?) -> String? {
        guard json?[FieldPath("status")] == .string("error") else { return nil }
        return json?[FieldPath("data")]?.stringValue
    }

    @Test func aCallWithoutATokenIs401() async throws {
        try await withSim { raw in
            let answer = try await raw.send("GET", "/bs-core/dicts/countries")
            #expect(answer.status == 401)
            #expect(message(answer.json) == "Требуется авторизация")
        }
    }

    @Test func aNullExtraFieldValueFailsTheCommitOnTheRawJSON() async throws {
        try await withSim { raw in
            try await raw.logIn()
            for value in ["null", #""null""#] {
                let body = #"{"firstName":"Иван","mobilePhone":"79001234567","extraFields":[{"key":"client.dependents","value":"#
                    + value + "}]}"
                let answer = try await raw.send("POST", "/bs-core/main/leads", body: body)
                #expect(answer.status == 500)
                #expect(message(answer.json) == "Ошибка при выполнении коммита транзакции")
            }
            let ok = try await raw.send("POST", "/bs-core/main/leads",
                                        body: #"{"firstName":"Иван","mobilePhone":"79001234567","extraFields":[{"key":"client.dependents","value":"2"}]}"#)
            #expect(ok.status == 200)
            #expect(ok.json?[FieldPath("data")] == .int(DemoSeed.firstLeadId))
        }
    }

    @Test func aBodyOfTheWrongShapeIsRefusedNamingTheField() async throws {
        try await withSim { raw in
            try await raw.logIn()
            let cases: [(String, String)] = [
                (#"{"firstName":"И","mobilePhone":"7","passport":{"no":125523}}"#, "passport.no"),
                (#"{"firstName":"И","mobilePhone":"7","relatives":[{"birthDate":"1990-02-30"}]}"#, "relatives[0].birthDate"),
                (#"{"firstName":"И","mobilePhone":"7","amount":"много"}"#, "amount"),
            ]
            for (body, path) in cases {
                let answer = try await raw.send("POST", "/bs-core/main/leads", body: body)
                #expect(answer.status == 400)
                #expect(message(answer.json)?.contains(path) == true, "\(path): \(String(describing: message(answer.json)))")
            }
            let notJSON = try await raw.send("POST", "/bs-core/main/leads", body: "{firstName")
            #expect(notJSON.status == 400)
            let array = try await raw.send("POST", "/bs-core/main/leads", body: "[]")
            #expect(message(array.json)?.contains("array") == true)
        }
    }

    @Test func clientIdsMayCarrySpacesButNotLetters() async throws {
        try await withSim { raw in
            try await raw.logIn()
            let spaced = try await raw.send("GET", "/bs-core/main/clients/find/100402, 100401")
            #expect(spaced.json?[FieldPath("data[0].id")] == .int(100401))
            let bad = try await raw.send("GET", "/bs-core/main/clients/find/100402,abc")
            #expect(bad.status == 400)
            #expect(message(bad.json)?.contains("abc") == true)
        }
    }

    @Test func theRequestLogAndFaultsAreReachableOverHTTP() async throws {
        try await withSim { raw in
            _ = try await raw.send("PUT", "/_sim/faults", body: #"{"latencyMilliseconds":0,"serverErrorRate":1,"dropAfterCommitRate":0,"malformedRate":0,"expiredTokenRate":0}"#)
            let failed = try await raw.send("GET", "/bs-core/dicts/countries")
            #expect(failed.status == 500)
            let log = try await raw.send("GET", "/_sim/requests")
            let first = log.json?.arrayValue?.first
            #expect(first?[FieldPath("fault")] == .string("server-error"))
            #expect(first?[FieldPath("path")] == .string("/bs-core/dicts/countries"))
        }
    }

    @Test func aDataFileKeepsLeadsAcrossRestarts() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sim-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try await CoreSimulator.start(options: SimulatorOptions(dataFile: path))
        var raw = Raw(sim: first)
        try await raw.logIn()
        let created = try await raw.send("POST", "/bs-core/main/leads", body: #"{"firstName":"Иван","mobilePhone":"79001234567"}"#)
        let checked = try await raw.send("POST", "/bs-core/main/leads/\(DemoSeed.firstLeadId)/check")
        await first.stop()
        #expect(created.status == 200)
        #expect(checked.status == 200)

        let second = try await CoreSimulator.start(options: SimulatorOptions(dataFile: path))
        let data = await second.data()
        await second.stop()
        #expect(data.leads.map(\.id) == [2472, DemoSeed.firstLeadId])
        #expect(data.nextLeadId == DemoSeed.firstLeadId + 1)
        #expect(data.clients.count == DemoSeed.clients.count + 1)
        #expect(data.leads.last?.clientId == DemoSeed.firstNewClientId)
        #expect(data.leads.last?.currentStatus == "DENIED")
        #expect(data.leads.last?.statuses?.isEmpty == false)
    }

    @Test func theDemoSeedIsWellFormed() {
        let clients = DemoSeed.clients
        #expect((10...20).contains(clients.count))
        #expect(Set(clients.compactMap(\.id)).count == clients.count)
        // The vendor's example client keeps its page's 7-digit passport number and no phone.
        let vendor = try? #require(clients.first { $0.id == 10132416 })
        #expect(vendor?.fullName == "Дроздов Станислав Сергеевич")
        #expect(vendor?.passport?.no == "7237052")
        #expect(DemoSeed.data.leads.map(\.id) == [2472])
        #expect(DemoSeed.data.leads.first?.lead.lastName == "Mustermann")
        for c in clients where c.id != 10132416 {
            #expect(c.passport?.seria?.count == 4 && c.passport?.seria?.allSatisfy(\.isNumber) == true)
            #expect(c.passport?.no?.count == 6 && c.passport?.no?.allSatisfy(\.isNumber) == true)
            #expect(c.passport?.subdivisionCode?.wholeMatch(of: /\d{3}-\d{3}/) != nil)
            #expect(c.mobilePhone?.wholeMatch(of: /79\d{9}/) != nil)
            #expect(c.birthDate != nil)
        }
        #expect(DemoSeed.countries.count >= 40)
    }
}
