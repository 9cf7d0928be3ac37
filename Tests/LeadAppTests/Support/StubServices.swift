import Foundation
import LeadModel
import LeadRules
import LeadStore
@testable import LeadApp

/// The core, the drafts store and the outbox in memory: each effect the model asks for turns
/// into the event the runtime's effect runner would send back (see `AppRunner.perform`).
/// A nil answer means the call never comes back, so the screen stays waiting for it.
struct StubServices {
    /// What the core says to a login: nil lets it in, else the refusal.
    var loginRefusal: LocalizedText?
    /// What a submitted lead meets; nil: the core is still thinking (the "sending" screen).
    var submit: SubmitOutcome<LocalizedText>?
    /// Clients by id, for the ID look-up.
    var clients: [Client] = []
    /// Leads by number (menu 2) and the leads a phone search finds.
    var leads: [LeadRecord] = []
    /// The drafts the store lists, and the forms it holds for them.
    var drafts: [DraftListing] = []
    var draftForms: [String: (form: EntryForm, mode: EntryMode)] = [:]
    /// The outbox's waiting leads.
    var outbox: [OutboxRow] = []
    /// The leads the outbox delivered lately.
    var sent: [SentListing] = []
    /// A lead's status, when the core is asked for it.
    var statuses: [Int64: LeadStatusReport] = [:]
    /// The kiosk's supervisor PIN, and the time its check answers with (the harness's clock).
    var supervisorPIN = "2468"
    /// Operators' stored defaults of a new lead, by login.
    var operatorDefaults: [String: [String: String]] = [:]
    var now = AppHarness.now

    func answers(to effect: AppModel.Effect, context: FormContext) -> [AppModel.Event] {
        switch effect {
        case .logIn:
            return [loginRefusal.map(AppModel.Event.loginFailed) ?? .loginSucceeded]
        case .entry(.send, _):
            return submit.map { [.entry(.submitted($0))] } ?? []
        case .lookup(let ids, _):
            let found = ids.compactMap { id in clients.first { $0.id == id } }
            return [.lookup(.found(found, asked: ids))]
        case .searchClients(_, let page):
            return [.lookup(.foundPage(clients, page: page))]
        case .fetchLead(let id):
            guard let record = leads.first(where: { $0.info.id == id }) else {
                return [.leadLoadFailed(LocalizedText(ru: "Заявка № \(id) не найдена", en: "Lead #\(id) not found"))]
            }
            return [.leadLoaded(record)]
        case .searchLeads(_, let page):
            return [.leadList(.found(leads, page: page))]
        case .checkLead(let id):
            return [.leadCheckSent(id)]
        case .readLeadStatus(let id):
            return statuses[id].map { [.leadStatusRead(id, $0)] } ?? []
        case .listDrafts:
            return [.draftsListed(drafts)]
        case .loadDraft(let id):
            return draftForms[id].map { [.draftLoaded(id: id, form: $0.form, mode: $0.mode)] } ?? []
        case .listOutbox:
            return [.outbox(.listed(outbox)), .outbox(.sentListed(sent))]
        case .checkSupervisorPIN(let pin):
            return [.supervisorChecked(accepted: pin == supervisorPIN, at: now)]
        case .readClock(let request):
            return [request.event(at: now)]
        case .checkForm(let form):
            return [.formChecked(FormCheck(of: form, context: context))]
        case .entry, .deleteDraft, .discardSessionDrafts, .outbox, .fiasLookup, .cancelWait, .quit, .bell,
             .saveDraft, .saveLeftForm, .pollOutbox, .adoptDay, .saveOperatorDefaults:
            return []
        case .loadOperatorDefaults(let login):
            return [.operatorDefaultsLoaded(login: login, operatorDefaults[login] ?? [:])]
        }
    }
}

/// Words the runtime's submitter says, with fixed figures.
enum StubWords {
    static func queued(place: Int, because why: String) -> LocalizedText {
        UIText.queued(place: place, detail: why)
    }

    static func refused(_ why: String) -> LocalizedText {
        LocalizedText(ru: "Ядро отклонило заявку: \(why)", en: "The core refused the lead: \(why)")
    }
}
