import CoreSimulator
import Foundation
import LeadModel
import LeadStore
import Testing

extension OutboxRetryBinaryTests {
    /// A refused login is a settings problem: exit 5, nothing sent, and the entry keeps
    /// waiting rather than being marked refused.
    @Test func aRefusedLoginExitsFiveAndLeavesTheEntryWaiting() async throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let entry = try OutboxStore(database: folder.open())
            .enqueue(Leads.person("Кузнецова", "Ольга", nil, phone: "+7 926 555-01-03", marker: "bin-login"),
                     kind: .create, draftId: nil)
        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0, options: .init(logger: .quiet))
        do {
            let env = ["LEADTERM_SERVER": sim.url.absoluteString, "LEADTERM_CUSTOMER_KEY": "demo", "LEADTERM_USER": "demo",
                       "LEADTERM_PASSWORD": "wrong", "HOME": folder.root.path, "XDG_CONFIG_HOME": folder.root.appendingPathComponent("config").path,  // the test's storage key, no config.toml
                      
                       "XDG_DATA_HOME": folder.root.path, "LANG": "C.UTF-8"]
            let refused = try await Self.run(leadterm, ["outbox", "retry", "--data-dir", folder.directory.url.path], env: env)
            #expect(refused.status == 5, "\(refused.err)")
            #expect(refused.err.contains("wrong user name or password"))
            #expect(await sim.data().leads.count == DemoSeed.data.leads.count, "no lead beyond the seed's")
            let stored = try #require(try OutboxStore(database: folder.open()).entry(entry.id))
            #expect(stored.state.isWaiting)
        } catch {
            await sim.stop()
            throw error
        }
        await sim.stop()
    }
}
