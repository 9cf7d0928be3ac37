@testable import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The three ways a core says a session is over, each met by one new login and one repeat.
@Suite struct SessionExpiryTests {
    private func options(_ answer: ExpiredTokenAnswer, rate: Double = 0) -> SimulatorOptions {
        var faults = SimulatorFaults(expiredTokenRate: rate)
        faults.expiredTokenAnswer = answer
        return SimulatorOptions(faults: faults, randomSeed: 11)
    }

    private func log(_ h: Harness) async -> [String] {
        await h.sim.requests().map { "\($0.method) \($0.path) \($0.status.map(String.init) ?? "-")" }
    }

    @Test(arguments: [(ExpiredTokenAnswer.status401, 401), (.status403, 403), (.envelope, 200)])
    func eachExpirySignalGetsOneNewLoginAndTheCallRepeated(answer: ExpiredTokenAnswer, status: Int) async throws {
        try await Harness.with(options: options(answer)) { h in
            try await h.core.logIn()
            await h.sim.expireAllTokens()
            let countries = try await h.core.countries()
            #expect(countries.count >= 40)
            #expect(await log(h) == ["POST /bs-core/main/login 200", "GET /bs-core/dicts/countries \(status)",
                                     "POST /bs-core/main/login 200", "GET /bs-core/dicts/countries 200"])
            let tokens = await h.sim.requests().compactMap { $0.headers["bsauth"] }
            #expect(tokens.count == 2)
            #expect(tokens.first != tokens.last)
        }
    }

    @Test(arguments: ExpiredTokenAnswer.allCases)
    func aSecondRefusalIsUnauthorizedAndNeverLoops(answer: ExpiredTokenAnswer) async throws {
        try await Harness.with(options: options(answer, rate: 1)) { h in
            let error = await coreError { _ = try await h.core.createLead(minimalLead()) }
            guard case .unauthorized(_, let message)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(message?.isEmpty == false)
            #expect(error?.loginRefusal == .unspecified)
            let requests = await h.sim.requests()
            #expect(requests.map(\.path) == ["/bs-core/main/login", "/bs-core/main/leads",
                                             "/bs-core/main/login", "/bs-core/main/leads"])
            #expect(requests.filter { $0.path == "/bs-core/main/leads" }.allSatisfy { $0.fault == "expired-token" })
            #expect(await h.sim.data().leads.count == DemoSeed.data.leads.count)
        }
    }

    @Test func aRefusedLeadIsNotTakenForExpiry() async throws {
        try await Harness.with { h in
            var lead = minimalLead()
            lead.firstName = nil
            let error = await coreError { _ = try await h.core.createLead(lead) }
            guard case .core? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(await h.calls(pathPrefix: "/bs-core/main/login").count == 1)
            #expect(await h.calls("POST").count == 1)
        }
    }

    private func answer(_ status: Int, _ body: String) -> RawAnswer {
        RawAnswer(status: status, headers: [:], body: Data(body.utf8))
    }

    @Test func theWordsThatSayASessionIsOver() {
        let expired = [
            #"{"status":"error","data":{"code":"INVALID_SESSION","message":"x","type":"SECURITY"}}"#,
            #"{"status":"error","data":{"code":"TOKEN_EXPIRED"}}"#,
            #"{"status":"error","data":{"code":"E1","message":"Session not found"}}"#,
            #"{"status":"error","data":"Сессия истекла"}"#,
            #"{"status":"error","data":"Токен недействителен"}"#,
            #"{"status":"error","data":"Invalid bsauth token"}"#,
            #"{"status":"error","message":"session expired"}"#,
        ]
        for body in expired { #expect(SessionExpiry.isExpired(answer(200, body)), "\(body)") }
        #expect(SessionExpiry.isExpired(answer(401, "")))
        #expect(SessionExpiry.isExpired(answer(403, "<html>Forbidden</html>")))

        let notExpired = [
            #"{"status":"error","data":{"code":"NO_MOBILE_PHONE_ERROR","message":"mobilePhone"}}"#,
            #"{"status":"error","data":"Неверное имя пользователя или пароль"}"#,
            #"{"status":"error","data":{"code":"UNEXPECTED_LEAD_STATUS_VALUE"}}"#,
            #"{"status":"error","data":"Поле snils: неверный формат"}"#,
            #"{"status":"ok","data":"session expired"}"#,
            "not json",
        ]
        for body in notExpired { #expect(!SessionExpiry.isExpired(answer(200, body)), "\(body)") }
        #expect(!SessionExpiry.isExpired(answer(500, #"{"status":"error","data":"Session expired"}"#)))
        #expect(SessionExpiry.message(in: answer(200, expired[0])) == "x")
        #expect(SessionExpiry.message(in: answer(200, expired[1])) == "TOKEN_EXPIRED")
    }

    @Test func whoAmIGivesTheSessionsOwner() async throws {
        var options = SimulatorOptions(randomSeed: 2)
        options.auth.session = SessionInfo(userId: 77, branchId: 5, subdivisionId: 101793, legalEntityId: 9, accessRightId: 3)
        try await Harness.with(options: options) { h in
            let me = try await h.core.whoAmI()
            #expect(me == SessionInfo(userId: 77, branchId: 5, subdivisionId: 101793, legalEntityId: 9,
                                      accessRightId: 3, customerKey: "demo"))
            let call = try #require(await h.sim.requests().last)
            #expect(call.path == "/bs-core/utils/session/whoami")
            #expect(call.headers["bsauth"]?.isEmpty == false)
        }
    }

    @Test func whoAmIDefaultsAreTheDemoSubdivision() async throws {
        try await Harness.with { h in
            let me = try await h.core.whoAmI()
            #expect(me.subdivisionId == 101791)
            #expect(me.userId != nil && me.branchId != nil)
        }
    }
}
