import LeadModel
import LeadRules
import TerminalUI

/// Boxes over the form for the submit workflow: problems to fix, the summary or changes to
/// confirm, the outcome. The form stays underneath, untouched.
enum PhaseView {
    static func render(_ s: ScreenState, _ entry: EntryScreen, into buffer: inout Buffer, at body: Rect) {
        switch entry.phase {
        case .editing, .sending:
            break
        case .problems(let problems, let selected):
            let lines = problems.map { s.text($0.message) }
            box(title: title(UIText.problemsTitle, entry, s), lines: lines, selected: selected, scroll: entry.boxScroll,
                theme: s.theme, into: &buffer, at: body)
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
            box(title: self.title(title, entry, s), lines: lines, selected: nil, scroll: entry.boxScroll, theme: s.theme,
                into: &buffer, at: body)
        case .accepted(let lead, let client):
            var lines = [s.text(UIText.outcome(entry, lead: lead, client: client))]
            if !s.model.kiosk {
                lines += ["", s.text(UIText.t("F7 — отправить заявку на проверку, F9 — её статус",
                                              "F7: send the lead to its check, F9: its status"))]
            }
            box(title: "", lines: lines, selected: nil, scroll: 0,
                theme: s.theme, into: &buffer, at: body)
        case .queued(let why):
            box(title: "", lines: [s.text(why), "", s.text(UIText.queuedSuffix)], selected: nil, scroll: 0,
                theme: s.theme, into: &buffer, at: body)
        case .failed(let why):
            box(title: "", lines: [s.text(why), "", s.text(UIText.failedSuffix)], selected: nil, scroll: 0,
                theme: s.theme, into: &buffer, at: body)
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

    /// A bordered box of wrapped lines; `selected` highlights one line (the problem list).
    static func box(title: String, lines: [String], selected: Int?, scroll: Int, theme: Theme,
                    into buffer: inout Buffer, at body: Rect) {
        let rect = body.inset(dx: 3, dy: 1)
        guard rect.width > 4, rect.height > 2 else { return }
        buffer.fill(rect, style: theme.style(.text))
        let border = theme.style(.border)
        buffer.put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", x: rect.x, y: rect.y, style: border, sanitize: false)
        buffer.put("└" + String(repeating: "─", count: rect.width - 2) + "┘", x: rect.x, y: rect.maxY - 1, style: border, sanitize: false)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put("│", x: rect.x, y: y, style: border, sanitize: false)
            buffer.put("│", x: rect.maxX - 1, y: y, style: border, sanitize: false)
        }
        if !title.isEmpty { buffer.put(" \(title) ", x: rect.x + 2, y: rect.y, style: theme.style(.title), maxWidth: rect.width - 4) }
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        var wrapped: [(String, Int)] = []
        for (i, line) in lines.enumerated() {
            for part in TextWrap.lines(line, width: inner.width) { wrapped.append((part, i)) }
        }
        var top = min(scroll, max(0, wrapped.count - inner.height))
        if let selected, let first = wrapped.firstIndex(where: { $0.1 == selected }) {
            if first < top { top = first }
            if first >= top + inner.height { top = first - inner.height + 1 }
        }
        for (row, item) in wrapped.dropFirst(top).prefix(inner.height).enumerated() {
            let style = item.1 == selected ? theme.style(.selection) : theme.style(.text)
            let line = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            if item.1 == selected { buffer.fill(line, style: style) }
            buffer.put(item.0, x: inner.x, y: line.y, style: style, maxWidth: inner.width)
        }
        buffer.cursor = nil
    }
}
