import Foundation
import GRDB
import LeadModel
import Testing
@testable import LeadStore

/// Card data and the rest of a lead at rest: sealed in every file, gone from every file once
/// the lead is sent, and a lost key or a damaged file never stops the app.
@Suite("Data at rest")
struct DataAtRestTests {
    static let cardNumber = "4276380012345678"
    static let passportNo = "PASSNO-7731904"
    static let holder = "OKSANA-ZHUKOVSKAYA"
    static let lastName = "Жуковская-Тест"

    static func lead() -> Lead {
        var lead = Leads.person(lastName, "Оксана", nil, phone: "79161112233")
        lead.cardNumber = cardNumber
        lead.cardHolder = holder
        var passport = Passport()
        passport.no = passportNo
        lead.passport = passport
        return lead
    }

    static let draftFields: [FieldPath: String] = [
        "cardNumber": cardNumber, "cardHolder": holder, "passport.no": passportNo, "lastName": lastName,
    ]

    /// Every file in the data folder (database, WAL, shared memory, anything else) as bytes.
    static func filesHolding(_ text: String, in folder: URL) throws -> [String] {
        let needle = Data(text.utf8)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { name in
            try Data(contentsOf: folder.appendingPathComponent(name)).range(of: needle) != nil
        }
    }

    static let secrets = [cardNumber, passportNo, holder, lastName]

    @Test("card number, passport and holder are sealed in the draft and the outbox row: no file holds them in clear")
    func sealedWhileWaiting() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let db = try folder.open()
        let draft = Draft(operatorName: "ivanova", fields: Self.draftFields)
        try DraftStore(database: db).save(draft)
        let entry = try OutboxStore(database: db).enqueue(Self.lead(), kind: .create, draftId: draft.id)

