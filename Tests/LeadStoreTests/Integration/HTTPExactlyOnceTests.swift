import CoreClient
import CoreSimulator
import Foundation
import Logging
import Testing
import LeadSync
@testable import LeadStore

@Suite("Exactly once over HTTP")
struct HTTPExactlyOnceTests {
    /// The client's request timeout, and the latency of a "slow" call: well above it, so the
    /// client really times out (a create then has an unknown outcome), and the core commits later.
    /// The timeout is generous so that only the planned calls time out even when the machine is
    /// busy (other tests in parallel): the run then follows its seeds exactly.
    static let requestTimeout = Duration.milliseconds(800)
    static let slowLatency = 1_000

    @Test("200 submits through the real client and simulator with 500s, drops, timeouts: each lead stored once")
    func everyLeadReachesTheSimulatorOnce() async throws {
        let faults = SimulatorFaults(serverErrorRate: 0.08, dropAfterCommitRate: 0.12, malformedRate: 0.03)
        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0,
                                                options: SimulatorOptions(faults: faults, randomSeed: 0x5EED,
                                                                          logger: .quiet))
        let folder = try TempDataFolder()
        let logs = LogRecorder()
        let client: HTTPCoreService
        do {
            client = try HTTPCoreService(connection: CoreConnection(
                server: sim.url, customerKey: "demo", userName: "demo", password: "demo",
                connectTimeout: .seconds(2), requestTimeout: Self.requestTimeout), logger: logs.logger)
        } catch {
            await sim.stop()
            throw error
        }
        let schedule = LatencySchedule(base: faults, slowRate: 0.05, slowMilliseconds: Self.slowLatency,
                                       expireEvery: 60, seed: 0xD1_11)
        let core = SimulatorDrillCore(sim: sim, transport: CoreOutboxTransport(core: client), schedule: schedule)
        // The simulator stamps leads with the real time; the drill's clock follows it and skips
        // ahead over the backoff waits, so it runs ahead of the core's clock by a growing amount
        // (far less than the processor's ±10 min search margin): the skew the outbox measures.
        let clock = TestClock.runningFromNow()
        let started = ContinuousClock.now
        let result: Swift.Result<DrillFigures, any Error>
        do {
            result = .success(try await runExactlyOnceDrill(core: core, count: 200, database: try folder.open(),
                                                            clock: clock, logger: logs.logger, maxDrains: 2_000))
        } catch {
            result = .failure(error)
        }
        let requests = await sim.requests()
        await client.shutdown()
        await sim.stop()
        folder.cleanUp()
        let figures = try result.get()
        let (whole, atto) = (ContinuousClock.now - started).components
        let seconds = Double(whole) + Double(atto) / 1e18

        let injected = Dictionary(grouping: requests.compactMap(\.fault), by: { $0 }).mapValues(\.count)
        let timeouts = await schedule.timeouts
        let sessionsEnded = await schedule.sessionsEnded
        let createTimeouts = await schedule.createsTimedOutAfterSending
        print("drill: \(figures.submits) submits, faults: 500=\(injected["server-error", default: 0]), "
              + "drop-after-commit=\(injected["drop-after-commit", default: 0]), timeouts=\(timeouts) (creates, outcome unknown=\(createTimeouts)), "
              + "malformed=\(injected["malformed", default: 0]), sessions-ended=\(sessionsEnded), "
              + "same-client follow-ups=\(figures.sameClientFollowUps), submitted twice on purpose=\(figures.submittedTwiceOnPurpose), "
              + "lost=\(figures.lost), duplicated=\(figures.duplicated) "
              + "(adopted after unknown outcome=\(figures.adopted), drains=\(figures.drains), "
              + "requests=\(requests.count), \(String(format: "%.1f", seconds)) s)")

        #expect(figures.submits == 200)
        #expect(figures.storedInCore == 200)
        #expect(figures.lost == 0)
        #expect(figures.duplicated == 0)
        #expect(figures.leftWaiting == 0)
        #expect(figures.leftFailed == 0)
        #expect(figures.draftsLeft == 0)
        #expect(figures.cvcMissing == 0)
        #expect(figures.submittedTwiceOnPurpose == 10)
        #expect(figures.sameClientFollowUps == 30)
        // The run really went through the dangerous paths.
        #expect(injected["server-error", default: 0] >= 10)
        #expect(injected["drop-after-commit", default: 0] >= 10)
        #expect(injected["malformed", default: 0] >= 3)
        #expect(timeouts >= 5)
        #expect(createTimeouts >= 3)
        #expect(sessionsEnded >= 3)
        #expect(figures.adopted >= 10)
        // The client's and the processor's logs hold ids only.
        let personal = ["Иванов", "Петрова", "Сидоров", "Ёлкина", "Иван", "Мария", "Пётр", "+7 916", "4276", "IVAN"]
        for line in logs.all {
            #expect(!personal.contains { line.contains($0) }, "personal data in a log line: \(line)")
        }
    }
}
