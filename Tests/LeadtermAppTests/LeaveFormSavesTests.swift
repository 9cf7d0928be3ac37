import Foundation
import LeadStore
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// Esc from a form goes to the menu at once, before the autosave's next deadline: what was
/// typed since the last save is written anyway, through the real runner and draft store
/// (the save used to read the screen that was up, and the menu has no form to save).
struct LeaveFormSavesTests {
    @Test func whatWasTypedJustBeforeEscIsInTheDraft() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leave-saves-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try LeadDatabase(path: folder.appendingPathComponent("leadterm.sqlite").path,
                                        key: StorageKey.loadOrCreate(at: folder.appendingPathComponent("keys/storage.key")))
        let services = AppServices(database: database)
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")
        // The last name, typed and left at once with Esc: no autosave deadline passes between.
        let typing: [(waitFor: String?, event: InputEvent)] = "Иванов".map { (nil, .key(.character($0))) }
        let steps = [("Новая заявка", .key(.character("1"))), ("Фамилия", typing[0].event)] + typing.dropFirst()
            + [(nil, .key(.escape))]
        let backend = OutboxCvcTests.ScriptedBackend(steps: steps, seconds: 15) { lines in
            lines.contains { $0.contains("Новая заявка") }
        }
        screen.size = backend.size
        let runner = AppRunner(screen: screen, backend: backend, services: services, idleLimit: nil)
        let loop = OutboxCvcTests.UncheckedBox(runner)
        await OutboxCvcTests.runOnItsOwnThread { loop.value.run(startup: []) }
        await services.shutdown()

        let store = DraftStore(database: database)
        let drafts = try store.list()
        #expect(drafts.count == 1)
        let saved = try drafts.first.flatMap { try store.load($0.id) }
        #expect(saved?.fields["lastName"] == "Иванов", "\(saved?.fields ?? [:])")
    }
}
