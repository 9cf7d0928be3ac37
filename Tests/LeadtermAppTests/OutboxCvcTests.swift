import CoreClient
import CoreSimulator
import Foundation
import LeadForms
import LeadModel
import LeadStore
import TerminalUI
import Testing
@testable import leadterm

/// A lead queued by an earlier run lost its CVC on the way to disk. The operator opens the
/// outbox screen, types the CVC again, and the lead reaches the core with it: the real app
/// loop, outbox, HTTP client and simulator, on an in-memory screen.
struct OutboxCvcTests {
    /// Plays keys one at a time; once they are used up, asks `done` between short waits and
    /// quits the app (Esc to the menu, F10) when it says so, or after `deadline`.
    final class ScriptedBackend: TerminalBackend {
        let size = Size(columns: 100, rows: 30)
        let colorDepth = ColorDepth.palette256
        private var keys: [InputEvent]
        private let done: () -> Bool
        private let deadline: Date
        private var quitting = false
        private(set) var lastScreen: [String] = []

        init(keys: [InputEvent], seconds: Double, done: @escaping () -> Bool) {
            self.keys = keys
            self.done = done
            deadline = Date().addingTimeInterval(seconds)
        }

        func nextEvent(timeout: Duration?) -> InputEvent? {
            if !keys.isEmpty { return keys.removeFirst() }
            if !quitting, done() || Date() > deadline {
                quitting = true
                keys = [.key(.escape), .key(.function(10))]
                return nil
            }
            Thread.sleep(forTimeInterval: 0.02)
            return nil
        }

        func present(_ buffer: Buffer) { lastScreen = buffer.lines }
        func bell() {}
    }

    @Test func aCVCTypedAgainOnTheOutboxScreenGoesOutWithTheLead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-cvc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try LeadDatabase(path: folder.appendingPathComponent("leadterm.sqlite").path)

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

        let sim = try Blocking.run { try await CoreSimulator.start(host: "127.0.0.1", port: 0) }
        defer { try? Blocking.run { await sim.stop() } }
        let services = AppServices(database: database)
        services.connect(try HTTPCoreService(connection: CoreConnection(
            server: sim.url, customerKey: "demo", userName: "demo", password: "demo")))

        // Menu 5 = outbox; Enter on the (only) lead asks for its CVC; typed, Enter.
        let keys: [InputEvent] = [.key(.character("5")), .key(.enter)] + "321".map { .key(.character($0)) } + [.key(.enter)]
        let backend = ScriptedBackend(keys: keys, seconds: 20) {
            let posts = (try? Blocking.run { await sim.requests() })?.filter { $0.method == "POST" && $0.path.hasSuffix("/leads") } ?? []
            return posts.contains { $0.status == 200 }
        }
        var screen = try FormFuzzTests.freshScreen()
        screen.size = backend.size
        let runner = AppRunner(screen: screen, backend: backend, services: services, idleLimit: nil)
        runner.startSession(try #require(services.service))
        runner.run(startup: [])
        try Blocking.run { await services.shutdown() }

        let posts = try Blocking.run { await sim.requests() }.filter { $0.method == "POST" && $0.path.hasSuffix("/leads") }
        try #require(posts.count == 1, "expected one create, got \(posts.count); screen:\n\(backend.lastScreen.joined(separator: "\n"))")
        let body = try #require(posts[0].body)
        let sent = try WireCoding.decode(Lead.self, from: Data(body.utf8))
        #expect(sent.cardCvc == "321")
        #expect(sent.firstName == "Пётр" && sent.cardNumber == "4111111111111111")
        #expect(try OutboxStore(database: database).entries().allSatisfy { !$0.state.isWaiting })
        // The CVC reached the core but never the disk (database and its write-ahead log).
        for name in ["leadterm.sqlite", "leadterm.sqlite-wal"] {
            guard let raw = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            #expect(!String(decoding: raw, as: UTF8.self).contains("cardCvc"), "\(name) holds a CVC")
        }
    }
}
