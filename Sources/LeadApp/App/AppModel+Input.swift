import TerminalUI

extension AppModel {
    /// A key or a paste goes to the screen that is up: each screen's folder holds its key
    /// bindings (`KeyMap`) and its key update, and this switch names them, one case a screen.
    /// F1's box takes the first key (it closes); then the global keys (`GlobalKeys`).
    mutating func updateInput(_ event: Event, context: FormContext) -> [Effect]? {
        switch event {
        case .key where help != nil:
            help = nil
            return []
        case .key(let key):
            if let global = updateGlobalKey(key, context: context) { return global }
            switch screen {
            case .menu(let selected): return updateMenuKey(key, selected: selected, context: context)
            case .entry: return updateEntryInput(event, context: context)
            case .openLead(let open): return updateOpenLeadKey(key, open, context: context)
            case .leadList: return updateLeadListKey(key, context: context)
            case .leadStatus(let status): return updateLeadStatusKey(key, status, context: context)
            case .lookup(let lookup): return updateLookupKey(key, lookup, context: context)
            case .drafts: return updateDraftsKey(key, context: context)
            case .outbox(let outbox): return updateOutboxKey(key, outbox, context: context)
            case .login(let login): return updateLoginKey(key, login, context: context)
            case .supervisor(let prompt): return updateSupervisorKey(key, prompt, context: context)
            }
        case .paste(let text):
            switch screen {
            case .entry: return updateEntryInput(event, context: context)
            case .openLead(let open): return updateOpenLeadInput(.paste(text), open, context: context)
            case .lookup(let lookup): return updateLookupInput(.paste(text), lookup, context: context)
            // The other screens take no paste (a password, a PIN and a CVC are typed).
            case .menu, .leadList, .leadStatus, .drafts, .outbox, .login, .supervisor: return []
            }
        default:
            return nil
        }
    }
}
