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
/// does not linger on disk in free pages.
public final class LeadDatabase: Sendable {
    /// The GRDB connection. Internal to the store: callers go through `DraftStore`/`OutboxStore`.
    let queue: DatabaseQueue
    /// Where the file lives.
    public let path: String

    /// Opens (creating if needed) the database in `directory`, with owner-only permissions.
    public convenience init(directory: DataDirectory) throws {
        try directory.prepare()
        try self.init(path: directory.databaseURL.path)
    }

    /// Opens (creating if needed) the database at an explicit path; the folder must exist.
    public init(path: String) throws {
        self.path = path
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
        queue = try DatabaseQueue(path: path, configuration: config)
        try Schema.migrator.migrate(queue)
        try tightenPermissions()
    }

    /// Sets the database file and its `-wal`/`-shm` companions to 0600 (SQLite creates the
    /// companions with the main file's mode, but a file copied in from elsewhere may be looser).
    public func tightenPermissions() throws {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try FilePermissions.restrict(path + suffix, to: 0o600)
        }
    }

    /// Copies the WAL into the main file and truncates it, so deleted content no longer sits
    /// in the WAL either (after a kiosk wipe).
    public func checkpointAndTruncate() throws {
        try queue.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
        }
    }

    /// The names of the schema migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try queue.read { db in try Schema.migrator.appliedMigrations(db) }
    }

    /// Creates an empty file with mode 0600 before SQLite does, so it never exists with
    /// the umask's looser mode even for a moment.
    private static func createOwnerOnly(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        guard fd >= 0 else { throw StoreError.permissions(path: path, errno: errno) }
        close(fd)
    }
}
