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

/// An edit of an existing lead, interrupted (crash, power cut) and resumed from its draft:
/// the summary before saving still shows only what the operator changed, because the app
/// reads the lead again instead of taking every field of the draft as a change.
struct EditDraftResumeTests {
    @Test func aResumedEditShowsOnlyItsOwnChanges() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edit-resume-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try LeadDatabase(path: folder.appendingPathComponent("leadterm.sqlite").path,
                                        key: StorageKey.loadOrCreate(at: folder.appendingPathComponent("keys/storage.key")))

        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0)
        let core = try HTTPCoreService(connection: CoreConnection(
            server: sim.url, customerKey: "demo", userName: "demo", password: "demo"))
        var lead = Lead()
        lead.lastName = "Сидоров"
        lead.firstName = "Пётр"
        lead.mobilePhone = "79990001122"
        lead.email = "petr@example.ru"
        let id = try await core.createLead(lead)

        // What the interrupted session left: the lead as it was opened, with one field changed.
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")
        let opened = try await core.fetchLead(id: id)
        var fields = EntryForm(lead: opened.lead, context: screen.context).values
        fields["email"] = "sidorov@example.ru"
        _ = try DraftStore(database: database).save(Draft(mode: .editing(leadId: id), operatorName: "fuzz", fields: fields))

        let services = AppServices(database: database)
        services.connect(core)
        // The drafts screen comes up by itself; Enter resumes, F2 checks and shows the summary.
        let steps: [(waitFor: String?, event: InputEvent)] = [("Сидоров", .key(.enter)), ("sidorov@example.ru", .key(.function(2)))]
        let backend = OutboxCvcTests.ScriptedBackend(steps: steps, seconds: 15) { lines in
            lines.contains { $0.contains("→") }
        }
        screen.size = backend.size
        let runner = AppRunner(screen: screen, backend: backend, services: services, idleLimit: nil)
        let loop = OutboxCvcTests.UncheckedBox(runner)
        await OutboxCvcTests.runOnItsOwnThread {
            // Startup as the app does it: log in, then offer the drafts.
            loop.value.startSession(core)
            loop.value.run(startup: [.listDrafts])
        }
        await services.shutdown()
        await sim.stop()

        let summary = backend.shownScreens.first { $0.contains { $0.contains("→") } } ?? []
        let changes = summary.filter { $0.contains("→") }
        #expect(changes.count == 1, "changes listed:\n\(changes.joined(separator: "\n"))")
        #expect(changes.first?.contains("petr@example.ru → sidorov@example.ru") == true, "\(changes)")
    }
}
