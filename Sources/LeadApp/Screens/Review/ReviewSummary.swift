import LeadModel
import LeadRules
import TerminalUI

/// The summary an operator checks against the paper before a send: by section, each list
/// row whole (relative 1 with all its fields, then relative 2), every value as the form
/// shows it (a phone in its mask, money with separators, a code by its name). An edit's
/// summary lists only the changed fields, old → new, in the same forms.
enum ReviewSummary {
    /// The box's lines: the warnings, then a title line per section and its fields.
    /// `review` comes in screen order (`EntryScreen.reviewLines`).
    static func lines(_ review: [ReviewLine], warnings: [Problem], mode: EntryMode, context: FormContext) -> [String] {
        var out: [String] = warnings.map { "? " + $0.message.text(in: context.language) }
        if review.isEmpty { out.append(UIText.nothingChanged.text(in: context.language)) }
        var section: SectionID?
        for line in review {
            let here = FormLayout.sectionID(of: line.path)
            if let here, here != section {
                if section != nil || !warnings.isEmpty { out.append("") }
                out.append("── " + UIText.section(here).text(in: context.language) + " ──")
                section = here
            }
            let name = FieldNames.name(for: EntryForm.rulesPath(line.path)).text(in: context.language)
            let new = shown(line.path, line.new, context), old = shown(line.path, line.old, context)
            switch mode {
            case .new: out.append("\(name): \(new ?? "")")
            case .edit: out.append("\(name): \(old ?? "—") → \(new ?? "—")")
            }
        }
        return out
    }

    /// The first line the box can start at and still be full: End goes there, and no key
    /// scrolls past it (a scroll kept beyond it made ↑ seem dead after PgDn).
    static func lastTop(_ entry: EntryScreen, context: FormContext, area: Size) -> Int {
        guard case .confirm(let review, let warnings) = entry.phase, area.columns > 0 else { return 0 }
        let wrapped = lines(review, warnings: warnings, mode: entry.mode, context: context)
            .reduce(0) { $0 + TextWrap.lines($1, width: area.columns).count }
        return max(0, wrapped - area.rows)
    }

    /// A value as the form shows it: a code by its name, a closed-list value by its label, a
    /// yes/no in the operator's words, a masked field in its mask, money grouped. Card data
    /// arrives already cut (`EntryScreen.reviewText`) and is shown as it is.
    static func shown(_ path: FieldPath, _ text: String?, _ context: FormContext) -> String? {
        guard let text else { return nil }
        guard !text.isEmpty, let kind = FormLayout.widget(for: path) else { return text }
        switch kind {
        case .code(let list):
            guard let code = Int64(text), let entry = context.codeList(list).entry(for: code) else { return text }
            return entry.name.text(in: context.language)
        case .choice:
            let input = context.rules.input(for: EntryForm.rulesPath(path))
            return input.choices.first { $0.value == text }.map { $0.label.text(in: context.language) } ?? text
        case .yesNo:
            // The form keeps answers as да/нет whatever the language; show them in the operator's.
            let rules = context.rules, rulesPath = EntryForm.rulesPath(path)
            guard case .success(.bool(let answer)?) = rules.wireValue(path: rulesPath, text: text) else { return text }
            return rules.displayText(path: rulesPath, value: .bool(answer), language: context.language)
        case .text, .money, .date, .integer, .json:
            guard FieldFacts.sensitivity(of: path) == .plain else { return text }
            switch FieldEditor(context: context).widget(for: path, kind: kind, text: text) {
            case .text(let field): return field.displayText
            case .number(let number): return number.displayText(editing: false)
            case .select, .checkbox: return text
            }
        }
    }
}
