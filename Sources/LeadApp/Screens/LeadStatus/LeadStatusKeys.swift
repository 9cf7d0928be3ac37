import LeadRules
import TerminalUI

enum LeadStatusAction: Sendable { case check, refresh, back, help }

/// A lead's status: F7 sends its check, F5 reads the status again, Esc (or Enter) goes back.
enum LeadStatusKeys {
    static func map(kiosk: Bool) -> KeyMap<LeadStatusAction> {
        KeyMap([
            .f1(.help),
            // A kiosk neither checks leads nor reads their status.
            KeyBinding(.function(7), .check, legend: UIText.check, inKiosk: false),
            KeyBinding(.function(5), .refresh, legend: UIText.t("Обновить", "Refresh"), inKiosk: false),
            KeyBinding([.escape, .enter, .function(10)], "Esc", .back, legend: UIText.back),
        ], kiosk: kiosk)
    }

    static func title(_ status: LeadStatusScreen) -> LocalizedText {
        UIText.t("Заявка № \(status.leadId): проверка и статус", "Lead #\(status.leadId): check and status")
    }

    static let about = UIText.t("Что ядро говорит о проверке заявки и о её статусе",
                                "What the core says about the lead's check and its status")
}

extension AppModel {
    /// A key on a lead's status (see `LeadStatusKeys`).
    mutating func updateLeadStatusKey(_ key: Key, _ status: LeadStatusScreen, context: FormContext) -> [Effect] {
        let keys = LeadStatusKeys.map(kiosk: kiosk)
        switch keys.action(for: key) {
        case .help?: return showHelp(keys, title: LeadStatusKeys.title(status), about: LeadStatusKeys.about, context: context)
        case .check?: return update(.checkLead(status.leadId), context: context)
        case .refresh?: return update(.refreshLeadStatus, context: context)
        case .back?: return update(.back, context: context)
        case nil: return []
        }
    }
}
