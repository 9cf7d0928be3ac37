import Foundation
import LeadModel

/// Whether a lead the core holds is the very lead an outbox entry sent, judged by its content
/// (the same person can have several applications: phone and names alone do not tell them apart).
///
/// Every field the app sent must come back with the same value. A core rewrites what it stores,
/// so the comparison is lenient where a core may differ and strict where leads differ:
/// - fields the app did not send (absent, null or empty) are ignored, whatever the core filled in;
/// - a field the core does not return at all is no evidence either way (a lead read may leave
///   fields out); a field it returns with another value is a mismatch;
/// - numbers compare numerically (`30000`, `30000.0`, `"30000.00"` are equal: money);
/// - text compares case-folded, spaces collapsed, `ё` as `е`; phones by their digits; a date
///   `YYYY-MM-DD` equals the same day with a time after it;
/// - lists must have the same number of items, matched pairwise in any order (the core may
///   reorder `extraFields`; items it adds keys to still match);
/// - the CVC never counts: it is never stored, so the outbox cannot know it; `id` is the core's.
public enum LeadContentMatch {
    /// Keys left out of the comparison wherever they appear.
    static let ignoredKeys: Set<String> = [CardDataPolicy.cvcKey, "id"]

    /// Whether `stored` (as the core returns it) carries everything `sent` carried.
    public static func matches(sent: Lead, stored: Lead) -> Bool {
        guard DedupKeys(of: sent) == DedupKeys(of: stored),
              let mine = try? WireCoding.tree(CardDataPolicy.stripped(sent).lead),
              let theirs = try? WireCoding.tree(stored)
        else { return false }
        return agrees(mine, theirs, key: nil)
    }

    /// Whether the core's `stored` value agrees with the `sent` one (`nil`: the core left it out).
    static func agrees(_ sent: JSONValue, _ stored: JSONValue?, key: String?) -> Bool {
        guard let stored, stored != .null else { return true }
        switch sent {
        case .null:
            return true
        case .object(let fields):
            guard let theirs = stored.objectValue else { return false }
            return fields.allSatisfy { name, value in
                ignoredKeys.contains(name) || agrees(value, theirs[name], key: name)
            }
        case .array(let items):
            guard let theirs = stored.arrayValue, theirs.count == items.count else { return false }
            return pairUp(items, theirs)
        case .string(let text) where text.trimmingCharacters(in: .whitespaces).isEmpty:
            return true
        case .bool, .int, .double, .string:
            return sameScalar(sent, stored, key: key)
        }
    }

    /// Each sent item agrees with a distinct stored item (in order first, then any order).
    private static func pairUp(_ mine: [JSONValue], _ theirs: [JSONValue]) -> Bool {
        if zip(mine, theirs).allSatisfy({ agrees($0, $1, key: nil) }) { return true }
        var used = Array(repeating: false, count: theirs.count)
        func place(_ i: Int) -> Bool {
            guard i < mine.count else { return true }
            for j in theirs.indices where !used[j] && agrees(mine[i], theirs[j], key: nil) {
                used[j] = true
                if place(i + 1) { return true }
                used[j] = false
            }
            return false
        }
        return place(0)
    }

    private static func sameScalar(_ sent: JSONValue, _ stored: JSONValue, key: String?) -> Bool {
        if let key, key.lowercased().contains("phone") {
            return DedupMatcher.normalizedPhone(text(of: sent)) == DedupMatcher.normalizedPhone(text(of: stored))
        }
        switch sent {
        case .bool(let flag):
            return boolean(stored) == flag
        case .int, .double:
            return number(sent).map { $0 == number(stored) } ?? false
        case .string(let s):
            if case .int = stored { return number(sent).map { $0 == number(stored) } ?? false }
            if case .double = stored { return number(sent).map { $0 == number(stored) } ?? false }
            guard let t = stored.stringValue else { return false }
            if CalendarDate(iso: s) != nil, t.count > 10, t.hasPrefix(s), [" ", "T"].contains(t.dropFirst(10).first) {
                return true
            }
            return DedupMatcher.normalizedName(s) == DedupMatcher.normalizedName(t)
        default:
            return false
        }
    }

    /// A JSON number, or a string holding only a decimal number (`30000.00`, `30000,00`).
    static func number(_ value: JSONValue) -> Decimal? {
        switch value {
        case .int(let i): return Decimal(i)
        case .double(let d): return d.isFinite ? Decimal(string: "\(d)", locale: Locale(identifier: "en_US_POSIX")) : nil
        case .string(let s):
            let t = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            guard !t.isEmpty, t.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil else { return nil }
            return Decimal(string: t, locale: Locale(identifier: "en_US_POSIX"))
        default: return nil
        }
    }

    private static func boolean(_ value: JSONValue) -> Bool? {
        switch value {
        case .bool(let b): return b
        case .string(let s): return ["true": true, "false": false][s.lowercased()]
        case .int(let i): return i == 0 ? false : i == 1 ? true : nil
        default: return nil
        }
    }

    private static func text(of value: JSONValue) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        default: return ""
        }
    }
}
