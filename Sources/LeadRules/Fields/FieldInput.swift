import LeadModel

/// One position of an input mask, in a form neutral to any UI toolkit.
public enum MaskSlot: Hashable, Sendable {
    /// Shown as is and typed over (the `-` of `___-___`).
    case literal(Character)
    case digit
    case letter
    case any
}

/// A display mask: how a field looks while typed (`+7 (___) ___-__-__`) and how the entered
/// characters become the field text that the rules take (`79057357014`).
public struct InputMask: Hashable, Sendable {
    public var slots: [MaskSlot]
    /// Text the field value starts with that the mask shows as a literal (the `7` of `+7`).
    public var textPrefix: String
    /// Whether the literals are part of the field text (`989-098`) or only shown (`+7 (…)`).
    public var keepsLiterals: Bool

    public init(_ pattern: String, textPrefix: String = "", keepsLiterals: Bool) {
        // `_` is a digit slot, `A` a letter slot, `*` any character; everything else is literal.
        slots = pattern.map { ch -> MaskSlot in
            switch ch {
            case "_": return .digit
            case "A": return .letter
            case "*": return .any
            default: return .literal(ch)
            }
        }
        self.textPrefix = textPrefix
        self.keepsLiterals = keepsLiterals
    }

    /// How many characters the user types into the mask.
    public var inputSlotCount: Int { slots.filter { if case .literal = $0 { return false } else { return true } }.count }

    /// The field text for what the user typed into the slots (only the typed characters,
    /// in order; characters that do not fit their slot are skipped).
    public func text(fromTyped typed: String) -> String {
        var out = textPrefix
        var input = typed[...]
        for slot in slots {
            guard !input.isEmpty else { break }
            switch slot {
            case .literal(let ch):
                if keepsLiterals { out.append(ch) }
            case .digit, .letter, .any:
                while let ch = input.first {
                    input = input.dropFirst()
                    if InputMask.fits(ch, slot) { out.append(ch); break }
                }
            }
        }
        return out
    }

    /// The masked display of a field text (`79057357014` → `+7 (905) 735-70-14`); unfilled
    /// slots are shown as `_`.
    public func display(text: String) -> String {
        var source = Substring(text)
        if source.hasPrefix(textPrefix) { source = source.dropFirst(textPrefix.count) }
        var out = ""
        for slot in slots {
            switch slot {
            case .literal(let ch):
                out.append(ch)
                if keepsLiterals, source.first == ch { source = source.dropFirst() }
            case .digit, .letter, .any:
                if let ch = source.first { out.append(ch); source = source.dropFirst() } else { out.append("_") }
            }
        }
        return out
    }

    static func fits(_ ch: Character, _ slot: MaskSlot) -> Bool {
        switch slot {
        case .digit: return ch.isASCII && ch.isNumber
        case .letter: return ch.isLetter
        case .any: return true
        case .literal(let l): return ch == l
        }
    }
}

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
