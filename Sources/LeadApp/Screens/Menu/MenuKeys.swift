import LeadRules
import TerminalUI

/// What a key does on the menu.
enum MenuAction: Sendable {
    case move(Int), open, pick, newLead, quit, quitHint, supervisor, help
}

/// The menu's keys: ↑↓ choose, Enter opens, a digit opens its item, F2 starts a lead.
enum MenuKeys {
    /// Outside a kiosk F10 quits (asking first when work is in progress); Esc never does — it
    /// only says which key quits. A kiosk has no quit key, its F10 asks for the supervisor's PIN.
    static func map(items: Int, kiosk: Bool) -> KeyMap<MenuAction> {
        let digits = (1...max(1, items)).compactMap { String($0).first.map(Key.character) }
        let bindings: [KeyBinding<MenuAction>] = [
            .f1(.help),
            KeyBinding([.up, .backTab], "↑↓", .move(-1), legend: UIText.select),
            KeyBinding([.down, .tab], "↓", .move(1), legend: nil),
            KeyBinding(.enter, .open, legend: UIText.open),
            KeyBinding(digits, items > 1 ? "1…\(items)" : "1", .pick, legend: UIText.t("Сразу", "Direct")),
            KeyBinding(.function(2), .newLead, legend: nil, help: UIText.menu(.newLead)),
            KeyBinding(.function(10), .quit, legend: UIText.menu(.quit), inKiosk: false),
            KeyBinding(.escape, .quitHint, legend: nil, inKiosk: false),
        ]
        let supervisor = KeyBinding<MenuAction>(.function(10), .supervisor, legend: UIText.t("Супервизор", "Supervisor"))
        return KeyMap(bindings + (kiosk ? [supervisor] : []), kiosk: kiosk)
    }

    static let title = UIText.appTitle
    static let quitHint = UIText.t("Esc не выходит из программы: выход — F10", "Esc does not quit: F10 quits")
    static let about = UIText.t("Выберите, что сделать: стрелками и Enter или цифрой пункта",
                                "Choose what to do: the arrows and Enter, or the item's digit")
}

extension AppModel {
    /// A key on the menu (see `MenuKeys`).
    mutating func updateMenuKey(_ key: Key, selected: Int, context: FormContext) -> [Effect] {
        let items = menuItems()
        let keys = MenuKeys.map(items: items.count, kiosk: kiosk)
        guard let action = keys.action(for: key) else { return [] }
        switch action {
        case .help: return showHelp(keys, title: MenuKeys.title, about: MenuKeys.about, context: context)
        case .move(let delta): return update(.menuMove(delta), context: context)
        case .open: return update(.menuChoose(items[min(selected, items.count - 1)]), context: context)
        case .pick:
            guard case .character(let c) = key, let n = c.wholeNumberValue, items.indices.contains(n - 1) else { return [] }
            return update(.menuChoose(items[n - 1]), context: context)
        case .newLead: return update(.menuChoose(.newLead), context: context)
        case .quit: return update(.menuChoose(.quit), context: context)
        case .quitHint:
            notice = MenuKeys.quitHint
            return []
        case .supervisor: return update(.supervisorAsk, context: context)
        }
    }
}
