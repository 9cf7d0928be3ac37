import LeadRules
import TerminalUI

/// What the app asks of the screen that is up: its key update, its paste update (none where
/// the screen takes no paste), its view, and whether a kiosk wipes it when left alone.
struct ScreenParts {
    var key: (inout AppModel, Key, FormContext) -> [AppModel.Effect]
    var paste: ((inout AppModel, String, FormContext) -> [AppModel.Effect])?
    var render: (inout ScreenState, inout Buffer) -> Void
    /// Kiosk: a screen that may show a customer's data goes back to the start when the
    /// terminal is left alone; the menu and the login only once someone has used them
    /// (`AppModel.wipedWhenIdle`).
    var wipedWhenIdle: Bool
}

extension AppModel.Screen {
    /// The one list that names every screen's parts, each from its folder: a new screen is a
    /// case of `AppModel.Screen` and a case here. The entry screen's parts take the form from
    /// the model when they run, not from here: a second reference to it would make every
    /// keystroke copy a big lead's dictionaries.
    var parts: ScreenParts {
        switch self {
        case .menu(let selected):
            return ScreenParts(key: { $0.updateMenuKey($1, selected: selected, context: $2) }, paste: nil,
                               render: { MenuView.render($0, selected: selected, into: &$1) }, wipedWhenIdle: false)
        case .entry:
            return ScreenParts(key: { $0.updateEntryInput(.key($1), context: $2) },
                               paste: { $0.updateEntryInput(.paste($1), context: $2) },
                               render: { s, buffer in
                                   guard case .entry(let entry) = s.model.screen else { return }
                                   EntryView.render(&s, entry, into: &buffer)
                               }, wipedWhenIdle: true)
        case .openLead(let open):
            return ScreenParts(key: { $0.updateOpenLeadKey($1, open, context: $2) },
                               paste: { $0.updateOpenLeadInput(.paste($1), open, context: $2) },
                               render: { OpenLeadView.render($0, open, into: &$1) }, wipedWhenIdle: true)
        case .leadList(let list):
            return ScreenParts(key: { $0.updateLeadListKey($1, context: $2) }, paste: nil,
                               render: { LeadListView.render($0, list, into: &$1) }, wipedWhenIdle: true)
        case .leadStatus(let status):
            return ScreenParts(key: { $0.updateLeadStatusKey($1, status, context: $2) }, paste: nil,
                               render: { LeadStatusView.render($0, status, into: &$1) }, wipedWhenIdle: true)
        case .lookup(let lookup):
            return ScreenParts(key: { $0.updateLookupKey($1, lookup, context: $2) },
                               paste: { $0.updateLookupInput(.paste($1), lookup, context: $2) },
                               render: { LookupView.render($0, lookup, into: &$1) }, wipedWhenIdle: true)
        case .drafts(let drafts):
            return ScreenParts(key: { $0.updateDraftsKey($1, context: $2) }, paste: nil,
                               render: { DraftsView.render($0, drafts, into: &$1) }, wipedWhenIdle: true)
        // A password, a PIN and a CVC are typed, never pasted.
        case .outbox(let outbox):
            return ScreenParts(key: { $0.updateOutboxKey($1, outbox, context: $2) }, paste: nil,
                               render: { OutboxView.render($0, outbox, into: &$1) }, wipedWhenIdle: true)
        case .login(let login):
            return ScreenParts(key: { $0.updateLoginKey($1, login, context: $2) }, paste: nil,
                               render: { LoginView.render($0, login, into: &$1) }, wipedWhenIdle: false)
        case .supervisor(let prompt):
            return ScreenParts(key: { $0.updateSupervisorKey($1, prompt, context: $2) }, paste: nil,
                               render: { SupervisorView.render($0, prompt, into: &$1) }, wipedWhenIdle: true)
        }
    }
}
