import Foundation
import GRDB
import LeadModel

/// What start-up did with a damaged database: where the file went and what came back.
public struct DatabaseRecovery: Equatable, Sendable {
    /// The damaged file's new path (its `-wal`/`-shm` beside it with the same name).
    public var movedTo: String
    /// What SQLite said about it.
    public var detail: String
    public var recoveredDrafts: Int
    public var recoveredOutboxEntries: Int
}

extension LeadDatabase {
    /// Opens the database at `path`; when it is damaged (not a database, or `quick_check`
    /// finds damage), moves it aside as `leadterm.sqlite.damaged-YYYYMMDD-HHMMSS`, starts a
    /// fresh one and copies into it every draft and outbox row that still reads. The app then
    /// starts on the fresh file and says where the old one is.
    public static func openRecovering(path: String, key: StorageKey, now: Date = Date()) throws
        -> (database: LeadDatabase, recovery: DatabaseRecovery?) {
        let detail: String
        do {
            return (try LeadDatabase(path: path, key: key, now: now), nil)
        } catch StoreError.damaged(_, let what) {
            detail = what
        }
        let aside = path + ".damaged-" + stamp(now)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            guard rename(path + suffix, aside + suffix) == 0 else {
                throw StoreError.permissions(path: path + suffix, errno: errno)
            }
        }
        let fresh = try LeadDatabase(path: path, key: key, now: now)
        let (drafts, outbox) = try salvage(from: aside, into: fresh, now: now)
        return (fresh, DatabaseRecovery(movedTo: aside, detail: detail,
                                        recoveredDrafts: drafts, recoveredOutboxEntries: outbox))
    }

    /// Copies the rows that read from the damaged file: a scan from each end of each table,
    /// since a damaged page stops a scan where it sits. Returns drafts and outbox rows kept.
    private static func salvage(from damaged: String, into fresh: LeadDatabase, now: Date) throws -> (Int, Int) {
        var config = Configuration()
        config.readonly = true
        guard let source = try? DatabaseQueue(path: damaged, configuration: config) else { return (0, 0) }
        defer { try? source.close() }
        var counts: [Int] = []
        for table in ["draft", "outbox"] {
            let rows = readableRows(of: table, in: source)
            let copied = try fresh.queue.write { db -> Int in
                let columns = Set(try db.columns(in: table).map(\.name))
                var copied = 0
                for row in rows {
                    let names = row.columnNames.filter(columns.contains)
                    guard !names.isEmpty else { continue }
                    let values = names.map { row[$0] as DatabaseValue }
                    try db.execute(sql: "INSERT OR IGNORE INTO \(table) (\(names.joined(separator: ", "))) VALUES ("
                                       + names.map { _ in "?" }.joined(separator: ", ") + ")",
                                   arguments: StatementArguments(values))
                    copied += db.changesCount
                }
                return copied
            }
            counts.append(copied)
        }
        // Rows from a file older than sealing are sealed now; rows sealed with another key
        // are set aside, as at any open.
        let removed = try fresh.queue.write { db in
            try SealedRows.sealPlainRows(in: db, with: fresh.sealer)
            return try SealedRows.setAsideUnreadable(in: db, with: fresh.sealer, now: now)
        }
        try fresh.checkpointAndTruncate()
        return (counts[0] - removed.drafts, counts[1] - removed.outbox)
    }

    private static func readableRows(of table: String, in source: DatabaseQueue) -> [Row] {
        var byId: [String: Row] = [:]
        for order in ["ASC", "DESC"] {
            try? source.read { db in
                let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY rowid \(order)")
                while let row = try cursor.next() {
                    let id = (row["id"] as DatabaseValue).description
                    byId[id] = byId[id] ?? row.copy()
                }
            }
        }
        return byId.keys.sorted().compactMap { byId[$0] }
    }

    /// `20261203-142200`, local time.
    static func stamp(_ now: Date) -> String {
        let t = ClockTime.local(now)
        return String(format: "%04d%02d%02d-%02d%02d%02d", t.year, t.month, t.day, t.hour, t.minute, t.second)
    }
}
