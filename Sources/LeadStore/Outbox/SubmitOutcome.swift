/// How a submit ended: one type from the outbox to the form. The outbox's layers say it with
/// the core's own words (`SubmitOutcome<String>`); the app, in the operator's language
/// (`SubmitOutcome<LocalizedText>`).
public enum SubmitOutcome<Message: Hashable & Sendable>: Hashable, Sendable {
    /// The core has the lead (its draft is deleted); `clientId` is the client it was linked
    /// to or created, when the core could be asked.
    case accepted(leadId: Int64, clientId: Int64?)
    /// Not sent yet: kept in the outbox (entry `outboxId`) and sent in the background. The
    /// message says why.
    case queued(outboxId: Int64, message: Message)
    /// The core refused it; the draft keeps every field for the operator to fix. `outboxId`:
    /// the entry kept as failed, when no draft holds the lead.
    case rejected(outboxId: Int64?, message: Message)
    /// The outbox itself could not be written (disk full, permissions): nothing was sent
    /// and the lead is only in the form and its draft.
    case notSaved(StorageFault)
}
