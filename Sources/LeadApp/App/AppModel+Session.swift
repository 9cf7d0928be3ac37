import Foundation
import LeadModel
import LeadRules

/// The login that tells the truth, the session's identity, the FIAS look-up and the lead's
/// check: the events of issue 13 that are not one screen's own.
extension AppModel {
    /// Handles the event when it is one of these; nil leaves it to `update`.
    mutating func updateSession(_ event: Event, context: FormContext) -> [Effect]? {
        switch (screen, event) {
        case (.login(let login), .loginSucceeded) where !login.busy, (.login(let login), .loginFailed) where !login.busy:
            // The answer to a login whose wait was cancelled (Esc): the operator has moved on.
            return []
        case (.login, .loginSucceeded):
            notice = nil
            if let resume = resumeAfterLogin {
                // Back to what the refusal interrupted: the form, its draft and focus as they were.
                resumeAfterLogin = nil
                screen = resume
                return []
            }
            screen = .menu(selected: 0)
            startOfSession()
            return draftsOnStart
        case (.login(var login), .loginFailed(let message)), (.login(var login), .sessionRefused(let message)):
            login.busy = false
            login.password = ""
            login.focus = .password
            login.message = message
            screen = .login(login)
            return []
        case (_, .loginFailed(let message)), (_, .sessionRefused(let message)):
            askLogin(message)
            return []
        case (_, .sessionIdentified(let info)):
            session = info
            if case .entry(var entry) = screen, entry.mode == .new {
                applySessionDefaults(to: &entry.form, context: context)
                screen = .entry(entry)
            }
            return []
        case (.entry(let entry), .fiasLookup):
            return askFias(entry)
        case (_, .fiasAnswered(let field, let address, let result)):
            fiasPending = nil
            guard case .entry(var entry) = screen else { return [] }
            if let problem = FiasAddress.message(for: result, field: field) {
                notice = problem
                return []
            }
            guard case .found(let id, let spelled) = result else { return [] }
            entry.form.setText(id, at: FiasAddress.idPath(besides: field), context: context)
            // The gateway's spelling replaces the words only if the operator has not typed since.
            if let spelled, !spelled.isEmpty, entry.form.text(field) == address {
                entry.form.setText(spelled, at: field, context: context)
            }
            screen = .entry(entry)
            notice = FiasAddress.found(id, field: field)
            return entryEffects([.changed])
        case (_, .fiasFailed(let field, let why)):
            fiasPending = nil
            if case .entry = screen { notice = FiasAddress.failed(why, field: field) }
            return []
        default:
            return updateLeadStatus(event, context: context)
        }
    }

    /// A refusal: the login screen, with the server, key and user it will use; the screen
    /// it interrupted is kept to come back to.
    private mutating func askLogin(_ message: LocalizedText) {
        var resume = screen
        switch resume {
        case .entry(var entry):
            switch entry.phase {
            case .sending, .failed: entry.phase = .editing
            default: break
            }
            resume = .entry(entry)
        case .lookup(var lookup):
            if lookup.phase == .searching { lookup.phase = lookup.clients.isEmpty ? .entering : .results }
            resume = .lookup(lookup)
        case .openLead(var open):
            open.busy = false
            resume = .openLead(open)
        case .leadStatus(var status):
            status.busy = false
            resume = .leadStatus(status)
        case .leadList(var list):
            list.phase = .results
            resume = .leadList(list)
        default: break
        }
        if case .menu = resume {} else { resumeAfterLogin = resume }
        var login = loginDefaults
        login.password = ""
        login.busy = false
        login.focus = login.server.isEmpty ? .server : login.user.isEmpty ? .user : .password
        login.message = message
        fiasPending = nil
        screen = .login(login)
    }

    /// The new lead's defaults, where the form has none: the operator's own (what their last
    /// sent lead chose), then the session's subdivision.
    func applySessionDefaults(to form: inout EntryForm, context: FormContext) {
        for path in LastLead.defaultFields {
            if form.values[path] == nil, let text = operatorDefaults[path.description] {
                form.setText(text, at: path, context: context)
            }
        }
        guard let subdivision = session?.subdivisionId else { return }
        let path: FieldPath = "subdivisionId"
        if form.values[path] == nil { form.setText(String(subdivision), at: path, context: context) }
    }

