import CoreSimulator
import Foundation
import LeadModel
import LeadStore
import Testing

/// The real `leadterm` binary: `outbox retry` sends what the outbox holds to a real simulator.
@Suite struct OutboxRetryBinaryTests {
    /// `LEADTERM_BIN`, or next to the test bundle (the products folder), as in CoreClientTests.
    static func binary(_ name: String, variable: String) -> URL? {
        if let path = ProcessInfo.processInfo.environment[variable] { return URL(fileURLWithPath: path) }
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        let fromArgs = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name)
        return FileManager.default.isExecutableFile(atPath: fromArgs.path) ? fromArgs : nil
    }

    struct Run { let status: Int32; let out: String; let err: String }

    /// Runs the binary without blocking a concurrency thread (the simulator serves on them).
    static func run(_ exe: URL, _ args: [String], env: [String: String]) async throws -> Run {
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { done in
            p.terminationHandler = { done.resume(returning: $0.terminationStatus) }
            do { try p.run() } catch { done.resume(throwing: error) }
        }
        return Run(status: status,
                   out: String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                   err: String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test func retrySendsAQueuedLeadOnceTheCoreIsUpAndListShowsItSent() async throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let dataDir = folder.directory.url.path
        let entry = try OutboxStore(database: folder.open())
            .enqueue(Leads.person("Кузнецова", "Ольга", nil, phone: "+7 926 555-01-02", marker: "bin-retry"),
                     kind: .create, draftId: nil)
        func env(_ server: URL) -> [String: String] {
            ["LEADTERM_SERVER": server.absoluteString, "LEADTERM_CUSTOMER_KEY": "demo", "LEADTERM_USER": "demo",
             "LEADTERM_PASSWORD": "demo", "HOME": folder.root.path, "XDG_CONFIG_HOME": folder.root.appendingPathComponent("config").path,  // the test's storage key, no config.toml
             "XDG_DATA_HOME": folder.root.path, "LANG": "C.UTF-8"]
        }

        // The core is down: the lead stays queued, exit status 3.
        let gone = try await CoreSimulator.start(host: "127.0.0.1", port: 0, options: .init(logger: .quiet))
        await gone.stop()
        let down = try await Self.run(leadterm, ["outbox", "retry", "--data-dir", dataDir], env: env(gone.url))
        #expect(down.status == 3, "\(down.err)")
        #expect(down.out.contains("\(entry.id) "))
        #expect(down.out.contains("pending"))
        #expect(down.out.contains("unreachable"))

        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0, options: .init(logger: .quiet))
        do {
            let sent = try await Self.run(leadterm, ["outbox", "retry", "\(entry.id)", "--data-dir", dataDir], env: env(sim.url))
            #expect(sent.status == 0, "\(sent.err)")
            let stored = await sim.data().leads.filter { Leads.marker(of: $0.lead) == "bin-retry" }
            #expect(stored.count == 1)
            let leadId = try #require(stored.first?.id)
            #expect(sent.out.contains("sent \(leadId)"))
            #expect(sent.out.contains("sent 1"))
            // Ids and states only: no name or phone reaches the terminal.
            for personal in ["Кузнецова", "Ольга", "926"] {
                #expect(!sent.out.contains(personal) && !sent.err.contains(personal))
            }

            let list = try await Self.run(leadterm, ["outbox", "list", "--data-dir", dataDir], env: env(sim.url))
            #expect(list.status == 0, "\(list.err)")
            #expect(list.out.contains("sent \(leadId)"))

            let again = try await Self.run(leadterm, ["outbox", "retry", "--data-dir", dataDir], env: env(sim.url))
            #expect(again.status == 0)
            #expect(again.out == "Nothing to retry.\n")
            #expect(await sim.data().leads.filter { Leads.marker(of: $0.lead) == "bin-retry" }.count == 1)
        } catch {
            await sim.stop()
            throw error
        }
        await sim.stop()
    }
}
