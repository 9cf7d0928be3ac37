import Foundation
import LeadModel
import Testing
@testable import LeadStore
@testable import leadterm

/// `leadterm outbox list --sent`: the leads the outbox delivered, with their lead numbers and
/// never a name (the command line's rule for the outbox).
struct OutboxSentListTests {
    @Test func theSentFlagListsDeliveredLeadsWithTheirNumbersAndNoNames() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sent-list-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = DataDirectory(url: root.appendingPathComponent("leadterm", isDirectory: true))
        let db = try LeadDatabase(directory: directory, key: StorageKey.loadOrCreate(at: root.appendingPathComponent("storage.key")))
        let store = OutboxStore(database: db)
        var lead = Lead()
        lead.lastName = "Сидоров"
        lead.firstName = "Пётр"
        let created = try store.enqueue(lead, kind: .create, draftId: nil)
        let edited = try store.enqueue(lead, kind: .update(leadId: 48100), draftId: nil)
        let waiting = try store.enqueue(lead, kind: .create, draftId: nil)
        try store.markSent(created.id, leadId: 48213, clientId: 7001, now: Date(timeIntervalSince1970: 1_750_000_000))
        try store.markSent(edited.id, leadId: 48100, clientId: nil, now: Date(timeIntervalSince1970: 1_750_000_600))
        #expect(try store.place(of: waiting.id) == 1)

        let command = try OutboxCommand.List.parse(["--sent", "--data-dir", directory.url.path])
        #expect(command.sent)
        let lines = OutboxTable.sentLines(try store.recentlySent(limit: command.limit))
        #expect(lines.first == OutboxTable.sentHeader)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("\(edited.id)       48100       -           update 48100"), "\(lines)")
        #expect(lines[2].hasPrefix("\(created.id)       48213       7001        create"), "\(lines)")
        #expect(!lines.joined().contains("Сидоров"))
        #expect(try !OutboxCommand.List.parse([]).sent)
        #expect(OutboxTable.sentLines([]) == ["No lead has been sent from the outbox lately."])
    }
}
