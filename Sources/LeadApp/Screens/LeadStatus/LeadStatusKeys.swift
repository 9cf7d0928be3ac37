import LeadRules
import TerminalUI

enum LeadStatusAction: Sendable { case check, refresh, back }

/// A lead's status: F7 sends its check, F5 reads the status again, Esc (or Enter) goes back.
enum LeadStatusKeys {
    static func map(kiosk: Bool) -> KeyMap<LeadStatusAction> {
        KeyMap([
            // A kiosk neither checks leads nor reads their status.
            KeyBinding(.function(7), .check, legend: UIText.check, inKiosk: false),
            KeyBinding(.function(5), .refresh, legend: UIText.t("Обновить", "Refresh"), inKiosk: false),
            KeyBinding([.escape, .enter, .function(10)], "Esc", .back, legend: UIText.back),
        ], kiosk: kiosk)
    }
}

extension AppModel {
    /// A key on a lead's status (see `LeadStatusKeys`).
    mutating func updateLeadStatusKey(_ key: Key, _ status: LeadStatusScreen, context: FormContext) -> [Effect] {
        switch LeadStatusKeys.map(kiosk: kiosk).action(for: key) {
        case .check?: return update(.checkLead(status.leadId), context: context)
        case .refresh?: return update(.refreshLeadStatus, context: context)
        case .back?: return update(.back, context: context)
        case nil: return []
        }
    }
}
