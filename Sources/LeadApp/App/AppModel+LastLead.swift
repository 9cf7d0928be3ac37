import LeadModel
import LeadRules

/// What a sent lead leaves for the next: Dup's values (this session only, never on a
/// kiosk) and the operator's defaults of a new lead (kept on disk per login).
extension AppModel {
    /// The login the operator's defaults are kept under.
    var operatorLogin: String? { loginDefaults.user.isEmpty ? nil : loginDefaults.user }

    /// A new session (a login): Dup starts empty. The runner reads the operator's defaults
    /// as it performs the login (`.operatorDefaultsLoaded` follows `.loginSucceeded`).
    mutating func startOfSession() {
        previousLead = nil
        operatorDefaults = [:]
    }

    /// After the entry screen's update: a new lead that went out is remembered.
    mutating func rememberSent(_ entry: EntryScreen, _ effects: [EntryEffect]) -> [Effect] {
        guard effects.contains(where: { if case .send(_, .new) = $0 { return true } else { return false } })
        else { return [] }
        if !kiosk { previousLead = LastLead.dupValues(of: entry.form) }
        let defaults = LastLead.defaults(of: entry.form)
        guard defaults != operatorDefaults, let login = operatorLogin else { return [] }
        operatorDefaults = defaults
        return [.saveOperatorDefaults(login: login, defaults)]
    }

    /// The stored defaults arrived; a new form already open gets them where it is empty.
    mutating func adoptOperatorDefaults(login: String, _ defaults: [String: String], context: FormContext) {
        guard login == operatorLogin else { return }
        operatorDefaults = defaults
        if case .entry(var entry) = screen, entry.mode == .new {
            applySessionDefaults(to: &entry.form, context: context)
            screen = .entry(entry)
        }
    }
}
