import CoreClient
import Foundation
import LeadModel
import LeadRules
import LeadStore
import LeadSync

/// How the form's lead reaches the core.
protocol LeadSubmitter: Sendable {
    func submit(_ lead: Lead, mode: EntryMode, draftID: String?) async -> SubmitOutcome<LocalizedText>
    /// Leads waiting to be sent, the last reason a send failed, and how many wait for their CVC.
    func status() async -> (waiting: Int, lastError: String?, needingCvc: Int)
    /// The operator typed a queued lead's CVC again (held in memory only).
    func supplyCvc(_ cvc: String, for outboxID: Int64) async throws
    /// The operator chose to send a queued lead without its CVC.
    func waiveCvc(for outboxID: Int64) async throws
    /// The last leads the core took from the outbox, the latest first.
    func recentlySent() async -> [SentLead]
}

/// Every submit goes through the outbox: written to disk first, sent once, and when the core
/// cannot be reached kept and retried in the background (never re-posted blindly).
struct OutboxSubmitter: LeadSubmitter {
    let outbox: OutboxService

    /// The outbox's outcome in the operator's words.
    func submit(_ lead: Lead, mode: EntryMode, draftID: String?) async -> SubmitOutcome<LocalizedText> {
        let kind: OutboxKind
        switch mode {
        case .new: kind = .create
        case .edit(let id, _): kind = .update(leadId: id)
        }
        switch await outbox.submit(lead, kind: kind, draftId: draftID.flatMap(UUID.init(uuidString:))) {
        case .accepted(let leadId, let clientId):
            return .accepted(leadId: leadId, clientId: clientId)
        case .queued(let outboxId, let message):
            return .queued(outboxId: outboxId, message: UIText.queued(place: await outbox.place(of: outboxId), detail: message))
        case .rejected(let outboxId, let message) where message == CoreOutboxTransport.loginRefusedMessage:
            return .rejected(outboxId: outboxId, message: UIText.loginRefusedLead)
        case .rejected(let outboxId, let message):
            let words = OutboxErrorWords.full(message)
            return .rejected(outboxId: outboxId, message: OutboxErrorWords.parts(message).kind == nil
                ? LocalizedText(ru: "Ядро отклонило заявку: \(message)", en: "The core refused the lead: \(message)") : words)
        case .notSaved(let fault):
            return .notSaved(fault)
        }
    }

    func status() async -> (waiting: Int, lastError: String?, needingCvc: Int) { await outbox.status() }

    func supplyCvc(_ cvc: String, for outboxID: Int64) async throws { try await outbox.supplyCvc(cvc, for: outboxID) }

    func waiveCvc(for outboxID: Int64) async throws { try await outbox.waiveCvc(for: outboxID) }

    func recentlySent() async -> [SentLead] { await outbox.recentlySent() }
}
