import Foundation
import GRDB
import LeadModel

/// A lead the core has taken from the outbox: its number, so that a lead queued earlier and
/// sent in the background can be found by the operator (kept as long as sent entries are).
public struct SentLead: Hashable, Sendable {
    public var outboxId: Int64
    public var leadId: Int64
    public var clientId: Int64?
    /// Set for an edit of an existing lead.
    public var editingLeadId: Int64?
    /// When the core took it (nil for entries sent before the history was kept).
    public var sentAt: Date?
    /// Whose lead it was (personal data: sealed on disk, never printed by the command line).
    public var title: String?

    public init(outboxId: Int64, leadId: Int64, clientId: Int64?, editingLeadId: Int64?, sentAt: Date?, title: String?) {
        self.outboxId = outboxId
        self.leadId = leadId
        self.clientId = clientId
        self.editingLeadId = editingLeadId
        self.sentAt = sentAt
        self.title = title
    }

    /// The person's name as the outbox shows it.
    public static func title(of lead: Lead) -> String {
        [lead.lastName, lead.firstName, lead.patronymic].compactMap { $0 }.joined(separator: " ")
    }
}

extension OutboxStore {
    /// The last `limit` leads the core took, the latest first.
    public func recentlySent(limit: Int = 20) throws -> [SentLead] {
        try database.queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, kind, targetLeadId, sentLeadId, sentClientId, sentAt, sentTitle FROM outbox
                WHERE state = 'sent' AND sentLeadId IS NOT NULL
                ORDER BY COALESCE(sentAt, createdAt) DESC, id DESC LIMIT ?
                """, arguments: [limit]).map { row in
                let sealed: String? = row["sentTitle"]
                return SentLead(outboxId: row["id"], leadId: row["sentLeadId"], clientId: row["sentClientId"],
                                editingLeadId: (row["kind"] as String) == "update" ? row["targetLeadId"] : nil,
                                sentAt: (row["sentAt"] as Double?).map(Date.init(timeIntervalSince1970:)),
                                title: sealed.flatMap { try? database.sealer.open($0) })
            }
        }
    }

    /// The entry's place in the queue of waiting ones (1 = sent next), nil once it is not waiting.
    public func place(of id: Int64) throws -> Int? {
        try database.queue.read { db in
            let waiting = "state IN ('pending','sending','outcomeUnknown')"
            guard try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM outbox WHERE id = ? AND \(waiting)",
                                    arguments: [id]) == true else { return nil }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE id <= ? AND \(waiting)", arguments: [id])
        }
    }
}
