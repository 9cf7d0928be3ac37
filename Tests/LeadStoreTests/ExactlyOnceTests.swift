import Foundation
import Logging
import Testing
@testable import LeadStore

@Suite("Exactly once under faults")
struct ExactlyOnceTests {
    @Test("250 submits with timeouts, 500s, commit-then-drop: every lead in the core exactly once")
    func everyLeadReachesTheCoreOnce() async throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let clock = TestClock()
        let core = FakeCore(clock: clock, randomFaults: .init(), seed: 0x1EAD)
        let logs = LogRecorder()
        let figures = try await runExactlyOnceDrill(core: core, count: 250, database: try folder.open(), clock: clock,
                                                    logger: logs.logger)
        let injected = await core.injected
        print("exactly-once drill (fake core): \(figures); faults injected: \(injected.sorted { $0.key < $1.key })")

        #expect(figures.submits == 250)
        #expect(figures.storedInCore == 250)
        #expect(figures.lost == 0)
        #expect(figures.duplicated == 0)
        #expect(figures.leftWaiting == 0)
        #expect(figures.leftFailed == 0)
        #expect(figures.draftsLeft == 0)
        #expect(figures.cvcMissing == 0)
        #expect(figures.submittedTwiceOnPurpose == 12)
        #expect(figures.sameClientFollowUps == 38)
        // The run really exercised the dangerous paths.
        #expect(injected["commit-then-drop", default: 0] >= 20)
        #expect(injected["drop-before-commit", default: 0] >= 5)
        #expect(injected["HTTP 500", default: 0] >= 10)
        #expect(figures.adopted >= 20)
        // What was logged on the way holds ids only: no names, phones or card data.
        #expect(logs.all.count > 250)
        let personal = ["Иванов", "Петрова", "Сидоров", "Ёлкина", "Иван", "Мария", "Пётр", "916", "4276", "IVAN"]
        for line in logs.all {
            #expect(!personal.contains { line.contains($0) }, "personal data in a log line: \(line)")
        }
    }
}
