import Foundation
import LeadModel
import Synchronization
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// The real loop on one fake clock: the terminal "waits" exactly as long as the runner asks,
/// so the kiosk's idle warning, countdown and wipe happen at the times the model declares.
struct RunnerClockTests {
    final class FakeClock: Sendable {
        private let moment: Mutex<Date>
        init(_ start: Date) { moment = Mutex(start) }
        var now: Date { moment.withLock { $0 } }
        func advance(by seconds: TimeInterval) { moment.withLock { $0 = $0.addingTimeInterval(seconds) } }
    }

    /// Plays its keys at once, then lets the clock run for each wait the runner asks for
    /// (at least a millisecond, as a real terminal would), and stops the app when the wait
    /// is longer than `stopAfter` (nothing is due soon: the kiosk has gone back to its menu).
    final class ClockedBackend: TerminalBackend {
        let size = Size(columns: 100, rows: 30)
        let colorDepth = ColorDepth.palette256
        let clock: FakeClock
        private var keys: [InputEvent]
        private let stopAfter: TimeInterval
        private var stopped = false
        /// Each frame shown, with the fake time it was shown at.
        private(set) var frames: [(at: Date, lines: [String])] = []

        init(clock: FakeClock, keys: [InputEvent], stopAfter: TimeInterval) {
            self.clock = clock
            self.keys = keys
            self.stopAfter = stopAfter
        }

        func nextEvent(timeout: Duration?) -> InputEvent? {
            if !keys.isEmpty { return keys.removeFirst() }
            let wait = timeout.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }
            guard let wait, wait <= stopAfter, !stopped else {
                stopped = true
                return .terminate
            }
            clock.advance(by: max(wait, 0.001))
            return nil
        }

        func present(_ buffer: Buffer) { frames.append((clock.now, buffer.lines)) }
        private(set) var bells: [Date] = []
        func bell() { bells.append(clock.now) }
        func redrawWhole() {}
        func suspendAndResume() -> InputEvent { .resize(columns: size.columns, rows: size.rows) }
    }

    @Test func aKioskFormLeftAloneCountsDownAndIsWipedAtTheDeclaredTimes() throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let clock = FakeClock(start)
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")
        screen.model = AppModel(kiosk: true, ids: IDSource(seed: 7))
        let backend = ClockedBackend(clock: clock, keys: [.key(.enter), .key(.character("П"))], stopAfter: 60)
        screen.size = backend.size
        let runner = AppRunner(screen: screen, backend: backend, services: AppServices(database: nil),
                               idleLimit: 30, clock: { clock.now })
        runner.run(startup: [])

        let countdown = backend.frames.filter { $0.lines.contains { $0.contains("очищена через") } }
        let first = try #require(countdown.first, "no idle countdown shown")
        // The warning starts ten seconds before the wipe and counts down once a second.
        #expect(abs(first.at.timeIntervalSince(start) - 20) < 0.01, "warning at \(first.at.timeIntervalSince(start)) s")
        #expect(first.lines.contains { $0.contains("через 10 с") })
        #expect(countdown.contains { $0.lines.contains { $0.contains("через 1 с") } })
        #expect(countdown.count >= 10, "\(countdown.count) countdown frames")
        let wiped = try #require(backend.frames.first { $0.at.timeIntervalSince(start) >= 30 - 0.01 })
        #expect(abs(wiped.at.timeIntervalSince(start) - 30) < 0.01, "wiped at \(wiped.at.timeIntervalSince(start)) s")
        #expect(!wiped.lines.contains { $0.contains("очищена через") })
        #expect(!runner.screen.model.running)
    }

    /// Quiet screen (issue 17.2): the countdown is one message naming the moment of the wipe,
    /// the same on every frame, announced by one bell; the wipe still comes on time.
    @Test func aQuietKioskSaysTheCountdownOnceAndRingsOnce() throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let clock = FakeClock(start)
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")
        screen.model = AppModel(kiosk: true, ids: IDSource(seed: 7))
        screen.quiet = true
        let backend = ClockedBackend(clock: clock, keys: [.key(.enter), .key(.character("П"))], stopAfter: 60)
        screen.size = backend.size
        let runner = AppRunner(screen: screen, backend: backend, services: AppServices(database: nil),
                               idleLimit: 30, clock: { clock.now })
        runner.run(startup: [])

        let warned = backend.frames.filter { $0.lines.contains { $0.contains("Нет активности") } }
        let first = try #require(warned.first, "no idle warning shown")
        #expect(abs(first.at.timeIntervalSince(start) - 20) < 0.01, "warning at \(first.at.timeIntervalSince(start)) s")
        let wipeAt = ClockTime.local(start.addingTimeInterval(30)).timeOfDay
        #expect(first.lines.contains { $0.contains("в \(wipeAt) форма будет очищена") }, "\(first.lines)")
        #expect(Set(warned.map(\.lines)).count == 1, "the warning changed while it was up: \(Set(warned.map(\.lines)).count) versions")
        #expect(!backend.frames.contains { $0.lines.contains { $0.contains("очищена через") } })
        #expect(backend.bells.count == 1 && backend.bells.first == first.at, "bells at \(backend.bells.map { $0.timeIntervalSince(start) })")
        #expect(backend.frames.contains { $0.at.timeIntervalSince(start) >= 30 - 0.01 && !$0.lines.contains { $0.contains("Нет активности") } })
    }

    /// Quiet screen: an e-mail refused on Field Exit rings once, as its message appears; the
    /// full screen without quiet shows the message alone (in colour).
    @Test(arguments: [true, false])
    func aRefusedValueRingsOnlyOnAQuietScreen(_ quiet: Bool) throws {
        let clock = FakeClock(Date(timeIntervalSince1970: 1_800_000_000))
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")
        screen.quiet = quiet
        // The menu's first item, then a birth date with no such day, then Tab past it.
        var keys: [InputEvent] = [.key(.enter)]
        for _ in 0..<8 { keys.append(.key(.tab)) }
        keys += "x@".map { .key(.character($0)) } + [.key(.tab)]
        let backend = ClockedBackend(clock: clock, keys: keys, stopAfter: 5)
        screen.size = backend.size
        let runner = AppRunner(screen: screen, backend: backend, services: AppServices(database: nil), idleLimit: nil, clock: { clock.now })
        runner.run(startup: [])
        let refused = backend.frames.contains { $0.lines.contains { $0.contains("нужен адрес вида") } }
        #expect(refused, "the date was not refused:\n\(backend.frames.last?.lines.joined(separator: "\n") ?? "")")
        #expect(backend.bells.count == (quiet ? 1 : 0), "\(backend.bells.count) bells")
    }
}
