import Crypto
import Foundation

/// Seals and opens the text columns that hold personal data (a draft's typed fields, an
/// outbox entry's lead and its dedup keys): AES-256-GCM, a fresh nonce per write, stored as
/// `aesgcm1:` + base64(nonce ‖ ciphertext ‖ tag) in the same TEXT column.
///
/// Whole fields maps and whole leads are sealed rather than the card number alone: the card
/// holder, the passport, names and phones are in the same text, and picking fields out would
/// leave whatever a later field adds in clear.
struct RowSealer: Sendable {
    let key: StorageKey

    static let prefix = "aesgcm1:"

    static func isSealed(_ stored: String) -> Bool { stored.hasPrefix(prefix) }

    func seal(_ text: String) throws -> String {
        let box = try AES.GCM.seal(Data(text.utf8), using: key.key)
        guard let combined = box.combined else {
            throw StoreError.storageKey(path: key.path, reason: "AES-GCM gave no combined box")
        }
        return Self.prefix + combined.base64EncodedString()
    }

    /// The clear text of a sealed column. Text without the prefix is a row written before
    /// sealing existed (the migration seals those) or the `{}` left in a sent entry.
    func open(_ stored: String) throws -> String {
        guard Self.isSealed(stored) else { return stored }
        guard let combined = Data(base64Encoded: String(stored.dropFirst(Self.prefix.count))) else {
            throw SealError.unreadable
        }
        do {
            let box = try AES.GCM.SealedBox(combined: combined)
            return String(decoding: try AES.GCM.open(box, using: key.key), as: UTF8.self)
        } catch {
            throw SealError.unreadable
        }
    }

    /// Whether `stored` opens with this key (plain text does).
    func opens(_ stored: String) -> Bool { (try? open(stored)) != nil }

    enum SealError: Error { case unreadable }
}
