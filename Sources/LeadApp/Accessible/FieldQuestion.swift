import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// One form field asked as a question: "label, required, format, now: value:". A short
/// code list is said before it, numbered; a long one (countries) is answered by the start of
/// a name.
struct FieldQuestion {
    var lines: [String] = []
    var text: String
    var secret: Bool

    /// Lists up to this long are read out whole; longer ones are answered by name.
    static let listedChoices = 12

    init(path: FieldPath, widget: FieldWidget, form: EntryForm, state s: ScreenState, sayProblem: Bool = true) {
        var parts = [Self.rowPrefix(path, s) + s.text(EntryView.label(for: path))]
        if s.context.profile.isRequired(path) { parts.append(s.text(DialogueWords.required)) }
        let choices = FieldAnswer.choices(path: path, widget: widget, context: s.context)
        if let choices {
            if choices.count <= Self.listedChoices {
                lines = choices.enumerated().map { "\($0.offset + 1) — \($0.element.label)" }
            }
            parts.append(s.text(DialogueWords.chooseFromList) + " (\(choices.count))")
        } else if widget == .yesNo {
            parts.append(s.text(DialogueWords.yesNo))
        } else {
            parts.append(Self.format(s.context.rules.input(for: EntryForm.rulesPath(path)).help.text(in: s.language)))
        }
        let value = form.text(path)
        let shown: String
        switch FieldFacts.sensitivity(of: path) {
        case .secret: shown = value.isEmpty ? s.text(DialogueWords.empty) : s.text(DialogueWords.hidden)
        case .card: shown = value.isEmpty ? s.text(DialogueWords.empty) : CardMask.masked(value)
        case .plain:
            // A half-typed mask shows its empty slots on screen; said, they are noise.
            let display = (ReviewSummary.shown(path, value, s.context) ?? value).trimmingCharacters(in: CharacterSet(charactersIn: "_ "))
            shown = value.isEmpty ? s.text(DialogueWords.empty) : display
        }
        parts.append("\(s.text(DialogueWords.now)): \(shown)")
        // A value kept although wrong says why when it is asked again.
        let status = form.status(of: path)
        if sayProblem, status == .invalid || status == .warning, let message = form.message(for: path) {
            lines.append(s.text(message))
        }
        text = parts.joined(separator: ", ") + ":"
        secret = FieldFacts.sensitivity(of: path) == .secret
    }

    /// "Родственники, строка 1: " before a row's field: the same labels come again in every row.
    static func rowPrefix(_ path: FieldPath, _ s: ScreenState) -> String {
        guard let list = EntryForm.innermostList(holding: path), path.components.count > list.components.count,
              case .index(let row) = path.components[list.components.count] else { return "" }
        return s.text(DialogueWords.row(EntryView.label(for: list), row + 1)) + ": "
    }

    /// The help line is "Name — format. Example: x": the name is said already.
    static func format(_ help: String) -> String {
        guard let dash = help.range(of: " — ") else { return help }
        return String(help[dash.upperBound...])
    }
}

/// An answer turned into the field's text the way the field's own editor takes it: a choice
/// by number or name, yes/no in words, anything else through the same widget a paste goes
/// into (masks, lengths, digits), so the text is what typing it would have made.
enum FieldAnswer {
    struct Choice {
        var id: String
        var label: String
    }

    static func choices(path: FieldPath, widget: FieldWidget, context: FormContext) -> [Choice]? {
        switch widget {
        case .code(let list) where !ConfiguredLists.isUnset(list, context: context):
            return context.codeList(list).entries.map { Choice(id: String($0.code), label: $0.name.text(in: context.language)) }
        case .choice(let values):
            let input = context.rules.input(for: EntryForm.rulesPath(path))
            return values.map { value in
                Choice(id: value, label: input.choices.first { $0.value == value }?.label.text(in: context.language) ?? value)
            }
        default: return nil
        }
    }

    static func text(_ answer: String, path: FieldPath, widget: FieldWidget, state s: ScreenState) -> Result<String, LocalizedText> {
        if let choices = choices(path: path, widget: widget, context: s.context) {
            return choose(answer, from: choices)
        }
        if widget == .yesNo {
            if Dialogue.isYes(answer) { return .success("да") }
            if Dialogue.isNo(answer) { return .success("нет") }
            return .failure(DialogueWords.yesNo)
        }
        let editor = s.fieldEditor
        var field = editor.widget(for: path, kind: widget, text: "")
        let outcome = field.paste(answer)
        let format = LocalizedText(ru: FieldQuestion.format(s.context.rules.input(for: EntryForm.rulesPath(path)).help.ru),
                                   en: FieldQuestion.format(s.context.rules.input(for: EntryForm.rulesPath(path)).help.en))
        switch outcome {
        case .rejected: return .failure(format)
        case .overflowed:
            return .failure(LocalizedText(ru: "\(DialogueWords.tooLong.ru): \(format.ru)", en: "\(DialogueWords.tooLong.en): \(format.en)"))
        default: break
        }
        let text = editor.text(of: field, path: path, kind: widget)
        if text.isEmpty { return .failure(format) }
        return .success(text)
    }

    /// By number in the list, by the wire value, by the whole name, or by the one name that
    /// starts with the answer.
    static func choose(_ answer: String, from choices: [Choice]) -> Result<String, LocalizedText> {
        if let n = Int(answer), choices.indices.contains(n - 1) { return .success(choices[n - 1].id) }
        let word = answer.lowercased()
        if let exact = choices.first(where: { $0.id.lowercased() == word || $0.label.lowercased() == word }) {
            return .success(exact.id)
        }
        let starting = choices.filter { $0.label.lowercased().hasPrefix(word) }
        if starting.count == 1 { return .success(starting[0].id) }
        if starting.isEmpty { return .failure(DialogueWords.noSuchChoice) }
        let named = starting.prefix(6).map(\.label).joined(separator: ", ")
        return .failure(LocalizedText(ru: "\(DialogueWords.severalChoices.ru): \(named)", en: "\(DialogueWords.severalChoices.en): \(named)"))
    }
}
