import Foundation
import GRDB

/// The one SQLite file that holds drafts and the outbox (`leadterm.sqlite`, 0600, in a 0700 folder).
///
/// Durability: WAL journal with `synchronous = FULL`. In WAL mode NORMAL survives a killed
/// process (`kill -9`: the WAL is in the OS page cache and is kept), but a power cut can lose
/// the last transactions because NORMAL does not fsync the WAL on commit. The promise is "at
/// most the last second of typing is lost" across power cuts too, so every commit is fsynced
/// (FULL). The writes here are a few KB at most once a second, so the fsync cost is invisible.
///
/// `secure_delete` zeroes deleted rows in the file, so a deleted draft or a sent outbox entry
/// does not linger on disk in free pages; and the WAL is checkpointed and truncated when a
/// lead leaves the outbox or a draft is deleted (and at every open, for a WAL a killed process
/// left), so its old frames do not keep them either. The personal data in the rows is sealed
/// with the storage key (`RowSealer`), so what does sit in the files is unreadable without it.
public final class LeadDatabase: Sendable {
    /// The GRDB connection. Internal to the store: callers go through `DraftStore`/`OutboxStore`.
    let queue: DatabaseQueue
    /// Where the file lives.
    public let path: String
    let sealer: RowSealer
    /// Rows this open moved to `setAside` because the storage key could not open them.
    public let setAsideAtOpen: SetAsideCount

    /// Opens (creating if needed) the database in `directory`, with owner-only permissions.
    public convenience init(directory: DataDirectory, key: StorageKey) throws {
        try directory.prepare()
        try self.init(path: directory.databaseURL.path, key: key)
    }

    /// Opens (creating if needed) the database at an explicit path; the folder must exist.
    /// A file that is not a database or fails `PRAGMA quick_check` throws `StoreError.damaged`
    /// (`openRecovering` moves it aside and starts afresh).
    public init(path: String, key: StorageKey, now: Date = Date()) throws {
        self.path = path
        let sealer = RowSealer(key: key)
        self.sealer = sealer
        try LeadDatabase.createOwnerOnly(path)
        var config = Configuration()
        // Another leadterm process (the `outbox` command while the app runs) may hold the
        // write lock for a moment; wait for it instead of failing.
        config.busyMode = .timeout(5)
        // WAL is switched on here rather than through `config.journalMode`: GRDB's WAL set-up
        // runs after `prepareDatabase` and lowers `synchronous` to NORMAL.
        config.prepareDatabase { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            guard mode == "wal" else { throw DatabaseError(message: "could not switch \(path) to WAL") }
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            let problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            guard problems == ["ok"] else {
                throw StoreError.damaged(path: path, detail: problems.prefix(3).joined(separator: "; "))
            }
        } catch let error as DatabaseError where Self.isDamage(error) {
            throw StoreError.damaged(path: path, detail: "SQLite error \(error.resultCode.rawValue): \(error.message ?? "")")
        }
        self.queue = queue
        try Schema.migrator(sealer: sealer).migrate(queue)
        let moved = try queue.write { db in try SealedRows.setAsideUnreadable(in: db, with: sealer, now: now) }
        setAsideAtOpen = SetAsideCount(drafts: moved.drafts, outboxEntries: moved.outbox)
        forgetDeletedContent()
        try tightenPermissions()
    }

    /// SQLite's "not a database" (26) and "corrupt" (11).
    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    /// Rows kept in `setAside` (sealed with a key that is gone), all opens together.
    public func setAsideCount() throws -> Int {
        try queue.read { db in try SealedRows.setAsideCount(in: db) }
    }

    /// Sets the database file and its `-wal`/`-shm` companions to 0600 (SQLite creates the
    /// companions with the main file's mode, but a file copied in from elsewhere may be looser).
    public func tightenPermissions() throws {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try FilePermissions.restrict(path + suffix, to: 0o600)
        }
    }

    /// Copies the WAL into the main file and truncates it, so deleted content no longer sits
    /// in the WAL either (after a kiosk wipe, a sent lead, a deleted draft).
    public func checkpointAndTruncate() throws {
        try queue.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
        }
    }

    /// The names of the schema migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try queue.read { db in try Schema.migrator(sealer: sealer).appliedMigrations(db) }
    }

    /// After a lead left the outbox or a draft was deleted: truncate the WAL so the old frames
    /// go with it. Another process reading at that moment can keep the checkpoint from
    /// finishing; the next one (or the next open) completes it, so a failure here is not one
    /// of the operator's.
    func forgetDeletedContent() {
        _ = try? checkpointAndTruncate()
    }

    /// Creates an empty file with mode 0600 before SQLite does, so it never exists with
    /// the umask's looser mode even for a moment.
    private static func createOwnerOnly(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        guard fd >= 0 else { throw StoreError.permissions(path: path, errno: errno) }
        close(fd)
    }
}

/// Rows set aside at one open, by table.
public struct SetAsideCount: Equatable, Sendable {
    public var drafts: Int
    public var outboxEntries: Int
    public var total: Int { drafts + outboxEntries }
}
