import Foundation
import LeadModel

/// Picks the leads the core holds that may be "ours" after a create whose outcome is unknown:
/// the same person (mobile phone and names, normalized), in the right time, unclaimed. Which of
/// them really is ours is then decided on content by `LeadContentMatch`.
public enum DedupMatcher {
    /// Digits only; a Russian `8XXXXXXXXXX` trunk prefix becomes `7`, so `8 (916) 123-45-67`,
    /// `+7 916 1234567` and `79161234567` compare equal.
    public static func normalizedPhone(_ phone: String?) -> String {
        var digits = (phone ?? "").filter { $0.isASCII && $0.isNumber }
        if digits.count == 11, digits.hasPrefix("8") { digits = "7" + digits.dropFirst() }
        if digits.count == 10 { digits = "7" + digits }
        return digits
    }

    /// Case-folded, whitespace collapsed, `ё` read as `е` (people and systems write both).
    public static func normalizedName(_ name: String?) -> String {
        (name ?? "")
            .lowercased()
            .replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// Whether `lead` carries these keys (the same person; not necessarily the same lead).
    public static func matches(_ keys: DedupKeys, _ lead: Lead) -> Bool {
        DedupKeys(of: lead) == keys
    }

    /// The core's leads that may be ours, best first: the same person (phone and names, so the
    /// find answer's summary is enough to pick them), not claimed by another outbox entry, and
    /// created no earlier than `notBefore` (unix ms, the core's clock): a lead made before our
    /// first send cannot be ours. Among several, the one created first after our first send
    /// comes first. A record without an id or a creation time is never a candidate: it cannot be
    /// proven ours. Whether one really is ours is decided on its whole content
    /// (`LeadContentMatch`), which the find answer need not carry.
    public static func candidates(for keys: DedupKeys, createdNotBefore notBefore: Int64, among records: [LeadRecord],
                                  excluding claimed: Set<Int64>) -> [LeadRecord] {
        // Nothing to recognise it by: never adopt a stranger's lead.
        guard !(keys.mobilePhone.isEmpty && keys.lastName.isEmpty && keys.firstName.isEmpty) else { return [] }
        return records
            .filter { record in
                guard let id = record.info.id ?? record.lead.id, let created = record.info.creationDate else { return false }
                return !claimed.contains(id) && created >= notBefore && matches(keys, record.lead)
            }
            .sorted { a, b in
                let (ca, cb) = (a.info.creationDate ?? .max, b.info.creationDate ?? .max)
                if ca != cb { return ca < cb }
                return (a.info.id ?? a.lead.id ?? .max) < (b.info.id ?? b.lead.id ?? .max)
            }
    }
}
