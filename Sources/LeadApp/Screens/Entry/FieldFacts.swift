import LeadModel

/// How much of a field's value the screen may show: one rule per kind of sensitive field,
/// read by the editor, the form, the list tables and the review, so they cannot disagree.
public enum FieldSensitivity: Hashable, Sendable {
    case plain
    /// A card number: only its last four digits, except while it is being typed.
    case card
    /// The card's CVC: dots from the first key typed, everywhere (it is never stored either:
    /// `CardDataPolicy` strips it from drafts and the outbox).
    case secret
}

/// Facts about a form field that do not depend on the rules' country or profile.
public enum FieldFacts {
    public static func sensitivity(of path: FieldPath) -> FieldSensitivity {
        switch path.leafKey {
        case "cardCvc": return .secret
        case "cardNumber": return .card
        default: return .plain
        }
    }

    /// `text` as the screen shows it; `typing` is true for the field being edited.
    public static func shown(_ path: FieldPath, _ text: String, typing: Bool = false) -> String {
        switch sensitivity(of: path) {
        case .plain: return text
        case .secret: return dots(text.count)
        case .card: return typing || text.isEmpty ? text : CardMask.masked(text)
        }
    }

    static func dots(_ count: Int) -> String { String(repeating: "•", count: count) }
}

/// How card numbers are shown once entered: only the last four digits.
public enum CardMask {
    public static func masked(_ number: String) -> String {
        let digits = number.filter(\.isNumber)
        guard digits.count > 4 else { return FieldFacts.dots(digits.count) }
        return FieldFacts.dots(digits.count - 4) + digits.suffix(4)
    }
}
