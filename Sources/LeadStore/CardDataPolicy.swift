import LeadModel

/// The one rule for card data on disk: the CVC is never written (PCI DSS). Every write of a
/// draft or an outbox entry goes through here; nothing else in the store decides it.
public enum CardDataPolicy {
    /// The leaf key of the CVC wherever it appears.
    public static let cvcKey = "cardCvc"

    /// Whether `path` names a CVC (`cardCvc`, or any nested `….cardCvc`).
    public static func isCvc(_ path: FieldPath) -> Bool { path.leafKey == cvcKey }

    /// The typed form fields without any CVC.
    public static func stripped(_ fields: [FieldPath: String]) -> [FieldPath: String] {
        fields.filter { !isCvc($0.key) }
    }

    /// The lead without its CVC, and whether it had a non-empty one (so the operator can be
    /// asked for it again before the lead is resent).
    public static func stripped(_ lead: Lead) -> (lead: Lead, hadCvc: Bool) {
        var copy = lead
        let had = !(lead.cardCvc ?? "").isEmpty
        copy.cardCvc = nil
        return (copy, had)
    }

    /// A JSON tree with every `cardCvc` key removed at any depth (for raw JSON handed in).
    public static func stripped(_ tree: JSONValue) -> JSONValue {
        switch tree {
        case .object(let o):
            var out: [String: JSONValue] = [:]
            for (k, v) in o where k != cvcKey { out[k] = stripped(v) }
            return .object(out)
        case .array(let a):
            return .array(a.map(stripped))
        default:
            return tree
        }
    }

    /// A card number for the screen: only the last four digits shown (`•••• •••• •••• 1234`).
    /// Anything that is not a plausible number is fully masked.
    public static func maskedCardNumber(_ number: String) -> String {
        let digits = number.filter(\.isASCII).filter(\.isNumber)
        guard digits.count >= 8 else { return String(repeating: "•", count: max(digits.count, 4)) }
        let hidden = String(repeating: "•", count: digits.count - 4) + digits.suffix(4)
        var groups: [String] = []
        var current = ""
        for ch in hidden {
            current.append(ch)
            if current.count == 4 { groups.append(current); current = "" }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.joined(separator: " ")
    }
}
