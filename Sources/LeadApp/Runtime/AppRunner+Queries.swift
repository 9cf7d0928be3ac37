import CoreClient
import Foundation
import LeadModel

/// The call-centre searches, the FIAS look-up and the lead's check, run off the input thread;
/// each answer comes back as an event.
extension AppRunner {
    func performQuery(_ effect: AppModel.Effect) {
        guard let service = services.service else {
            if case .fiasLookup(_, let field) = effect {
                perform(screen.send(.fiasFailed(field: field, UIText.notConnected)))
                return
            }
            return notConnected()
        }
        inbox.started()
        Task.detached { [inbox] in
            switch effect {
            case .searchClients(let key, let page):
                do {
                    inbox.post(.lookup(.foundPage(try await service.searchClients(key, page: page), page: page)))
                } catch {
                    inbox.post(.lookup(.failed(CoreMessages.text(error))), refusal: error)
                }
            case .searchLeads(let key, let page):
                do {
                    inbox.post(.leadList(.found(try await service.searchLeads(key, page: page), page: page)))
                } catch {
                    inbox.post(.leadList(.failed(CoreMessages.text(error))), refusal: error)
                }
            case .fiasLookup(let address, let field):
                do {
                    inbox.post(.fiasAnswered(field: field, address: address, try await service.fiasLookup(address: address)))
                } catch {
                    inbox.post(.fiasFailed(field: field, CoreMessages.gateway(error)), refusal: error)
                }
            case .checkLead(let id):
                do {
                    try await service.checkLead(id: id)
                    inbox.post(.leadCheckSent(id))
                } catch {
                    inbox.post(.leadCheckFailed(id, CoreMessages.text(error), alreadyChecked: CoreMessages.alreadyChecked(error)),
                               refusal: error)
                }
            case .readLeadStatus(let id):
                do {
                    let record = try await service.fetchLead(id: id)
                    // The check's records are extra: a core without them still shows the status.
                    let records = (try? await service.leadStatuses(id: id)) ?? []
                    inbox.post(.leadStatusRead(id, LeadStatusReport(info: record.info, records: records)))
                } catch {
                    inbox.post(.leadStatusFailed(id, CoreMessages.text(error)), refusal: error)
                }
            default:
                inbox.finished()
            }
        }
    }
}

extension Inbox {
    /// Posts a failure; when the core refused the session itself, the login screen follows.
    func post(_ event: AppModel.Event, refusal error: any Error) {
        post(event)
        guard CoreMessages.refusesSession(error) else { return }
        started()
        post(.sessionRefused(UIText.sessionRefused))
    }
}
