import Foundation
import GRDB
import LeadModel
import Testing
@testable import LeadStore

@Suite("Outbox sent history")
struct SentHistoryTests {
    @Test("a v2 file gains the history on open; its old sent entries are listed without time or name")
    func migratesAnOldFile() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        try FileManager.default.createDirectory(at: folder.directory.url, withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: folder.directory.databaseURL.path)
            try Schema.migrator(sealer: RowSealer(key: folder.key())).migrate(queue, upTo: "v2-sealed")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO outbox (kind, leadJSON, needsCvc, state, sentLeadId, sentClientId, attempts,
                        nextAttemptAt, createdAt, dedupPhone, dedupLastName, dedupFirstName, dedupPatronymic)
                    VALUES ('create', '{}', 0, 'sent', 48213, 7001, 1, 1, 1, '', '', '', '')
                    """)
            }
        }
        let db = try folder.open()
        #expect(try db.appliedMigrations().last == "v3-sent-history")
        let sent = try OutboxStore(database: db).recentlySent()
        #expect(sent == [SentLead(outboxId: 1, leadId: 48213, clientId: 7001, editingLeadId: nil, sentAt: nil, title: nil)])
    }

    @Test("a queued lead sent in the background is listed first with its lead number, time and name (sealed on disk)")
    func recordsABackgroundSend() async throws {
        let rig = try OutboxProcessorTests.Rig(creates: [.fail(.retryable("core unreachable")), .accept])
        defer { rig.folder.cleanUp() }
        let lead = Leads.person("Сидоров", "Пётр", "Ильич", phone: "+7 916 765-43-21")
        guard case .queued(let outboxId, _) = try await rig.processor.submit(lead, kind: .create, draftId: nil) else {
            Issue.record("not queued"); return
        }
        #expect(try rig.outbox.recentlySent().isEmpty)
        try await rig.drainWhenDue()
        let sent = try #require(try rig.outbox.recentlySent().first)
        let stored = await rig.core.stored
        #expect(sent.outboxId == outboxId)
        #expect(sent.leadId == stored.first?.id)
        #expect(sent.title == "Сидоров Пётр Ильич")
        #expect(sent.sentAt == rig.clock.now)
        let onDisk: String? = try await rig.db.queue.read { (db: Database) throws -> String? in try String.fetchOne(db, sql: "SELECT sentTitle FROM outbox") }
        #expect(onDisk.map(RowSealer.isSealed) == true)
    }
}
