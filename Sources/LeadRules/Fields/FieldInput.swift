import LeadModel
import TextMask

/// The characters a field accepts from the keyboard.
public enum AllowedCharacters: String, Hashable, Sendable {
    /// Anything printable.
    case any
    /// ASCII digits only.
    case digits
    /// Digits and the separators of a date, an amount or a code (`.`, `,`, `-`, space).
    case numeric
    /// Letters and digits (document numbers).
    case alphanumeric
    /// Hexadecimal digits and `-` (a FIAS id).
    case hexAndDash

    /// Whether a typed character may go into the field.
    public func allows(_ ch: Character) -> Bool {
        switch self {
        case .any: return !(ch.unicodeScalars.first.map { $0.properties.generalCategory == .control } ?? false)
        case .digits: return ch.isASCII && ch.isNumber
        case .numeric: return (ch.isASCII && ch.isNumber) || ".,- \u{00A0}".contains(ch)
        case .alphanumeric: return ch.isLetter || (ch.isASCII && ch.isNumber)
        case .hexAndDash: return ch.isHexDigit || ch == "-"
        }
    }
}

/// What kind of value a field holds, for picking an editor.
public enum InputKind: String, Hashable, Sendable {
    case text, digits, phone, email, date, integer, money, boolean, choice, code, identifier
}

/// A choice of a closed list (`periodUnit`) or a documented dictionary code (`sexId`).
public struct InputChoice: Hashable, Sendable {
    /// The wire value (`MONTHS`, `101251`).
    public var value: String
    public var label: LocalizedText
}

/// Everything a screen needs to edit one field: editor kind, length, allowed keys, mask,
/// auto-advance length, example and a one-line help (meaning, format, example) for F1.
public struct FieldInput: Hashable, Sendable {
    public var kind: InputKind
    /// The stable name of the format (`phone.ru`, `snils`, `date`); nil for plain fields.
    public var format: String?
    /// In characters of the field text (Cyrillic counts one each).
    public var maxLength: Int?
    public var allowed: AllowedCharacters
    public var mask: InputMask?
    /// The length of a complete field text when it is fixed, for auto-advance when full.
    public var fixedLength: Int?
    public var example: String?
    public var help: LocalizedText
    /// The values to pick from, for `choice` and `code` fields.
    public var choices: [InputChoice]

    public init(kind: InputKind, format: String? = nil, maxLength: Int? = nil,
                allowed: AllowedCharacters = .any, mask: InputMask? = nil, fixedLength: Int? = nil,
                example: String? = nil, help: LocalizedText, choices: [InputChoice] = []) {
        self.kind = kind; self.format = format; self.maxLength = maxLength; self.allowed = allowed
        self.mask = mask; self.fixedLength = fixedLength; self.example = example; self.help = help
        self.choices = choices
    }
}
