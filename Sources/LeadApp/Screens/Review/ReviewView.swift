import LeadModel
import LeadRules
import TerminalUI

/// The review over the form: the problems to fix, or the summary (a new lead) or the changes
/// (an edited one) to confirm. The form stays underneath, untouched; the model is the entry
/// screen's (`EntryScreen`, see `ReviewKeys`).
enum ReviewView {
    static func render(_ s: ScreenState, _ entry: EntryScreen, into buffer: inout Buffer, at body: Rect) {
        switch entry.phase {
        case .problems(let problems, let selected):
            let lines = problems.map { s.text($0.message) }
            TextBox.render(title: title(UIText.problemsTitle, entry, s), lines: lines, selected: selected,
                           scroll: entry.boxScroll, theme: s.theme, into: &buffer, at: body)
        case .confirm(let review, let warnings):
            var lines: [String] = warnings.map { "? " + s.text($0.message) }
            if review.isEmpty { lines.append(s.text(UIText.nothingChanged)) }
            for line in review {
                let name = s.text(FieldNames.name(for: EntryForm.rulesPath(line.path)))
                let new = shown(line.path, line.new, s), old = shown(line.path, line.old, s)
                switch entry.mode {
                case .new: lines.append("\(name): \(new ?? "")")
                case .edit: lines.append("\(name): \(old ?? "—") → \(new ?? "—")")
                }
            }
            let title = entry.mode == .new ? UIText.confirmNew : UIText.confirmEdit
            TextBox.render(title: self.title(title, entry, s), lines: lines, selected: nil, scroll: entry.boxScroll,
                           theme: s.theme, into: &buffer, at: body)
        case .editing, .sending, .accepted, .queued, .failed:
            break
        }
    }

    /// A box's title with the keys it takes, in the words of the legend's bindings.
    private static func title(_ words: LocalizedText, _ entry: EntryScreen, _ s: ScreenState) -> String {
        let keys = EntryKeys.map(for: entry, kiosk: s.model.kiosk).boxHint(["Enter", "Esc"], in: s.language)
        return "\(s.text(words)) (\(keys))"
    }

    /// A code as its name (Мужской, Россия), a closed-list value as its label.
    static func shown(_ path: FieldPath, _ text: String?, _ s: ScreenState) -> String? {
        guard let text else { return nil }
        switch FormLayout.widget(for: path) {
        case .code(let list)?:
            guard let code = Int64(text), let entry = s.context.codeList(list).entry(for: code) else { return text }
            return s.text(entry.name)
        case .choice?:
            let input = s.context.rules.input(for: path)
            return input.choices.first { $0.value == text }.map { s.text($0.label) } ?? text
        case .yesNo?:
            // The form keeps answers as да/нет whatever the language; show them in the operator's.
            let rules = s.context.rules, rulesPath = EntryForm.rulesPath(path)
            guard case .success(.bool(let answer)?) = rules.wireValue(path: rulesPath, text: text) else { return text }
            return rules.displayText(path: rulesPath, value: .bool(answer), language: s.language)
        default:
            return text
        }
    }
}
