import Foundation
import Logging

/// The last line of defence for personal data in logs. Callers log lead ids and field paths
/// only; this scrubs whatever slips through anyway: e-mail addresses, runs of 6 or more digits
/// (passport, phone, card numbers, even when written with spaces or dashes) and Cyrillic words
/// (names, addresses). Metadata whose key names an id (`leadId`, `outboxId`, `draftId`…) keeps
/// a plain number or UUID value: those are what the logs are for.
public enum LogRedactor {
    public static let emailMark = "<email>"
    public static let digitsMark = "<digits>"
    public static let wordMark = "<text>"

    /// `text` with anything that looks personal replaced by a mark.
    public static func scrub(_ text: String) -> String {
        // In this order, each on the previous result (see LogRedactor+Scanners.swift).
        maskingCyrillicWords(maskingDigitRuns(maskingEmails(text)))
    }

    /// Metadata with every value scrubbed, except plain ids under id keys.
    public static func scrub(_ metadata: Logger.Metadata) -> Logger.Metadata {
        metadata.reduce(into: [:]) { out, pair in out[pair.key] = scrub(pair.value, key: pair.key) }
    }

    static func scrub(_ value: Logger.MetadataValue, key: String) -> Logger.MetadataValue {
        switch value {
        case .string(let s):
            return .string(isIdKey(key) && isPlainId(s) ? s : scrub(s))
        case .stringConvertible(let c):
            let s = c.description
            return .string(isIdKey(key) && isPlainId(s) ? s : scrub(s))
        case .array(let items):
            return .array(items.map { scrub($0, key: key) })
        case .dictionary(let dict):
            return .dictionary(dict.reduce(into: [:]) { out, pair in out[pair.key] = scrub(pair.value, key: pair.key) })
        }
    }

    /// `leadId`, `outboxId`, `id`, `draft_id`…
    static func isIdKey(_ key: String) -> Bool {
        key == "id" || key.hasSuffix("Id") || key.hasSuffix("ID") || key.hasSuffix("_id")
    }

    static func isPlainId(_ value: String) -> Bool {
        (!value.isEmpty && value.count <= 19 && value.allSatisfy { $0.isASCII && $0.isNumber })
            || UUID(uuidString: value) != nil
    }
}