        for secret in Self.secrets {
            #expect(try Self.filesHolding(secret, in: folder.directory.url).isEmpty, "\(secret) in clear on disk")
        }
        // …and they all read back through the store.
        #expect(try DraftStore(database: db).load(draft.id)?.fields == Self.draftFields)
        let back = try #require(try OutboxStore(database: db).entry(entry.id))
        #expect(back.lead.cardNumber == Self.cardNumber && back.lead.cardHolder == Self.holder)
        #expect(back.dedupKeys == DedupKeys(of: Self.lead()))
        // The key lives outside the data folder, owner-only.
        #expect(!folder.keyURL.path.hasPrefix(folder.directory.url.path))
        #expect(FilePermissions.mode(of: folder.keyURL.path) == 0o600)
    }

    @Test("once the core has the lead, nothing of it is left in any file, even as a killed process leaves them")
    func nothingLeftAfterSent() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let db = try folder.open()
        let draft = Draft(operatorName: "ivanova", fields: Self.draftFields)
        try DraftStore(database: db).save(draft)
        let outbox = OutboxStore(database: db)
        let entry = try outbox.enqueue(Self.lead(), kind: .create, draftId: draft.id)
        let sealedBefore = try db.queue.read { d in try String.fetchOne(d, sql: "SELECT leadJSON FROM outbox") } ?? ""
        #expect(RowSealer.isSealed(sealedBefore))

        try outbox.markSent(entry.id, leadId: 501, clientId: 77)
        // Copy the files while the database is still open: what `kill -9` here would leave.
        let snapshot = folder.root.appendingPathComponent("snapshot")
        try FileManager.default.copyItem(at: folder.directory.url, to: snapshot)
        for place in [folder.directory.url, snapshot] {
            for secret in Self.secrets + [String(sealedBefore.suffix(24))] {
                #expect(try Self.filesHolding(secret, in: place).isEmpty, "\(secret) left in \(place.lastPathComponent)")
            }
        }
        let walSize = (try? FileManager.default.attributesOfItem(atPath: db.path + "-wal")[.size] as? Int) ?? 0
        #expect(walSize == 0, "the WAL was not truncated after the send")
        #expect(try DraftStore(database: db).load(draft.id) == nil)
    }

    @Test("a dropped outbox entry and a deleted draft leave no sealed text behind either")
    func nothingLeftAfterDropAndDelete() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let db = try folder.open()
        let draft = Draft(operatorName: "ivanova", fields: Self.draftFields)
        try DraftStore(database: db).save(draft)
        let entry = try OutboxStore(database: db).enqueue(Self.lead(), kind: .create, draftId: nil)
        #expect(try RawFiles.contains(RowSealer.prefix, database: db))
        try OutboxStore(database: db).drop(entry.id)
        try DraftStore(database: db).delete(draft.id)
        #expect(try !RawFiles.contains(RowSealer.prefix, database: db))
    }

    @Test("a missing key: the rows sealed with it are set aside and counted, the rest works, nothing crashes")
    func missingKey() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let old = Draft(operatorName: "ivanova", fields: Self.draftFields)
        do {
            let db = try folder.open()
            try DraftStore(database: db).save(old)
            try OutboxStore(database: db).enqueue(Self.lead(), kind: .create, draftId: old.id)
        }
        try FileManager.default.removeItem(at: folder.keyURL)

        let db = try folder.open()
        #expect(try folder.key().wasCreated == false)  // made anew by the open above, kept since
        #expect(db.setAsideAtOpen == SetAsideCount(drafts: 1, outboxEntries: 1))
        #expect(try db.setAsideCount() == 2)
        #expect(try DraftStore(database: db).list().isEmpty)
        #expect(try OutboxStore(database: db).entries().isEmpty)
        // Still sealed where they wait, and new work goes on with the new key.
        for secret in Self.secrets { #expect(try Self.filesHolding(secret, in: folder.directory.url).isEmpty) }
        let fresh = Draft(operatorName: "ivanova", fields: ["lastName": "Новая"])
        try DraftStore(database: db).save(fresh)
        #expect(try DraftStore(database: db).list().map(\.id) == [fresh.id])
        // A later open sets nothing more aside.
        #expect(try folder.open().setAsideAtOpen.total == 0)
    }

    @Test("a key file that is not a key is refused in words, and never overwritten")
    func badKeyFile() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        try FileManager.default.createDirectory(at: folder.keyURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("short".utf8).write(to: folder.keyURL)
        #expect {
            try folder.key()
        } throws: { error in
            "\(error)".contains("holds 5 bytes, a key has 32")
        }
        #expect(try Data(contentsOf: folder.keyURL) == Data("short".utf8))
    }

    @Test("a database from before sealing is sealed by the migration and reads as before")
    func migratesClearRows() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        try folder.directory.prepare()
        // A v1 file as the previous release wrote it: clear JSON in the rows.
        do {
            let queue = try DatabaseQueue(path: folder.directory.databaseURL.path)
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1-drafts'), ('v1-outbox');
                    CREATE TABLE draft (id TEXT PRIMARY KEY, mode TEXT NOT NULL, editingLeadId INTEGER,
                        operatorName TEXT NOT NULL, createdAt DOUBLE NOT NULL, updatedAt DOUBLE NOT NULL,
                        section TEXT, completeness DOUBLE NOT NULL, fields TEXT NOT NULL);
                    CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, draftId TEXT, kind TEXT NOT NULL,
                        targetLeadId INTEGER, leadJSON TEXT NOT NULL, needsCvc BOOLEAN NOT NULL, state TEXT NOT NULL,
                        sentLeadId INTEGER, sentClientId INTEGER, failureMessage TEXT, attempts INTEGER NOT NULL,
                        lastError TEXT, nextAttemptAt DOUBLE NOT NULL, leaseUntil DOUBLE, createdAt DOUBLE NOT NULL,
                        firstSentAt DOUBLE, dedupPhone TEXT NOT NULL, dedupLastName TEXT NOT NULL,
                        dedupFirstName TEXT NOT NULL, dedupPatronymic TEXT NOT NULL);
                    """)
                let fields = String(decoding: try WireCoding.encode(["cardNumber": Self.cardNumber, "lastName": Self.lastName]), as: UTF8.self)
                try db.execute(sql: "INSERT INTO draft VALUES ('6F1C2E4A-0000-4000-8000-000000000001', 'new', NULL, 'ivanova', 1, 2, NULL, 0.5, ?)",
                               arguments: [fields])
                let lead = String(decoding: try WireCoding.encode(Self.lead()), as: UTF8.self)
                try db.execute(sql: """
                    INSERT INTO outbox (kind, leadJSON, needsCvc, state, attempts, nextAttemptAt, createdAt,
                        dedupPhone, dedupLastName, dedupFirstName, dedupPatronymic)
                    VALUES ('create', ?, 0, 'pending', 0, 1, 1, '79161112233', ?, 'оксана', '')
                    """, arguments: [lead, Self.lastName.lowercased()])
            }
        }
        #expect(try !Self.filesHolding(Self.cardNumber, in: folder.directory.url).isEmpty)  // clear before

        let db = try folder.open()
        #expect(try db.appliedMigrations() == ["v1-drafts", "v1-outbox", "v2-sealed", "v3-sent-history"])
        for secret in Self.secrets { #expect(try Self.filesHolding(secret, in: folder.directory.url).isEmpty, "\(secret)") }
        let draft = try DraftStore(database: db).list().first
        #expect(draft?.personName == Self.lastName)
        let entry = try #require(try OutboxStore(database: db).entries().first)
        #expect(entry.lead.cardNumber == Self.cardNumber)
        #expect(entry.dedupKeys.mobilePhone == "79161112233")
    }
}

@Suite("Damaged database")
struct DamagedDatabaseTests {
    /// A folder with `count` drafts and one outbox entry, closed.
    static func filled(_ folder: TempDataFolder, drafts count: Int) throws -> [Draft] {
        let db = try folder.open()
        let store = DraftStore(database: db)
        let drafts = (0..<count).map { i in
            Draft(operatorName: "ivanova", fields: ["lastName": "Фамилия\(i)", "comment": String(repeating: "x", count: 900)])
        }
        for d in drafts { try store.save(d) }
        try OutboxStore(database: db).enqueue(DataAtRestTests.lead(), kind: .create, draftId: nil)
        try db.checkpointAndTruncate()
        return drafts
    }

    static func overwrite(_ path: String, at offset: Int, count: Int) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        handle.write(Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }))
    }

    @Test("a damaged header (SQLite error 26): moved aside with a time stamp, a fresh database opens")
    func damagedHeader() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        _ = try Self.filled(folder, drafts: 3)
        let path = folder.directory.databaseURL.path
        try Self.overwrite(path, at: 0, count: 100)
        #expect(throws: StoreError.self) { try folder.open() }

        let (db, recovery) = try LeadDatabase.openRecovering(path: path, key: folder.key(),
                                                             now: Date(timeIntervalSince1970: 1_764_771_720))
        let report = try #require(recovery)
        #expect(report.movedTo.hasPrefix(path + ".damaged-"))
        #expect(report.movedTo.count == (path + ".damaged-20251203-142200").count)
        #expect(FileManager.default.fileExists(atPath: report.movedTo))
        #expect(report.detail.contains("26"))
        #expect(report.recoveredDrafts == 0 && report.recoveredOutboxEntries == 0)
        try DraftStore(database: db).save(Draft(operatorName: "ivanova"))
        #expect(try DraftStore(database: db).list().count == 1)
    }

    @Test("damaged pages: quick_check finds them, the file is moved aside, the rows that read are copied")
    func damagedPage() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let drafts = try Self.filled(folder, drafts: 40)
        let path = folder.directory.databaseURL.path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let pageSize = 4096
        #expect(size / pageSize > 8)
        // A leaf page in the middle of the draft table.
        try Self.overwrite(path, at: (size / pageSize / 2) * pageSize, count: pageSize)

        let (db, recovery) = try LeadDatabase.openRecovering(path: path, key: folder.key())
        let report = try #require(recovery, "the damage was not noticed")
        #expect(FileManager.default.fileExists(atPath: report.movedTo))
        let listed = try DraftStore(database: db).list()
        #expect(listed.count == report.recoveredDrafts)
        #expect(report.recoveredDrafts > 0 && report.recoveredDrafts < drafts.count,
                "\(report.recoveredDrafts) of \(drafts.count) drafts recovered")
        #expect(report.recoveredOutboxEntries == 1)
        #expect(try OutboxStore(database: db).entries().first?.lead.cardNumber == DataAtRestTests.cardNumber)
        #expect(try LeadDatabase(path: path, key: folder.key()).setAsideAtOpen.total == 0)
    }
}
