import LeadModel
import LeadRules
import TerminalUI

/// What a key does on the entry screen.
public enum EntryAction: Hashable, Sendable {
    /// An event of the entry screen's own update.
    case entry(EntryEvent)
    /// An event that needs the whole app: leaving the form, the core's check, FIAS.
    case app(AppModel.Event)
    /// F1: the focused field's help, with these keys.
    case help
    /// Scrolls the review box.
    case scroll(Int)
}

/// The entry screen's bindings in each phase, declared once: the key update dispatches from
/// them, the legend and F1's key help are drawn from them. Keys not bound while a field has
/// focus are the field's own (typing, cursor, an open code list).
enum EntryKeys {
    typealias Binding = KeyBinding<EntryAction>

    static func map(for entry: EntryScreen, kiosk: Bool) -> KeyMap<EntryAction> {
        KeyMap(bindings(for: entry, kiosk: kiosk), kiosk: kiosk)
    }

    private static func bindings(for entry: EntryScreen, kiosk: Bool) -> [Binding] {
        switch entry.phase {
        case .editing: return editing(entry)
        // The review and the result are phases of this screen; their bindings are in their folders.
        case .problems, .confirm: return ReviewKeys.bindings(for: entry)
        case .sending, .accepted, .queued, .failed: return ResultKeys.bindings(for: entry, kiosk: kiosk)
        }
    }

    private static func editing(_ entry: EntryScreen) -> [Binding] {
        // "Delete the row?" takes the keyboard until it is answered.
        if entry.rowDeleteAsked != nil { return deleteQuestion }
        let form = entry.form
        let focus = form.focus
        // A field's own widget keeps focus facts; only a list or a fold needs the layout.
        let editing = entry.editing.flatMap { $0.path == focus ? FocusStop.field($0.path, $0.kind) : nil }
        let stop = editing ?? form.focusedStop
        var list = focus.flatMap(EntryForm.innermostList)
        if case .list(let path, _)? = stop { list = path }
        var out: [Binding] = [
            Binding(.function(1), .help, legend: UIText.help, help: t("Справка по полю и клавишам", "Help on the field and the keys")),
            Binding([.function(2), .ctrl(.character("s"))], "F2", .entry(.submit), legend: t("Отправить", "Send"),
                    help: t("Проверить и отправить (также Ctrl-S)", "Check and send (Ctrl-S too)")),
            Binding(.function(3), .entry(.nextProblem), legend: t("К ошибке", "Next error")),
        ]
        if focus.map(FiasAddress.isAddressText) == true {
            out.append(Binding(.function(4), .app(.fiasLookup), legend: t("Код ФИАС", "FIAS id")))
        }
        if case .edit(let id, _) = entry.mode {
            out += [Binding(.function(7), .app(.checkLead(id)), legend: check, inKiosk: false),
                    Binding(.function(9), .app(.showLeadStatus(id)), legend: status, inKiosk: false)]
        }
        var onListTable = false
        if case .list? = stop { onListTable = true }
        if let list {
            // Ins adds a row: after the row focus is in, or at the end on the table. Del deletes
            // rows on the table itself (asking first when the row holds data); in a row's field
            // it edits text, and F8 deletes.
            out += [
                Binding([.insert, .function(6)], "Ins", .entry(.addRow),
                        legend: t("Строка", "Add row"),
                        help: onListTable ? t("Добавить строку (также F6 или сразу печатать)", "Add a row (F6 too, or just type)")
                            : t("Добавить строку после этой (также F6)", "Add a row after this one (F6 too)")),
                Binding(onListTable ? [.delete, .function(8)] : [.function(8)], "Del", .entry(.deleteRow),
                        legend: t("Удалить", "Delete"), help: t("Удалить строку (также F8)", "Delete the row (F8 too)")),
                Binding([.alt(.up)], "Alt-↑↓", .entry(.moveRow(up: true)), legend: t("Порядок", "Move"),
                        help: t("Переставить строку выше или ниже", "Move the row up or down")),
                Binding([.alt(.down)], "Alt-↓", .entry(.moveRow(up: false)), legend: nil),
            ]
            if entry.lastDeletedRow?.list == list {
                out.append(Binding([.alt(.backspace)], "Alt-⌫", .entry(.undoDeleteRow), legend: t("Вернуть", "Undo"),
                                   help: t("Вернуть удалённую строку (Alt-Backspace)", "Bring back the deleted row (Alt-Backspace)")))
            }
        }
        if form.section == .addresses {
            let words = t("Как проживания", "Same as residence")
            out.append(Binding(.function(5), .entry(.sameAsResidence), legend: list == nil ? words : nil, help: words))
        }
        out += sections
        // Esc on an open code list closes the list (the widget's own meaning); it does not
        // leave the form the operator is filling in. Tab there takes the highlighted choice,
        // as Enter does (the widget's too), before focus moves on.
        let openList = entry.editing?.widget.hasOpenList == true
        out += [
            Binding(openList ? [.function(10)] : [.escape, .function(10)], "Esc", .app(.back), legend: menu,
                    help: t("В меню, черновик сохранён (также F10)", "To the menu, the draft kept (F10 too)")),
            Binding([.pageDown, .ctrl(.pageDown)], "PgDn", .entry(.adjacentSection(forward: true)), legend: nil,
                    help: t("Следующий раздел", "Next section")),
            Binding([.pageUp, .ctrl(.pageUp)], "PgUp", .entry(.adjacentSection(forward: false)), legend: nil,
                    help: t("Предыдущий раздел", "Previous section")),
            Binding(openList ? [] : [.tab], "Tab", .entry(.next), legend: nil,
                    help: t("Следующее поле", "Next field")),
            Binding(.backTab, .entry(.previous), legend: nil, help: t("Предыдущее поле", "Previous field")),
            // Ctrl-Enter reaches no terminal as a key of its own; Ctrl-↓ does (xterm's kDN5), F12 everywhere.
            Binding([.ctrl(.down), .function(12)], "Ctrl-↓", .entry(.jumpPastGroup), legend: nil,
                    help: t("За конец группы (адрес, строка списка, карта; также F12)",
                            "Past the rest of the group (address, row, card; F12 too)")),
        ]
        // Dup (as a 5250's): the previous lead's value; never on a kiosk, never card data.
        if entry.previousLead != nil, let focus, FieldFacts.sensitivity(of: focus) == .plain {
            out.append(Binding([.function(11), .ctrl(.character("d"))], "F11", .entry(.dup), legend: t("Дубль", "Dup"),
                               help: t("Значение из предыдущей заявки (также Ctrl-D)",
                                       "The value from the previous lead (Ctrl-D too)"), inKiosk: false))
        }
        switch stop {
        case .list(let path, _)?:
            let row = form.selectedRow[path] ?? 0
            out += [
                Binding([.up], "↑↓", .entry(.selectRow(row - 1, in: path)), legend: nil, help: t("Строка списка", "A row of the list")),
                Binding([.down], "↓", .entry(.selectRow(row + 1, in: path)), legend: nil),
                Binding(.enter, .entry(.next), legend: nil, help: t("К полям строки", "To the row's fields")),
            ]
        case .fold?:
            out += [
                Binding([.enter, .character(" "), .right], "Enter", .entry(.toggleFold), legend: nil,
                        help: t("Раскрыть группу", "Open the group")),
                Binding([.down], "↓", .entry(.adjacentLine(forward: true)), legend: nil),
                Binding([.up], "↑", .entry(.adjacentLine(forward: false)), legend: nil),
            ]
        case .field?, nil:
            break
        }
        return out
    }

