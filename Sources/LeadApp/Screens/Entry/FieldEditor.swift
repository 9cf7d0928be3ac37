import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// Turns a form field (its widget kind, the rules' input descriptor and its raw text) into
/// an engine widget, and a widget's content back into raw text for the view-model.
struct FieldEditor {
    let context: FormContext
    /// Remembers the rules' input descriptors; nil asks the rules every time.
    var cache: RenderCache?

    private func input(for rulesPath: FieldPath) -> FieldInput {
        cache?.input(for: rulesPath, rules: context.rules) ?? context.rules.input(for: rulesPath)
    }

    /// The engine widget for a field, showing `text`.
    func widget(for path: FieldPath, kind: FieldWidget, text: String) -> FieldState {
        let rulesPath = EntryForm.rulesPath(path)
        let input = input(for: rulesPath)
        switch kind {
        case .code(let list):
            let options = context.codeList(list).entries.map {
                SelectOption(id: String($0.code), label: context.language == .ru ? $0.ru : $0.en)
            }
            var state = SelectState(options: options, selectedID: nil, popupRows: 8)
            state.select(id: text.isEmpty ? nil : text)
            return .select(state)
        case .choice(let values):
            let labels = Dictionary(uniqueKeysWithValues: input.choices.map { ($0.value, $0.label.text(in: context.language)) })
            let options = values.map { SelectOption(id: $0, label: labels[$0] ?? $0) }
            var state = SelectState(options: options, selectedID: nil, popupRows: 8)
            state.select(id: text.isEmpty ? nil : text)
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
            let digits = text.filter { $0.isASCII && $0.isNumber }
            return .text(TextFieldState(value: String(digits.prefix(8)), mask: Self.dateMask))
        case .integer:
            return .text(TextFieldState(value: text, maxLength: input.maxLength ?? 19, allowed: .digit))
        case .json:
            return .text(TextFieldState(value: text, maxLength: input.maxLength, allowed: .any))
        case .text:
            if path.leafKey == "cardCvc" {
                return .text(TextFieldState(value: text, maxLength: 3, allowed: .digit))
            }
            if let mask = input.mask {
                let typed = Self.typed(text, in: mask)
                return .text(TextFieldState(value: typed, mask: Self.engineMask(mask)))
            }
            // A fixed-length value (passport series 4, number 6…) is a mask of that many slots:
            // the engine moves on when a mask fills, as a typist expects.
            if let length = input.fixedLength, length > 0 {
                let slot = input.allowed == .digits ? "#" : "*"
                return .text(TextFieldState(value: String(text.prefix(length)),
                                            mask: Mask(String(repeating: slot, count: length), placeholder: " ")))
            }
            return .text(TextFieldState(value: text, maxLength: input.maxLength,
                                        allowed: Self.characterClass(input.allowed)))
        }
    }

    /// The raw text a widget holds, in the form the rules read.
    func text(of state: FieldState, path: FieldPath, kind: FieldWidget) -> String {
        switch state {
        case .select(let s): return s.selected?.id ?? ""
        case .checkbox(let s): return s.isOn.map { $0 ? "да" : "нет" } ?? ""
        case .number(let s): return s.decimalValue.map { "\($0)" } ?? ""
        case .text(let s):
            if case .date = kind { return Self.dateText(s.value) }
            if case .text = kind, let mask = input(for: EntryForm.rulesPath(path)).mask {
                return s.value.isEmpty ? "" : mask.text(fromTyped: s.value)
            }
            return s.value
        }
    }

    /// What a field shows when it does not have focus: card numbers masked, the CVC hidden.
    func displayState(for path: FieldPath, kind: FieldWidget, text: String) -> FieldState {
        switch path.leafKey {
        case "cardCvc":
            return .text(TextFieldState(value: String(repeating: "•", count: text.count)))
        case "cardNumber" where !text.isEmpty:
            return .text(TextFieldState(value: CardMask.masked(text)))
        default:
            return widget(for: path, kind: kind, text: text)
        }
    }

    static let dateMask = Mask("__.__.____")

    /// "29071987" → "29.07.1987"; a partial "2907" → "29.07".
    static func dateText(_ digits: String) -> String {
        var out = ""
        for (i, d) in digits.prefix(8).enumerated() {
            if i == 2 || i == 4 { out.append(".") }
            out.append(d)
        }
        return out
    }

    private var numberFormat: NumberFormat {
        context.language == .ru ? NumberFormat(decimalSeparator: ",", groupingSeparator: " ")
                                : NumberFormat(decimalSeparator: ".", groupingSeparator: ",")
    }

    /// The rules' neutral mask in the engine's pattern syntax.
    static func engineMask(_ mask: InputMask) -> Mask {
        var pattern = ""
        for slot in mask.slots {
            switch slot {
            case .digit: pattern += "#"
            case .letter: pattern += "@"
            case .any: pattern += "*"
            case .literal(let c):
                if "_#@*\\".contains(c) { pattern += "\\" }
                pattern.append(c)
            }
        }
        return Mask(pattern)
    }

    /// The characters typed into a mask's slots for a field text (`79057357014` → `9057357014`).
    static func typed(_ text: String, in mask: InputMask) -> String {
        guard !text.isEmpty else { return "" }
        let shown = Array(mask.display(text: text))
        var out = ""
        for (slot, ch) in zip(mask.slots, shown) {
            if case .literal = slot { continue }
            if ch == "_" { break }
            out.append(ch)
        }
        return out
    }

    static func characterClass(_ allowed: AllowedCharacters) -> CharacterClass {
        switch allowed {
        case .digits: return .digit
        case .alphanumeric: return .letterOrDigit
        case .any, .numeric, .hexAndDash: return .any
        }
    }
}

