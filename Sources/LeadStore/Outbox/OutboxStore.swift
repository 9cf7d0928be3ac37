import Foundation
import GRDB
import LeadModel

/// The outbox on disk: submits kept until the core has them. Safe to use from two processes
/// at once (the app and `leadterm outbox`): every state change is one SQL transaction, and a
/// send is claimed atomically before it starts.
public struct OutboxStore: Sendable {
    let database: LeadDatabase

    public init(database: LeadDatabase) { self.database = database }

    /// Queues a submit, due now. The CVC is dropped here (and `needsCvc` set if there was one).
    @discardableResult
    public func enqueue(_ lead: Lead, kind: OutboxKind, draftId: UUID?, now: Date = Date()) throws -> OutboxEntry {
        try enqueue(lead, kind: kind, draftId: draftId, state: .pending, leaseUntil: nil, now: now)
    }

    /// Queues a submit already claimed for sending (the interactive submit path).
    func enqueueClaimed(_ lead: Lead, kind: OutboxKind, draftId: UUID?, leaseUntil: Date, now: Date) throws -> OutboxEntry {
        try enqueue(lead, kind: kind, draftId: draftId, state: .sending, leaseUntil: leaseUntil, now: now)
    }

    private func enqueue(_ lead: Lead, kind: OutboxKind, draftId: UUID?, state: OutboxState,
                         leaseUntil: Date?, now: Date) throws -> OutboxEntry {
        let (clean, hadCvc) = CardDataPolicy.stripped(lead)
        let sealer = database.sealer
        let json = try sealer.seal(String(decoding: try WireCoding.encode(clean), as: UTF8.self))
        let keys = DedupKeys(of: clean)
        let targetLeadId: Int64? = if case .update(let id) = kind { id } else { nil }
        let id = try database.queue.write { db -> Int64 in
            try db.execute(sql: """
                INSERT INTO outbox (draftId, kind, targetLeadId, leadJSON, needsCvc, state, attempts,
                                    nextAttemptAt, leaseUntil, createdAt, firstSentAt,
                                    dedupPhone, dedupLastName, dedupFirstName, dedupPatronymic)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [draftId?.uuidString, targetLeadId == nil ? "create" : "update", targetLeadId,
                                 json, hadCvc, state.name, 0,
                                 now.timeIntervalSince1970, leaseUntil?.timeIntervalSince1970,
                                 now.timeIntervalSince1970, nil as Double?,
                                 try sealer.seal(keys.mobilePhone), try sealer.seal(keys.lastName),
                                 try sealer.seal(keys.firstName), try sealer.seal(keys.patronymic)])
            return db.lastInsertedRowID
        }
        return OutboxEntry(id: id, draftId: draftId, kind: kind, lead: clean, needsCvc: hadCvc, state: state,
                           attempts: 0, lastError: nil, nextAttemptAt: now,
                           leaseUntil: leaseUntil, createdAt: now, firstSentAt: nil, dedupKeys: keys)
    }

    /// Every entry, oldest first.
    public func entries() throws -> [OutboxEntry] {
        try database.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id").map { try OutboxStore.entry(from: $0, sealer: database.sealer) }
        }
    }

    public func entry(_ id: Int64) throws -> OutboxEntry? {
        try database.queue.read { db in try OutboxStore.fetch(id, in: db, sealer: database.sealer) }
    }

    /// Removes an entry whatever its state; returns what was removed.
    @discardableResult
    public func drop(_ id: Int64) throws -> OutboxEntry? {
        let dropped = try database.queue.write { db -> OutboxEntry? in
            guard let entry = try OutboxStore.fetch(id, in: db, sealer: database.sealer) else { return nil }
            try db.execute(sql: "DELETE FROM outbox WHERE id = ?", arguments: [id])
            return entry
        }
        if dropped != nil { database.forgetDeletedContent() }
        return dropped
    }

    /// Makes waiting entries due at `now` (all, or just `id`). Naming a failed entry puts it
    /// back to pending: the operator asked for it. Returns how many were changed.
    @discardableResult
    public func makeDue(_ id: Int64? = nil, now: Date = Date()) throws -> Int {
        try database.queue.write { db in
            let t = now.timeIntervalSince1970
            if let id {
                try db.execute(sql: """
                    UPDATE outbox SET nextAttemptAt = ?,
                        state = CASE state WHEN 'failed' THEN 'pending' ELSE state END,
                        failureMessage = CASE state WHEN 'failed' THEN NULL ELSE failureMessage END
                    WHERE id = ? AND state IN ('pending', 'outcomeUnknown', 'failed')
                    """, arguments: [t, id])
            } else {
                try db.execute(sql: "UPDATE outbox SET nextAttemptAt = ? WHERE state IN ('pending', 'outcomeUnknown')",
                               arguments: [t])
            }
            return db.changesCount
        }
    }

    /// The operator decided to send without the CVC.
    public func waiveCvc(_ id: Int64, now: Date = Date()) throws {
        try database.queue.write { db in
            try db.execute(sql: "UPDATE outbox SET needsCvc = 0, nextAttemptAt = ? WHERE id = ?",
                           arguments: [now.timeIntervalSince1970, id])
        }
    }

    /// For the status line.
    public func status() throws -> OutboxStatus {
        try database.queue.read { db in
            let waiting = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE state IN ('pending','sending','outcomeUnknown')") ?? 0
            let failed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE state = 'failed'") ?? 0
            let needingCvc = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE needsCvc AND state IN ('pending','outcomeUnknown')") ?? 0
            let lastError = try String.fetchOne(db, sql: """
                SELECT lastError FROM outbox WHERE lastError IS NOT NULL AND state NOT IN ('sent')
                ORDER BY id DESC LIMIT 1
                """)
            let next = try Double.fetchOne(db, sql: "SELECT MIN(nextAttemptAt) FROM outbox WHERE state IN ('pending','outcomeUnknown')")
            return OutboxStatus(waiting: waiting, failed: failed, needingCvc: needingCvc, lastError: lastError,
                                nextAttemptAt: next.map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// Forgets sent entries older than `date` (they hold no lead content, only ids).
    @discardableResult
    public func purgeSent(before date: Date) throws -> Int {
        try database.queue.write { db in
            try db.execute(sql: "DELETE FROM outbox WHERE state = 'sent' AND createdAt < ?",
                           arguments: [date.timeIntervalSince1970])
            return db.changesCount
        }
    }

    // MARK: - processor steps (each one transaction)

    /// Entries the processor may claim now: due waiting ones, and sends whose lease ran out.
    func dueIds(now: Date) throws -> [Int64] {
        try database.queue.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM outbox
                WHERE (state IN ('pending','outcomeUnknown') AND nextAttemptAt <= ?)
                   OR (state = 'sending' AND leaseUntil <= ?)
                ORDER BY nextAttemptAt, id
                """, arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970])
        }
    }

    /// When the next entry becomes due (a lapsing lease counts), if any waits.
    func nextDueDate() throws -> Date? {
        try database.queue.read { db in
            try Double.fetchOne(db, sql: """
                SELECT MIN(t) FROM (
                    SELECT nextAttemptAt AS t FROM outbox WHERE state IN ('pending','outcomeUnknown')
                    UNION ALL SELECT leaseUntil FROM outbox WHERE state = 'sending' AND leaseUntil IS NOT NULL)
                """).map(Date.init(timeIntervalSince1970:))
        }
    }

    /// Atomically takes a due entry for sending. Returns it as it was before the claim (its
    /// state says whether a search must come first), or nil when someone else has it or it is
    /// no longer due. A send that crashed (expired lease) comes back as `outcomeUnknown` for a
    /// create (the POST may have gone out) and as `pending` for an idempotent update.
    func claim(_ id: Int64, now: Date, leaseUntil: Date) throws -> OutboxEntry? {
        try database.queue.write { db in
            guard var entry = try OutboxStore.fetch(id, in: db, sealer: database.sealer) else { return nil }
            let t = now.timeIntervalSince1970
            switch entry.state {
            case .pending, .outcomeUnknown:
                guard entry.nextAttemptAt.timeIntervalSince1970 <= t else { return nil }
            case .sending:
                guard let lease = entry.leaseUntil, lease.timeIntervalSince1970 <= t else { return nil }
                entry.state = entry.kind == .create ? .outcomeUnknown : .pending
            case .sent, .failed:
                return nil
            }
            try db.execute(sql: """
                UPDATE outbox SET state = 'sending', leaseUntil = ? WHERE id = ?
                """, arguments: [leaseUntil.timeIntervalSince1970, id])
            return entry
        }
    }

    /// Records that a request is about to go out: one more attempt, and the first send time.
    func markAttempt(_ id: Int64, now: Date) throws {
        try database.queue.write { db in
            try db.execute(sql: """
                UPDATE outbox SET attempts = attempts + 1, firstSentAt = COALESCE(firstSentAt, ?) WHERE id = ?
                """, arguments: [now.timeIntervalSince1970, id])
        }
    }

    /// The core has it: keep only the ids, wipe the lead and the dedup keys, delete the draft.
    func markSent(_ id: Int64, leadId: Int64, clientId: Int64?, now: Date = Date()) throws {
        try database.queue.write { db in
            try OutboxStore.recordSent(id, leadId: leadId, clientId: clientId, now: now, in: db, sealer: database.sealer)
        }
        database.forgetDeletedContent()
    }

    /// What became of an adoption.
    enum Adoption: Equatable {
        /// The entry now owns the lead (it is marked sent).
        case adopted
        /// Another entry owns that lead already.
        case ownedElsewhere
        /// Another create is being sent right now, and the lead could be its: its answer may be
        /// about to name this very lead, so the decision must wait until that send ends.
        case contested
    }

    /// Adopts the core's lead `leadId` for entry `id` after a search, in one transaction with
    /// the checks that make it safe: no other entry owns the lead, and no other create in
    /// flight (`sending`) is one `couldBeTheirs` says the lead may belong to.
    func adopt(_ id: Int64, leadId: Int64, clientId: Int64?, now: Date = Date(),
               unlessInFlight couldBeTheirs: (Lead) -> Bool) throws -> Adoption {
        let adoption = try database.queue.write { db -> Adoption in
            let owners = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE sentLeadId = ? AND id != ?",
                                          arguments: [leadId, id]) ?? 0
            guard owners == 0 else { return .ownedElsewhere }
            let inFlight = try Row.fetchAll(db, sql: """
                SELECT * FROM outbox WHERE kind = 'create' AND state = 'sending' AND id != ?
                """, arguments: [id]).map { try OutboxStore.entry(from: $0, sealer: database.sealer) }
            guard !inFlight.contains(where: { couldBeTheirs($0.lead) }) else { return .contested }
            try OutboxStore.recordSent(id, leadId: leadId, clientId: clientId, now: now, in: db, sealer: database.sealer)
            return .adopted
        }
        if adoption == .adopted { database.forgetDeletedContent() }
        return adoption
    }

    /// Keeps only the ids, the time and the person's name (sealed, for the sent history).
    private static func recordSent(_ id: Int64, leadId: Int64, clientId: Int64?, now: Date,
                                   in db: Database, sealer: RowSealer) throws {
        let draftId = try String.fetchOne(db, sql: "SELECT draftId FROM outbox WHERE id = ?", arguments: [id])
        let title = try? fetch(id, in: db, sealer: sealer).map { SentLead.title(of: $0.lead) }
        try db.execute(sql: """
            UPDATE outbox SET state = 'sent', sentLeadId = ?, sentClientId = ?, leaseUntil = NULL,
                leadJSON = '{}', needsCvc = 0, lastError = NULL, failureMessage = NULL,
                dedupPhone = '', dedupLastName = '', dedupFirstName = '', dedupPatronymic = '',
                sentAt = ?, sentTitle = ?
            WHERE id = ?
            """, arguments: [leadId, clientId, now.timeIntervalSince1970,
                             try (title ?? nil).map { try sealer.seal($0) }, id])
        if let draftId, let uuid = UUID(uuidString: draftId) {
            _ = try DraftStore.delete(uuid, in: db)
        }
    }

    /// Back to waiting (`pending` or `outcomeUnknown`) until `nextAttemptAt`.
    func markWaiting(_ id: Int64, state: OutboxState, error: String?, nextAttemptAt: Date) throws {
        try database.queue.write { db in
            try db.execute(sql: """
                UPDATE outbox SET state = ?, lastError = COALESCE(?, lastError), nextAttemptAt = ?, leaseUntil = NULL
                WHERE id = ?
                """, arguments: [state.name, error, nextAttemptAt.timeIntervalSince1970, id])
        }
    }

    /// The core refused it for good.
    func markFailed(_ id: Int64, message: String) throws {
        try database.queue.write { db in
            try db.execute(sql: """
                UPDATE outbox SET state = 'failed', failureMessage = ?, lastError = ?, leaseUntil = NULL WHERE id = ?
                """, arguments: [message, message, id])
        }
    }

    /// Lead ids the outbox already delivered: a search must not adopt them for another entry.
    func deliveredLeadIds() throws -> Set<Int64> {
        try database.queue.read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT sentLeadId FROM outbox WHERE sentLeadId IS NOT NULL"))
        }
    }

    // MARK: - rows

    private static func fetch(_ id: Int64, in db: Database, sealer: RowSealer) throws -> OutboxEntry? {
        try Row.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]).map { try entry(from: $0, sealer: sealer) }
    }

    private static func entry(from row: Row, sealer: RowSealer) throws -> OutboxEntry {
        let id: Int64 = row["id"]
        let kind: OutboxKind
        switch (row["kind"] as String, row["targetLeadId"] as Int64?) {
        case ("create", _): kind = .create
        case ("update", let leadId?): kind = .update(leadId: leadId)
        default: throw StoreError.corrupt(what: "outbox entry", id: String(id), reason: "unknown kind")
        }
        let state: OutboxState
        switch row["state"] as String {
        case "pending": state = .pending
        case "sending": state = .sending
        case "outcomeUnknown": state = .outcomeUnknown
        case "sent":
            guard let leadId = row["sentLeadId"] as Int64? else {
                throw StoreError.corrupt(what: "outbox entry", id: String(id), reason: "sent without a lead id")
            }
            state = .sent(leadId: leadId, clientId: row["sentClientId"])
        case "failed": state = .failed(message: row["failureMessage"] ?? "")
        default: throw StoreError.corrupt(what: "outbox entry", id: String(id), reason: "unknown state")
        }
        let lead: Lead
        do {
            lead = try WireCoding.decode(Lead.self, from: Data(sealer.open(row["leadJSON"]).utf8))
        } catch {
            throw StoreError.corrupt(what: "outbox entry", id: String(id), reason: "the lead is not valid JSON")
        }
        let keys: DedupKeys
        do {
            keys = DedupKeys(mobilePhone: try sealer.open(row["dedupPhone"]), lastName: try sealer.open(row["dedupLastName"]),
                             firstName: try sealer.open(row["dedupFirstName"]), patronymic: try sealer.open(row["dedupPatronymic"]))
        } catch {
            throw StoreError.corrupt(what: "outbox entry", id: String(id), reason: "sealed with another storage key")
        }
        return OutboxEntry(
            id: id, draftId: (row["draftId"] as String?).flatMap(UUID.init(uuidString:)), kind: kind,
            lead: CardDataPolicy.stripped(lead).lead, needsCvc: row["needsCvc"], state: state,
            attempts: row["attempts"], lastError: row["lastError"],
            nextAttemptAt: Date(timeIntervalSince1970: row["nextAttemptAt"]),
            leaseUntil: (row["leaseUntil"] as Double?).map(Date.init(timeIntervalSince1970:)),
            createdAt: Date(timeIntervalSince1970: row["createdAt"]),
            firstSentAt: (row["firstSentAt"] as Double?).map(Date.init(timeIntervalSince1970:)),
            dedupKeys: keys)
    }
}

/// What the status line shows about the outbox.
public struct OutboxStatus: Hashable, Sendable {
    /// On their way to the core (pending, sending, outcome unknown).
    public var waiting: Int
    /// Refused by the core, waiting for the operator.
    public var failed: Int
    /// Waiting ones whose CVC must be entered again (or waived) before they can be sent.
    public var needingCvc: Int
    /// The latest failure message among unsent entries.
    public var lastError: String?
    /// When the next retry is due.
    public var nextAttemptAt: Date?

    public init(waiting: Int, failed: Int, needingCvc: Int, lastError: String?, nextAttemptAt: Date?) {
        self.waiting = waiting
        self.failed = failed
        self.needingCvc = needingCvc
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
    }

    public var isEmpty: Bool { waiting == 0 && failed == 0 }
}
