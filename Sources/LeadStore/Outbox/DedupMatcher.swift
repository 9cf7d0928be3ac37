import Foundation
import LeadModel

/// Recognises "our" lead among those the core holds, after a create whose outcome is unknown:
/// same mobile phone and same names, compared after normalization.
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

    /// Whether `lead` carries these keys.
    public static func matches(_ keys: DedupKeys, _ lead: Lead) -> Bool {
        DedupKeys(of: lead) == keys
    }

    /// The core's lead that is most likely ours: matching keys, not already claimed by another
    /// outbox entry, created closest to when we first sent. Nil when none matches.
    public static func bestMatch(for keys: DedupKeys, sentAt: Date, among records: [LeadRecord],
                                 excluding claimed: Set<Int64>) -> LeadRecord? {
        // Nothing to recognise it by: never adopt a stranger's lead.
        guard !(keys.mobilePhone.isEmpty && keys.lastName.isEmpty && keys.firstName.isEmpty) else { return nil }
        let target = sentAt.timeIntervalSince1970 * 1000
        return records
            .filter { record in
                guard let id = record.info.id ?? record.lead.id else { return false }
                return !claimed.contains(id) && matches(keys, record.lead)
            }
            .min { a, b in
                let da = a.info.creationDate.map { abs(Double($0) - target) } ?? .infinity
                let db = b.info.creationDate.map { abs(Double($0) - target) } ?? .infinity
                if da != db { return da < db }
                return (a.info.id ?? a.lead.id ?? .max) < (b.info.id ?? b.lead.id ?? .max)
            }
    }
}
