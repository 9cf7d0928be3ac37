import CoreClient
import LeadForms
import LeadModel
import LeadRules

/// How the form's lead reaches the core.
protocol LeadSubmitter: Sendable {
    func submit(_ lead: Lead, mode: EntryMode, draftID: String?) async -> SubmitResult
    /// Leads waiting to be sent, and the last reason a send failed.
    func status() async -> (waiting: Int, lastError: String?)
}

/// Sends straight to the core and reports the core's answer (used until the outbox
/// processor is wired in).
struct DirectSubmitter: LeadSubmitter {
    let service: any CoreService

    func submit(_ lead: Lead, mode: EntryMode, draftID: String?) async -> SubmitResult {
        do {
            switch mode {
            case .new:
                let id = try await service.createLead(lead)
                let client = try? await service.fetchLead(id: id).info.clientId
                return .accepted(leadId: id, clientId: client ?? nil)
            case .edit(let id, _):
                let saved = try await service.updateLead(id: id, lead)
                return .accepted(leadId: saved, clientId: lead.clientId)
            }
        } catch {
            return .rejected(CoreMessages.text(error))
        }
    }

    func status() async -> (waiting: Int, lastError: String?) { (0, nil) }
}
