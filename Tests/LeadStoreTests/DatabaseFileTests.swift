import Foundation
import Logging
import LeadModel
import Testing
@testable import LeadStore

@Suite("Database file")
struct DatabaseFileTests {
    @Test("a fresh file gets every migration; reopening keeps the data and applies none twice")
    func migrations() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let draft = Draft(operatorName: "ivanova", fields: ["firstName": "Анна"])
        do {
            let db = try folder.open()
            #expect(try db.appliedMigrations() == ["v1-drafts", "v1-outbox", "v2-sealed", "v3-sent-history"])
            try DraftStore(database: db).save(draft)
        }
        let reopened = try folder.open()
        #expect(try reopened.appliedMigrations() == ["v1-drafts", "v1-outbox", "v2-sealed", "v3-sent-history"])
        #expect(try DraftStore(database: reopened).load(draft.id)?.fields["firstName"] == "Анна")
    }

    @Test("folder 0700, database and WAL files 0600, loose permissions tightened on open")
    func permissions() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let db = try folder.open()
        try DraftStore(database: db).save(Draft(operatorName: "x"))
        #expect(FilePermissions.mode(of: folder.directory.url.path) == 0o700)
        #expect(FilePermissions.mode(of: db.path) == 0o600)
        #expect(FilePermissions.mode(of: db.path + "-wal") == 0o600)
        #expect(FilePermissions.mode(of: db.path + "-shm") == 0o600)

        chmod(folder.directory.url.path, 0o755)
        chmod(db.path, 0o644)
        let again = try folder.open()
        #expect(FilePermissions.mode(of: folder.directory.url.path) == 0o700)
        #expect(FilePermissions.mode(of: again.path) == 0o600)
    }

    @Test("the WAL journal and FULL synchronous mode are in force")
    func durabilitySettings() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let db = try folder.open()
        let (journal, sync) = try db.queue.read { d in
            (try String.fetchOne(d, sql: "PRAGMA journal_mode"), try Int.fetchOne(d, sql: "PRAGMA synchronous"))
        }
        #expect(journal == "wal")
        #expect(sync == 2)  // FULL
    }

    @Test("the XDG data folder is used, with the ~/.local/share fallback")
    func location() {
        #expect(DataDirectory.standard(environment: ["XDG_DATA_HOME": "/data/u", "HOME": "/home/u"]).url.path
                == "/data/u/leadterm")
        #expect(DataDirectory.standard(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"]).url.path
                == "/home/u/.local/share/leadterm")
        #expect(DataDirectory.standard(environment: ["HOME": "/home/u"]).databaseURL.path
                == "/home/u/.local/share/leadterm/leadterm.sqlite")
    }

    @Test("a CVC never reaches the database, the WAL or the shared memory file")
    func cvcNeverOnDisk() async throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let db = try folder.open()
        let cvc = "CVC-Q7x3"  // distinctive, so a hit can only be the CVC
        try DraftStore(database: db).save(Draft(operatorName: "x", fields: ["cardCvc": cvc, "cardNumber": "4276380012345678"]))
        let outbox = OutboxStore(database: db)
        let entry = try outbox.enqueue(Leads.person("Иванов", "Иван", nil, phone: "79161234567", cvc: cvc),
                                       kind: .create, draftId: nil)
        #expect(entry.needsCvc)
        #expect(entry.lead.cardCvc == nil)
        #expect(try outbox.entry(entry.id)?.needsCvc == true)

        // The interactive path too: the CVC goes to the core but not to disk.
        let clock = TestClock()
        let core = FakeCore(clock: clock, creates: [.fail(.retryable("core unreachable")), .accept])
        let processor = OutboxProcessor(store: outbox, transport: core, clock: { clock.now }, logger: .quiet)
        _ = try await processor.submit(Leads.person("Петров", "Пётр", nil, phone: "79160000000", cvc: cvc),
                                       kind: .create, draftId: nil)
        clock.advance(600)
        try await processor.drainOnce()
        #expect(await core.stored.first?.lead.cardCvc == cvc)

        #expect(try RawFiles.contains(RowSealer.prefix, database: db))  // the scan does see the sealed rows
        #expect(try !RawFiles.contains(cvc, database: db))
        // Opened, the stored text holds the card number but no CVC.
        let opened = try RawFiles.openedColumns(database: db)
        #expect(opened.contains { $0.contains("4276380012345678") })
        #expect(!opened.contains { $0.contains(cvc) || $0.contains("cardCvc") })
    }
}
