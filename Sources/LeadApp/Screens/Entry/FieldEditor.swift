import Foundation
import LeadModel
import LeadRules
import TerminalUI
import TextMask

/// Turns a form field (its widget kind, the rules' input descriptor and its raw text) into
/// an engine widget, and a widget's content back into raw text for the view-model.
struct FieldEditor {
    let context: FormContext
    /// Remembers the rules' input descriptors; nil asks the rules every time.
    var cache: RenderCache?

    private func input(for rulesPath: FieldPath) -> FieldInput {
        cache?.input(for: rulesPath, rules: context.rules) ?? context.rules.input(for: rulesPath)
    }

    /// The editing state of a field that takes focus, showing the form's `text`.
    func editing(_ path: FieldPath, kind: FieldWidget, text: String) -> FieldEditing {
        let widget = widget(for: path, kind: kind, text: text)
        return FieldEditing(path: path, kind: kind, widget: widget, text: self.text(of: widget, path: path, kind: kind))
    }

    /// The widget for a field, showing `text`.
    func widget(for path: FieldPath, kind: FieldWidget, text: String) -> EditWidget {
        let rulesPath = EntryForm.rulesPath(path)
        let input = input(for: rulesPath)
        switch kind {
        case .code(let list) where ConfiguredLists.isUnset(list, context: context):
            // No list to pick from (`ConfiguredLists`): the number is typed, as the core takes it.
            return .text(TextFieldState(value: text, maxLength: input.maxLength ?? 19, allowed: .digit))
        case .code(let list):
            let options = context.codeList(list).entries.map {
                SelectOption(id: String($0.code), label: $0.name.text(in: context.language))
            }
            var state = SelectState(options: options, selectedID: nil, popupRows: 8)
            state.select(id: text.isEmpty ? nil : text)
            state.acceptsSingleMatch = context.acceptsSingleMatch
            return .select(state)
        case .choice(let values):
            let labels = Dictionary(uniqueKeysWithValues: input.choices.map { ($0.value, $0.label.text(in: context.language)) })
            let options = values.map { SelectOption(id: $0, label: labels[$0] ?? $0) }
            var state = SelectState(options: options, selectedID: nil, popupRows: 8)
            state.select(id: text.isEmpty ? nil : text)
            state.acceptsSingleMatch = context.acceptsSingleMatch
            return .select(state)
        case .yesNo:
            let answer: Bool? = text.isEmpty ? nil : ["да", "yes", "true", "1"].contains(text.lowercased())
            return .checkbox(.yesNo(answer, text: .of(context.language)))
        case .money:
            var state = NumericFieldState(fractionLength: 2, maxIntegerDigits: 12, format: numberFormat)
            if case .success(let value?) = context.rules.wireValue(path: rulesPath, text: text) {
                switch value {
                case .double(let d): state.minorUnits = Int64((d * 100).rounded())
                case .int(let i): state.minorUnits = i * 100
                default: break
                }
            }
            return .number(state)
        case .date:
            return masked(text, CommonFormats.dateMask)
        case .integer:
            return .text(TextFieldState(value: text, maxLength: input.maxLength ?? 19, allowed: .digit))
        case .json:
            return .text(TextFieldState(value: text, maxLength: input.maxLength, allowed: .any))
        case .text:
            if FieldFacts.sensitivity(of: path) == .secret {
                return .text(TextFieldState(value: text, maxLength: 3, allowed: .digit))
            }
            if let mask = input.mask { return masked(text, mask) }
            // A fixed-length value (passport series 4, number 6…) is a mask of that many slots:
            // the engine moves on when a mask fills, as a typist expects.
            if let length = input.fixedLength, length > 0 {
                let slot = input.allowed == .digits ? "#" : "*"
                return .text(TextFieldState(value: String(text.prefix(length)),
                                            mask: InputMask(String(repeating: slot, count: length), placeholder: " ")))
            }
            return .text(TextFieldState(value: text, maxLength: input.maxLength,
                                        allowed: Self.characterClass(input.allowed)))
        }
    }

    /// The raw text a widget holds, in the form the rules read.
    func text(of state: EditWidget, path: FieldPath, kind: FieldWidget) -> String {
        switch state {
        case .select(let s): return s.selected?.id ?? ""
        case .checkbox(let s): return s.isOn.map { $0 ? "да" : "нет" } ?? ""
        case .number(let s): return s.decimalValue.map { "\($0)" } ?? ""
        case .text(let s): return s.mask?.text(fromTyped: s.value) ?? s.value
        }
    }

    /// A text field typed into `mask`, showing the field text `text`.
    private func masked(_ text: String, _ mask: InputMask) -> EditWidget {
        .text(TextFieldState(value: mask.typed(fromText: text), mask: mask))
    }

    /// What a field shows when it does not have focus (see `FieldFacts`).
    func displayState(for path: FieldPath, kind: FieldWidget, text: String) -> EditWidget {
        switch FieldFacts.sensitivity(of: path) {
        case .secret: return .text(TextFieldState(value: FieldFacts.shown(path, text)))
        case .card where !text.isEmpty: return .text(TextFieldState(value: FieldFacts.shown(path, text)))
        default: return widget(for: path, kind: kind, text: text)
        }
    }

    private var numberFormat: NumberFormat {
        NumberFormat(decimalSeparator: context.language.decimalSeparator,
                     groupingSeparator: context.language.groupingSeparator)
    }

    static func characterClass(_ allowed: AllowedCharacters) -> CharacterClass {
        switch allowed {
        case .digits: return .digit
        case .alphanumeric: return .letterOrDigit
        case .any, .numeric, .hexAndDash: return .any
        }
    }
}

