import LeadRules
import TerminalUI

enum LookupAction: Sendable {
    case search, nextSearchBy, back, move(Int), page(forward: Bool), open, startLead, help
}

/// The client look-up's keys, phase by phase: typing (Enter searches, Tab changes the kind
/// of search), waiting (Esc cancels), the results (↑↓, PgDn/PgUp, Enter the card, F2 a new
/// lead for the client) and the card (F2, Esc back to the results).
enum LookupKeys {
    static func map(_ lookup: LookupScreen, kiosk: Bool) -> KeyMap<LookupAction> {
        let bindings: [KeyBinding<LookupAction>]
        switch lookup.phase {
        case .entering:
            // A kiosk keeps the ID look-up only: it does not find other people.
            let searchBy: [KeyBinding<LookupAction>] = lookup.keySearch
                ? [KeyBinding(.tab, .nextSearchBy, legend: UIText.t("Вид поиска", "Search by"), inKiosk: false)] : []
            let enter = KeyBinding<LookupAction>(.enter, .search, legend: UIText.search)
            bindings = [enter] + searchBy + [KeyBinding([.escape, .function(10)], "Esc", .back, legend: UIText.back)]
        case .searching:
            return KeyMap([back], kiosk: kiosk)
        case .results:
            let pages: [KeyBinding<LookupAction>] = lookup.page == nil ? [] : [
                KeyBinding([.pageDown], "PgDn/PgUp", .page(forward: true), legend: UIText.pages),
                KeyBinding(.pageUp, .page(forward: false), legend: nil),
            ]
            bindings = [KeyBinding(.enter, .open, legend: UIText.t("Карточка", "Card")), newLead] + pages + move + [back]
        case .card:
            bindings = CardKeys.bindings
        }
        return KeyMap([.f1(.help)] + bindings, kiosk: kiosk)
    }

    static func title(_ lookup: LookupScreen) -> LocalizedText {
        lookup.keySearch ? UIText.t("Поиск клиента", "Find a client") : UIText.menu(.lookup)
    }

    static func about(_ lookup: LookupScreen) -> LocalizedText {
        lookup.phase == .card ? CardKeys.about
            : UIText.t("Клиенты из ядра: найти, открыть карточку, начать заявку для клиента",
                       "Clients from the core: find one, open the card, start a lead for them")
    }

    // The keys the results and the card share.
    static let back = KeyBinding<LookupAction>(.escape, .back, legend: UIText.back)
    /// Not on a kiosk: the lead it starts would show the client's whole record in clear.
    static let newLead = KeyBinding<LookupAction>(.function(2), .startLead, legend: UIText.newLead, inKiosk: false)
    static let move: [KeyBinding<LookupAction>] = [
        KeyBinding([.up], "↑↓", .move(-1), legend: nil, help: UIText.select),
        KeyBinding(.down, .move(1), legend: nil),
    ]
}

extension AppModel {
    /// A key on the client look-up (see `LookupKeys`).
    mutating func updateLookupKey(_ key: Key, _ lookup: LookupScreen, context: FormContext) -> [Effect] {
        let keys = LookupKeys.map(lookup, kiosk: kiosk)
        switch keys.action(for: key) {
        case .help?: return showHelp(keys, title: LookupKeys.title(lookup), about: LookupKeys.about(lookup), context: context)
        case .search?:
            var sized = lookup
            sized.pageSize = pageRows
            screen = .lookup(sized)
            return update(.lookup(.search), context: context)
        case .nextSearchBy?: return update(.lookup(.nextSearchBy), context: context)
        case .back?: return update(.back, context: context)
        case .move(let delta)?: return update(.lookup(.move(delta)), context: context)
        case .page(let forward)?: return update(.lookup(.page(forward: forward)), context: context)
        case .open?: return update(.lookup(.open), context: context)
        case .startLead?: return update(.lookup(.startLead), context: context)
        case nil:
            guard lookup.phase == .entering else { return [] }
            return updateLookupInput(.key(key), lookup, context: context)
        }
    }

    /// A key typed or text pasted into the search.
    mutating func updateLookupInput(_ edit: LineEdit, _ lookup: LookupScreen, context: FormContext) -> [Effect] {
        self.edit(edit, in: lookup, \.input, shown: Screen.lookup, edited: { .lookup(.edited($0)) }, context: context)
    }
}