    /// "Delete the row?": Enter or Del again deletes, Esc keeps it.
    private static let deleteQuestion: [Binding] = [
        Binding([.enter, .delete, .function(8)], "Enter", .entry(.confirmDeleteRow), legend: t("Удалить", "Delete"),
                help: t("Удалить строку (также Del)", "Delete the row (Del too)")),
        Binding(.escape, .entry(.cancelDeleteRow), legend: t("Не удалять", "Keep it")),
    ]

    static func deleteQuestionText(row: Int) -> LocalizedText {
        t("Удалить строку \(row) со всем, что в ней введено? Enter — удалить, Esc — нет",
          "Delete row \(row) with all that is typed in it? Enter: delete, Esc: keep it")
    }

    /// Alt-1 … Alt-0: the ten sections, one line in the legend.
    private static let sections: [Binding] = SectionID.allCases.prefix(10).enumerated().map { i, id -> Binding in
        let digit = Character(String((i + 1) % 10))
        return i == 0
            ? Binding([.alt(.character(digit))], "Alt-1…0", .entry(.showSection(id)), legend: t("Разделы", "Sections"))
            : Binding([.alt(.character(digit))], "Alt-\(digit)", .entry(.showSection(id)), legend: nil)
    }

    static let back = t("Назад", "Back")
    static let menu = t("Меню", "Menu")
    static let check = t("Проверка", "Check")
    static let status = t("Статус", "Status")
    static func t(_ ru: String, _ en: String) -> LocalizedText { UIText.t(ru, en) }
}
