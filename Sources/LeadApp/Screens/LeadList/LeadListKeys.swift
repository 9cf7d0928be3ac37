import LeadRules
import TerminalUI

enum LeadListAction: Sendable { case move(Int), page(forward: Bool), open, back, help }

/// The client's leads: ↑↓ choose, PgDn/PgUp turn pages, Enter opens the lead, Esc goes back.
enum LeadListKeys {
    static func map(kiosk: Bool) -> KeyMap<LeadListAction> {
        KeyMap([
            .f1(.help),
            KeyBinding([.up], "↑↓", .move(-1), legend: UIText.select),
            KeyBinding(.down, .move(1), legend: nil),
            KeyBinding(.enter, .open, legend: UIText.open),
            KeyBinding([.pageDown], "PgDn/PgUp", .page(forward: true), legend: UIText.pages),
            KeyBinding(.pageUp, .page(forward: false), legend: nil),
            KeyBinding([.escape, .function(10)], "Esc", .back, legend: UIText.back),
        ], kiosk: kiosk)
    }

    static let title = UIText.t("Заявки клиента", "The client's leads")
    static let about = UIText.t("Заявки с этим мобильным телефоном, новые сверху: Enter откроет выбранную для правки",
                                "The leads with this mobile phone, newest first: Enter opens the one selected, to be changed")
}

extension AppModel {
    /// A key on the client's leads (see `LeadListKeys`).
    mutating func updateLeadListKey(_ key: Key, context: FormContext) -> [Effect] {
        let keys = LeadListKeys.map(kiosk: kiosk)
        switch keys.action(for: key) {
        case .help?: return showHelp(keys, title: LeadListKeys.title, about: LeadListKeys.about, context: context)
        case .move(let delta)?: return update(.leadList(.move(delta)), context: context)
        case .page(let forward)?: return update(.leadList(.page(forward: forward)), context: context)
        case .open?: return update(.leadList(.open), context: context)
        case .back?: return update(.back, context: context)
        case nil: return []
        }
    }
}
