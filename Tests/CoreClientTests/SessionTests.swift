import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

@Suite struct SessionTests {
    @Test func anExpiredTokenIsRenewedOnceAndTheCallRepeated() async throws {
        // Long enough that the login and the first call are served in time while the whole
        // suite (the fuzz, the PBKDF2 logins, the hostile answers) runs beside it on 2 cores.
        try await Harness.with(options: SimulatorOptions(tokenLifetime: .seconds(8), randomSeed: 1)) { h in
            _ = try await h.core.countries()
            try await Task.sleep(for: .milliseconds(8500))
            let products = try await h.core.creditProducts()
            #expect(products.count == 4)
            let log = await h.sim.requests().map { "\($0.method) \($0.path) \($0.status.map(String.init) ?? "-")" }
            #expect(log == ["POST /bs-core/main/login 200", "GET /bs-core/dicts/countries 200",
                            "GET /bs-core/dicts/credit-products 401", "POST /bs-core/main/login 200",
                            "GET /bs-core/dicts/credit-products 200"])
            let tokens = await h.sim.requests().compactMap { $0.headers["bsauth"] }
            #expect(tokens.count == 3)
            #expect(tokens[0] == tokens[1])
            #expect(tokens[1] != tokens[2])
        }
    }

    @Test func aCreateRefusedForItsSessionIsSentAgainAfterLogin() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.expireAllTokens()
            let id = try await h.core.createLead(minimalLead())
            #expect(await h.calls("POST").map(\.status) == [401, 200])
            #expect(await h.createdLeads().map(\.id) == [id])
        }
    }

    @Test func concurrentCallsShareOneNewLogin() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.expireAllTokens()
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<6 { group.addTask { try await h.core.countries().count } }
                for try await count in group { #expect(count >= 40) }
            }
            let logins = await h.calls(pathPrefix: "/bs-core/main/login")
            #expect(logins.count == 2)
        }
    }

    @Test func aWrongPasswordIsUnauthorized() async throws {
        try await Harness.with(tweak: { $0.password = "wrong" }) { h in
            let error = await coreError { _ = try await h.core.countries() }
            guard case .unauthorized(_, let message)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(message == "Неверное имя пользователя или пароль")
            #expect(await h.calls(pathPrefix: "/bs-core/dicts").isEmpty)
        }
    }

    @Test func aWrongCustomerKeyIsUnauthorized() async throws {
        try await Harness.with(tweak: { $0.customerKey = "other-bank" }) { h in
            let error = await coreError { try await h.core.logIn() }
            guard case .unauthorized? = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }

    @Test func aCoreThatRefusesEveryTokenEndsInUnauthorized() async throws {
        let options = SimulatorOptions(faults: SimulatorFaults(expiredTokenRate: 1), randomSeed: 3)
        try await Harness.with(options: options) { h in
            let error = await coreError { _ = try await h.core.countries() }
            guard case .unauthorized? = error else { Issue.record("got \(String(describing: error))"); return }
            let log = await h.sim.requests().map { "\($0.path) \($0.status.map(String.init) ?? "-") \($0.fault ?? "")" }
            #expect(log == ["/bs-core/main/login 200 ", "/bs-core/dicts/countries 401 expired-token",
                            "/bs-core/main/login 200 ", "/bs-core/dicts/countries 401 expired-token"])
        }
    }
}