    private mutating func askFias(_ entry: EntryScreen) -> [Effect] {
        guard case .editing = entry.phase, let field = entry.form.focus, FiasAddress.isAddressText(field) else { return [] }
        guard fiasPending == nil else { return [] }
        let address = entry.form.text(field).trimmingCharacters(in: .whitespaces)
        guard !address.isEmpty else {
            notice = FiasAddress.emptyText(field)
            return []
        }
        fiasPending = field
        notice = FiasAddress.searching
        return [.fiasLookup(address: address, field: field)]
    }

    // MARK: the lead's check and status

    private mutating func updateLeadStatus(_ event: Event, context: FormContext) -> [Effect]? {
        switch (screen, event) {
        case (.leadStatus, .checkLead), (.leadStatus, .showLeadStatus):
            guard case .leadStatus(var status) = screen, !status.busy else { return [] }
            status.busy = true
            status.message = nil
            screen = .leadStatus(status)
            if case .checkLead = event { return [.checkLead(status.leadId)] }
            return [.readLeadStatus(status.leadId)]
        case (_, .checkLead(let id)), (_, .showLeadStatus(let id)):
            guard !kiosk else { return [] }
            returnScreen = screen
            screen = .leadStatus(LeadStatusScreen(leadId: id))
            if case .checkLead = event { return [.checkLead(id)] }
            return [.readLeadStatus(id)]
        case (.leadStatus(var status), .refreshLeadStatus):
            guard !status.busy else { return [] }
            status.busy = true
            status.message = nil
            screen = .leadStatus(status)
            return [.readLeadStatus(status.leadId)]
        case (.leadStatus(var status), .leadCheckSent(let id)) where status.leadId == id:
            status.message = LocalizedText(ru: "Проверка заявки № \(id) запущена", en: "The check of lead #\(id) has started")
            screen = .leadStatus(status)
            return [.readLeadStatus(id)]
        case (.leadStatus(var status), .leadCheckFailed(let id, let why, let already)) where status.leadId == id:
            status.message = already
                ? LocalizedText(ru: "Заявка № \(id) уже проверена: повторная проверка не нужна",
                                en: "Lead #\(id) has already been checked: it is not checked twice")
                : why
            screen = .leadStatus(status)
            // The status is read anyway: it says what the earlier check found.
            return [.readLeadStatus(id)]
        case (.leadStatus(var status), .leadStatusRead(let id, let report)) where status.leadId == id:
            status.busy = false
            status.report = report
            screen = .leadStatus(status)
            return []
        case (.leadStatus(var status), .leadStatusFailed(let id, let why)) where status.leadId == id:
            status.busy = false
            status.message = why
            screen = .leadStatus(status)
            return []
        case (.leadStatus, .leadCheckSent), (.leadStatus, .leadCheckFailed), (.leadStatus, .leadStatusRead),
             (.leadStatus, .leadStatusFailed), (_, .leadCheckSent), (_, .leadCheckFailed), (_, .leadStatusRead),
             (_, .leadStatusFailed):
            // The answer for a screen the operator has left.
            return []
        case (.leadStatus, .back), (.leadStatus, .entry(.confirm)):
            screen = returnScreen ?? .menu(selected: 0)
            returnScreen = nil
            return []
        case (.entry(var entry), .entry(.submitted(.accepted(let id, let client)))) where checkAfterCreate && entry.mode == .new:
            // Config check-after-create: the check goes out with the acceptance, its status shows.
            guard case .sending = entry.phase else { return nil }
            let update = entry.update(.submitted(.accepted(leadId: id, clientId: client)), context: context)
            screen = .entry(entry)
            let effects = entryEffects(update)
            if kiosk { return effects + [.checkLead(id)] }
            returnScreen = screen
            screen = .leadStatus(LeadStatusScreen(leadId: id))
            return effects + [.checkLead(id)]
        default:
            return nil
        }
    }
}
