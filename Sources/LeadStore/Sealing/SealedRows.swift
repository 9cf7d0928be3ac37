import Foundation
import GRDB
import LeadModel

/// Which columns hold personal data, and the two passes over them: sealing rows written in
/// clear (before sealing existed), and moving rows the key cannot open out of the way.
enum SealedRows {
    static let draftColumns = ["fields"]
    static let outboxColumns = ["leadJSON", "dedupPhone", "dedupLastName", "dedupFirstName", "dedupPatronymic", "sentTitle"]

    /// Seals every clear personal-data column (the migration from v1).
    static func sealPlainRows(in db: Database, with sealer: RowSealer) throws {
        for (table, columns, key) in [("draft", draftColumns, "id"), ("outbox", outboxColumns, "id")] {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") {
                let id: DatabaseValue = row[key]
                for column in columns {
                    guard let text = row[column] as String?, !RowSealer.isSealed(text) else { continue }
                    try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(key) = ?",
                                   arguments: [try sealer.seal(text), id])
                }
            }
        }
    }

    /// How many rows were set aside, by table.
    struct SetAside: Equatable, Sendable {
        var drafts = 0
        var outbox = 0
        var total: Int { drafts + outbox }
    }

    /// Moves every draft and outbox row whose sealed columns this key cannot open into
    /// `setAside` (as stored, still sealed), so the rest of the app only ever sees rows it can
    /// read and the unreadable ones are kept should the old key come back.
    static func setAsideUnreadable(in db: Database, with sealer: RowSealer, now: Date) throws -> SetAside {
        var moved = SetAside()
        for (table, columns) in [("draft", draftColumns), ("outbox", outboxColumns)] {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") {
                let readable = columns.allSatisfy { column in
                    (row[column] as String?).map(sealer.opens) ?? true
                }
                if readable { continue }
                let id: DatabaseValue = row["id"]
                try db.execute(sql: """
                    INSERT INTO setAside (fromTable, originalId, columns, reason, movedAt) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [table, text(of: id), try json(of: row),
                                     "sealed with another storage key", now.timeIntervalSince1970])
                try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
                if table == "draft" { moved.drafts += 1 } else { moved.outbox += 1 }
            }
        }
        return moved
    }

    /// Rows waiting in `setAside`.
    static func setAsideCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM setAside") ?? 0
    }

    private static func json(of row: Row) throws -> String {
        var object: [String: String] = [:]
        for (column, value) in row { object[column] = text(of: value) }
        return String(decoding: try WireCoding.encode(object), as: UTF8.self)
    }

    private static func text(of value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let v): return String(v)
        case .double(let v): return String(v)
        case .string(let v): return v
        case .blob(let v): return v.base64EncodedString()
        }
    }
}
