import LeadModel
import LeadRules
import TerminalUI

/// The review: the problems to fix before a send, or the summary (a new lead) or the changes
/// (an edited one) to confirm. It is a phase of the entry screen, not a screen of its own:
/// `EntryScreen` is the model the form, the review and the result share (the form stays
/// underneath, and Esc goes back to it with everything typed).
enum ReviewKeys {
    typealias Binding = KeyBinding<EntryAction>

    static func bindings(for entry: EntryScreen) -> [Binding] {
        switch entry.phase {
        case .problems:
            return [
                Binding([.up, .backTab], "↑↓", .entry(.moveSelection(-1)), legend: t("Выбор", "Select")),
                Binding([.down, .tab], "↓", .entry(.moveSelection(1)), legend: nil),
                Binding(.enter, .entry(.confirm), legend: t("К полю", "Go to field")),
                Binding(.escape, .entry(.cancel), legend: EntryKeys.back),
            ]
        case .confirm:
            let send = entry.mode == .new ? t("Отправить", "Send") : t("Сохранить", "Save")
            return [
                Binding([.enter, .function(2)], "Enter", .entry(.confirm), legend: send),
                Binding([.up], "↑↓", .scroll(-1), legend: t("Листать", "Scroll")),
                Binding([.down], "↓", .scroll(1), legend: nil),
                Binding([.pageDown], "PgDn", .scroll(10), legend: nil, help: t("Листать страницами", "Scroll by pages")),
                Binding([.pageUp], "PgUp", .scroll(-10), legend: nil, help: t("Листать страницами", "Scroll by pages")),
                Binding([.end], "End", .scroll(.max), legend: nil, help: t("В конец сводки", "To the summary's end")),
                Binding([.home], "Home", .scroll(-.max), legend: nil, help: t("В начало сводки", "To the summary's start")),
                Binding(.escape, .entry(.cancel), legend: EntryKeys.back),
            ]
        case .editing, .sending, .accepted, .queued, .failed:
            return []
        }
    }

    private static func t(_ ru: String, _ en: String) -> LocalizedText { UIText.t(ru, en) }
}

extension EntryScreen {
    /// A key on the review: ↑↓ and the page keys scroll the summary; Enter and Esc are the
    /// entry update's (go to the field, send or save, back to the form).
    mutating func reviewKey(_ key: Key, _ keys: KeyMap<EntryAction>, context: FormContext) -> InputStep {
        guard let action = keys.action(for: key) else { return .effects([]) }
        if case .scroll(let by) = action {
            // End and Home scroll by the most there is; the app's update stops the box at
            // its last full page (`ReviewSummary.lastTop`).
            let (sum, overflow) = boxScroll.addingReportingOverflow(by)
            boxScroll = overflow ? (by > 0 ? .max : 0) : max(0, sum)
            return .effects([])
        }
        return perform(action, keys, context: context)
    }
}

extension KeyMap {
    /// The keys a box names in its title, "Enter — к полю, Esc — назад", from the same
    /// bindings as the legend.
    func boxHint(_ labels: [String], in language: Language) -> String {
        let separator = LocalizedText(ru: " — ", en: ": ").text(in: language)
        return labels.compactMap { label in
            guard let words = bindings.first(where: { $0.label == label })?.legend?.text(in: language) else { return nil }
            return label + separator + words.lowercased()
        }.joined(separator: ", ")
    }
}
