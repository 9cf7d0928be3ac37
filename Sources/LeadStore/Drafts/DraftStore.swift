import Foundation
import GRDB
import LeadModel

/// Drafts on disk: saved on every autosave, listed at start-up for "resume", deleted once
/// the lead is accepted by the core (the outbox does that) or wiped at a kiosk.
public struct DraftStore: Sendable {
    let database: LeadDatabase

    public init(database: LeadDatabase) { self.database = database }

    /// Writes the draft (insert or replace), without any CVC, stamped `updatedAt = now`.
    /// Returns what was stored.
    @discardableResult
    public func save(_ draft: Draft, at now: Date = Date()) throws -> Draft {
        var stored = draft
        stored.fields = CardDataPolicy.stripped(draft.fields)
        stored.updatedAt = now
        let fieldsJSON = try database.sealer.seal(DraftStore.encode(stored.fields))
        let (mode, editingLeadId) = DraftStore.columns(for: stored.mode)
        try database.queue.write { db in
            try db.execute(sql: """
                INSERT INTO draft (id, mode, editingLeadId, operatorName, createdAt, updatedAt,
                                   section, completeness, fields)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    mode = excluded.mode, editingLeadId = excluded.editingLeadId,
                    operatorName = excluded.operatorName, updatedAt = excluded.updatedAt,
                    section = excluded.section, completeness = excluded.completeness,
                    fields = excluded.fields
                """, arguments: [stored.id.uuidString, mode, editingLeadId, stored.operatorName,
                                 stored.createdAt.timeIntervalSince1970, now.timeIntervalSince1970,
                                 stored.section, stored.completeness, fieldsJSON])
        }
        return stored
    }

    /// Unfinished drafts, most recently changed first; only `operatorName`'s when given.
    /// `includingQueued: false` leaves out drafts whose lead waits in the outbox: offering
    /// them as unfinished would invite sending the lead twice (a refused one is offered again).
    public func list(operatorName: String? = nil, includingQueued: Bool = true) throws -> [DraftSummary] {
        try database.queue.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let operatorName {
                conditions.append("operatorName = ?")
                arguments += [operatorName]
            }
            if !includingQueued {
                conditions.append("""
                    id NOT IN (SELECT draftId FROM outbox WHERE draftId IS NOT NULL
                               AND state IN ('pending','sending','outcomeUnknown'))
                    """)
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM draft \(filter) ORDER BY updatedAt DESC", arguments: arguments)
            return try rows.map { row in
                let draft = try DraftStore.draft(from: row, sealer: database.sealer)
                return DraftSummary(id: draft.id, mode: draft.mode, operatorName: draft.operatorName,
                                    createdAt: draft.createdAt, updatedAt: draft.updatedAt,
                                    section: draft.section, completeness: draft.completeness,
                                    personName: draft.personName,
                                    filledFieldCount: draft.fields.values.filter { !$0.isEmpty }.count)
            }
        }
    }

    /// The draft with `id`, or nil when there is none (it was sent or deleted).
    public func load(_ id: UUID) throws -> Draft? {
        try database.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM draft WHERE id = ?", arguments: [id.uuidString])
                .map { try DraftStore.draft(from: $0, sealer: database.sealer) }
        }
    }

    /// Removes one draft; returns whether there was one.
    @discardableResult
    public func delete(_ id: UUID) throws -> Bool {
        let deleted = try database.queue.write { db in try DraftStore.delete(id, in: db) }
        if deleted { database.forgetDeletedContent() }
        return deleted
    }

    /// Kiosk wipe: removes every draft of `operatorName` and truncates the WAL so the text is
    /// gone from the files too. Returns how many were removed.
    @discardableResult
    public func deleteAll(operatorName: String) throws -> Int {
        let count = try database.queue.write { db in
            try db.execute(sql: "DELETE FROM draft WHERE operatorName = ?", arguments: [operatorName])
            return db.changesCount
        }
        try database.checkpointAndTruncate()
        return count
    }

    // MARK: - rows

    static func delete(_ id: UUID, in db: Database) throws -> Bool {
        try db.execute(sql: "DELETE FROM draft WHERE id = ?", arguments: [id.uuidString])
        return db.changesCount > 0
    }

    private static func columns(for mode: DraftMode) -> (String, Int64?) {
        switch mode {
        case .newLead: return ("new", nil)
        case .editing(let leadId): return ("edit", leadId)
        }
    }

    private static func encode(_ fields: [FieldPath: String]) -> String {
        // Unsorted: only `draft(from:)` reads these bytes, into a dictionary.
        FlatJSON.object(fields)
    }

    private static func draft(from row: Row, sealer: RowSealer) throws -> Draft {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw StoreError.corrupt(what: "draft", id: idText, reason: "bad id")
        }
        let mode: DraftMode
        switch (row["mode"] as String, row["editingLeadId"] as Int64?) {
        case ("edit", let leadId?): mode = .editing(leadId: leadId)
        case ("new", _): mode = .newLead
        default: throw StoreError.corrupt(what: "draft", id: idText, reason: "unknown mode")
        }
        let plain: [String: String]
        do {
            plain = try WireCoding.decode([String: String].self, from: Data(sealer.open(row["fields"]).utf8))
        } catch {
            throw StoreError.corrupt(what: "draft", id: idText, reason: "fields are not a JSON object of strings")
        }
        var fields: [FieldPath: String] = [:]
        for (key, text) in plain {
            // A path that no longer parses is kept as a single key rather than dropped.
            fields[FieldPath(parsing: key) ?? FieldPath([.key(key)])] = text
        }
        return Draft(id: id, mode: mode, operatorName: row["operatorName"],
                     createdAt: Date(timeIntervalSince1970: row["createdAt"]),
                     updatedAt: Date(timeIntervalSince1970: row["updatedAt"]),
                     section: row["section"], completeness: row["completeness"],
                     fields: CardDataPolicy.stripped(fields))
    }
}
