import LeadRules
import TerminalUI

enum OpenLeadAction: Sendable { case submit, toggle, back, help }

/// Menu 2's keys: Enter opens (or searches), Tab switches number / phone, Esc goes back;
/// any other key types into the input. While the core is asked only Esc works (it cancels).
enum OpenLeadKeys {
    static func map(_ open: OpenLeadScreen, kiosk: Bool) -> KeyMap<OpenLeadAction> {
        let back = KeyBinding<OpenLeadAction>([.escape, .function(10)], "Esc", .back, legend: UIText.back)
        guard !open.busy else { return KeyMap([back], kiosk: kiosk) }
        return KeyMap([
            .f1(.help),
            KeyBinding(.enter, .submit, legend: open.byPhone ? UIText.search : UIText.open),
            // A kiosk opens leads by number only: it does not list other people's leads.
            KeyBinding(.tab, .toggle, legend: open.byPhone ? UIText.t("По номеру заявки", "By lead number")
                                                           : UIText.t("По телефону клиента", "By client's phone"),
                       inKiosk: false),
            back,
        ], kiosk: kiosk)
    }

    static func title(kiosk: Bool) -> LocalizedText { UIText.menu(.openLead, kiosk: kiosk) }

    static func about(_ open: OpenLeadScreen) -> LocalizedText {
        open.byPhone ? UIText.t("Заявки клиента по его мобильному телефону, новые сверху",
                                "A client's leads, found by their mobile phone, newest first")
                     : UIText.t("Заявка по её номеру откроется для правки", "A lead opened by its number, to be changed")
    }
}

extension AppModel {
    /// A key on menu 2 (see `OpenLeadKeys`).
    mutating func updateOpenLeadKey(_ key: Key, _ open: OpenLeadScreen, context: FormContext) -> [Effect] {
        let keys = OpenLeadKeys.map(open, kiosk: kiosk)
        switch keys.action(for: key) {
        case .help?:
            return showHelp(keys, title: OpenLeadKeys.title(kiosk: kiosk), about: OpenLeadKeys.about(open), context: context)
        case .submit?:
            var sized = open
            sized.pageSize = pageRows
            screen = .openLead(sized)
            return update(.openLeadSubmit, context: context)
        case .toggle?: return update(.openLeadToggle, context: context)
        case .back?: return update(.back, context: context)
        case nil:
            guard !open.busy else { return [] }
            return updateOpenLeadInput(.key(key), open, context: context)
        }
    }

    /// A key typed or text pasted into the number (or phone).
    mutating func updateOpenLeadInput(_ edit: LineEdit, _ open: OpenLeadScreen, context: FormContext) -> [Effect] {
        self.edit(edit, in: open, \.input, shown: Screen.openLead, edited: Event.openLeadEdited, context: context)
    }
}
