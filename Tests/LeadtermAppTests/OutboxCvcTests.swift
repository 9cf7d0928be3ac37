import CoreClient
import CoreSimulator
import Foundation
import LeadApp
import LeadModel
import LeadStore
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// A lead queued by an earlier run lost its CVC on the way to disk. The operator opens the
/// outbox screen, types the CVC again, and the lead reaches the core with it: the real app
/// loop, outbox, HTTP client and simulator, on an in-memory screen.
struct OutboxCvcTests {
    /// Hands the runner (not Sendable: it belongs to one thread at a time) to the loop's thread.
    final class UncheckedBox<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }

    /// Plays keys one at a time (a key given with a text waits until the screen shows it);
    /// once they are used up, asks `done` between short waits and
    /// quits the app (Esc to the menu, F10) when it says so, or after `deadline`.
    final class ScriptedBackend: TerminalBackend {
        let size = Size(columns: 100, rows: 30)
        let colorDepth = ColorDepth.palette256
        private var keys: [(waitFor: String?, event: InputEvent)]
        private let done: ([String]) -> Bool
        private let deadline: Date
        private var quitting = false
        private(set) var lastScreen: [String] = []
        /// Every frame shown, newest last (the screen after quitting is the menu again).
        private(set) var shownScreens: [[String]] = []

        convenience init(keys: [InputEvent], seconds: Double, done: @escaping (_ screen: [String]) -> Bool) {
            self.init(steps: keys.map { (nil, $0) }, seconds: seconds, done: done)
        }

        init(steps: [(waitFor: String?, event: InputEvent)], seconds: Double, done: @escaping (_ screen: [String]) -> Bool) {
            self.keys = steps
            self.done = done
            deadline = Date().addingTimeInterval(seconds)
        }

        func nextEvent(timeout: Duration?) -> InputEvent? {
            if let next = keys.first, quitting || Date() < deadline {
                if let text = next.waitFor, !lastScreen.contains(where: { $0.contains(text) }) {
                    Thread.sleep(forTimeInterval: 0.02)
                    return nil
                }
                return keys.removeFirst().event
            }
            if quitting || done(lastScreen) || Date() > deadline {
                // Esc, then F10 and F10 again (the quit question, asked while the outbox waits) until the
                // app has gone back to the menu and quit from there.
                quitting = true
                keys = [(nil, .key(.escape)), (nil, .key(.function(10))), (nil, .key(.function(10)))]
                return nil
            }
            Thread.sleep(forTimeInterval: 0.02)
            return nil
        }

        func present(_ buffer: Buffer) {
            lastScreen = buffer.lines
            shownScreens.append(buffer.lines)
        }
        func bell() {}
    }

    /// Runs the app's (blocking) loop on a thread of its own, so the test does not hold one
    /// of the few threads the simulator and HTTP client need.
    static func runOnItsOwnThread(_ body: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread { body(); done.resume() }.start()
        }
    }

    /// `typed` is the CVC typed again; nil means F5, send without it.
    @Test(arguments: ["321", nil] as [String?])
    func aQueuedLeadWaitingForItsCVCGoesOutFromTheOutboxScreen(typed: String?) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-cvc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try LeadDatabase(path: folder.appendingPathComponent("leadterm.sqlite").path,
                                        key: StorageKey.loadOrCreate(at: folder.appendingPathComponent("keys/storage.key")))

        var lead = Lead()
        lead.firstName = "Пётр"
        lead.lastName = "Сидоров"
        lead.mobilePhone = "79990001122"
        lead.cardNumber = "4111111111111111"
        lead.cardHolder = "PETR SIDOROV"
        lead.validThruMonth = "12"
        lead.validThruYear = "2030"
        lead.cardCvc = "321"
        let queued = try OutboxStore(database: database).enqueue(lead, kind: .create, draftId: nil)
        try #require(queued.needsCvc, "the outbox kept the CVC or forgot it had one")

        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0)
        let services = AppServices(database: database)
        services.connect(try HTTPCoreService(connection: CoreConnection(
            server: sim.url, customerKey: "demo", userName: "demo", password: "demo")))

        // Menu 5 = outbox; Enter on the (only) lead asks for its CVC; typed, Enter. Or F5.
        let keys: [InputEvent] = [.key(.character("5"))] + (typed.map { cvc in
            [.key(.enter)] + cvc.map { .key(.character($0)) } + [.key(.enter)]
        } ?? [.key(.function(5))])
        let backend = ScriptedBackend(keys: keys, seconds: 20) { _ in
            let posts = (try? Blocking.run { await sim.requests() })?.filter { $0.method == "POST" && $0.path.hasSuffix("/leads") } ?? []
            return posts.contains { $0.status == 200 }
        }
        var screen = try FormFuzzTests.freshScreen()
        screen.size = backend.size
        let runner = AppRunner(screen: screen, backend: backend, services: services, idleLimit: nil)
        let service = try #require(services.service)
        let loop = UncheckedBox((runner, service))
        await Self.runOnItsOwnThread {
            loop.value.0.startSession(loop.value.1)
            loop.value.0.run(startup: [])
        }
        await services.shutdown()
        let requests = await sim.requests()
        await sim.stop()

        let posts = requests.filter { $0.method == "POST" && $0.path.hasSuffix("/leads") }
        try #require(posts.count == 1, "expected one create, got \(posts.count); screen:\n\(backend.lastScreen.joined(separator: "\n"))")
        let body = try #require(posts[0].body)
        let sent = try WireCoding.decode(Lead.self, from: Data(body.utf8))
        #expect(sent.cardCvc == typed)
        #expect(sent.firstName == "Пётр" && sent.cardNumber == "4111111111111111")
        #expect(try OutboxStore(database: database).entries().allSatisfy { !$0.state.isWaiting })
        // The CVC reached the core but never the disk (database and its write-ahead log).
        for name in ["leadterm.sqlite", "leadterm.sqlite-wal"] {
            guard let raw = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            #expect(!String(decoding: raw, as: UTF8.self).contains("cardCvc"), "\(name) holds a CVC")
        }
    }
}
