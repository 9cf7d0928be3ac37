import CoreSimulator
import Foundation
import Synchronization
import Testing
@testable import CoreClient

/// Issue 18: a token whose lifetime the service said (`expires_in`) is renewed a little
/// before it ends, so no call is refused for a dead token; one without a lifetime lives until
/// the core refuses it.
struct TokenLifetimeTests {
    final class FakeClock: Sendable {
        private let now = Mutex(ContinuousClock.now)
        var instant: ContinuousClock.Instant { now.withLock { $0 } }
        func advance(_ by: Duration) { now.withLock { $0 += by } }
    }

    final class Logins: Sendable {
        private let count = Mutex(0)
        var made: Int { count.withLock { $0 } }
        func next() -> Int { count.withLock { $0 += 1; return $0 } }
    }

    @Test func aTokenIsRenewedATenthOfItsLifeBeforeItEnds() async throws {
        let clock = FakeClock(), logins = Logins()
        let tokens = SessionTokens(clock: { clock.instant })
        let login: SessionTokens.Login = { () async throws(CoreError) -> SessionTokens.Issued in
            SessionTokens.Issued(token: "t\(logins.next())", lifetime: .seconds(100))
        }
        #expect(try await tokens.current(login) == "t1")
        clock.advance(.seconds(89))
        #expect(try await tokens.current(login) == "t1")
        clock.advance(.seconds(2))
        #expect(try await tokens.current(login) == "t2", "at 91 s of 100 the token is replaced")
        #expect(logins.made == 2)
        // A long life is renewed at most a minute before its end.
        #expect(SessionTokens.margin(for: .seconds(3600)) == .seconds(60))
        #expect(SessionTokens.margin(for: .seconds(100)) == .seconds(10))
    }

    @Test func aTokenWithoutALifetimeLivesUntilRefused() async throws {
        let clock = FakeClock(), logins = Logins()
        let tokens = SessionTokens(clock: { clock.instant })
        let login: SessionTokens.Login = { () async throws(CoreError) -> SessionTokens.Issued in
            SessionTokens.Issued(token: "t\(logins.next())", lifetime: nil)
        }
        #expect(try await tokens.current(login) == "t1")
        clock.advance(.seconds(86_400))
        #expect(try await tokens.current(login) == "t1")
        #expect(try await tokens.renew(replacing: "t1", login) == "t2")
        #expect(logins.made == 2)
    }

    /// The real client against the simulator's token service (tokens of five seconds): after
    /// 4.6 s the next call logs in again first, and the core refuses nothing.
    @Test func oauthRenewsBeforeTheCoreRefuses() async throws {
        let sim = try await CoreSimulator.start(options: SimulatorOptions(tokenLifetime: .seconds(5), randomSeed: 8))
        var connection = CoreConnection(server: sim.url, customerKey: "demo", userName: "", password: "",
                                        connectTimeout: .seconds(2), requestTimeout: .seconds(5))
        connection.auth = .oauth(tokenURL: sim.url, clientID: "leadterm-demo", clientSecret: "demo-secret")
        let core: HTTPCoreService
        do { core = try HTTPCoreService(connection: connection) } catch { await sim.stop(); throw error }
        let log: [String]
        do {
            _ = try await core.countries()
            try await Task.sleep(for: .milliseconds(4600))
            _ = try await core.creditProducts()
            log = await sim.requests().map { "\($0.method) \($0.path) \($0.status ?? 0)" }
        } catch {
            await core.shutdown()
            await sim.stop()
            throw error
        }
        await core.shutdown()
        await sim.stop()
        #expect(log == ["POST /oauth/token 200", "GET /bs-core/dicts/countries 200",
                        "POST /oauth/token 200", "GET /bs-core/dicts/credit-products 200"])
    }
}
