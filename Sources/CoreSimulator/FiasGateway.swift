import Foundation
import LeadModel

/// The vendor gateway's FIAS look-up (`POST /outside/fias/{customer-key}/getFiasId`, form
/// field `addr`; vendor page 533, which no public copy shows), on a small built-in address
/// list: the vendor sample lead's addresses and a few demo ones.
///
/// Page 533 being unavailable, the answers for "no match" and "several matches" are this
/// simulator's choice, and the client reads them tolerantly:
/// - one match: `data` = `{"fias_id": "…", "address": "…"}`;
/// - none: `data` = `{"fias_id": null}`;
/// - several: `data` = `{"fias_id": null, "candidates": [{"fias_id", "address"}, …]}`.
///
/// An address matches when every word typed is one of its words (lower case, `ё` as `е`,
/// punctuation ignored, `улица`/`дом`/… as the FIAS abbreviations `ул`/`д`/…).
enum FiasGateway {
    struct Entry: Sendable {
        let fiasId: String
        let address: String
    }

    static let addresses: [Entry] = [
        // The vendor's sample lead (`sample-lead.json`).
        Entry(fiasId: "77523bc3-b053-456b-b99b-0a26e2e6af0c", address: "г Москва, наб Академика Туполева, д 15 к 12"),
        Entry(fiasId: "6fe4f702-b9f1-4e0d-890a-be9963f64a21",
              address: "Московская обл, г Химки, кв-л Старбеево, кв-л Ленина, д 5, кв 14"),
        Entry(fiasId: "be540338-8f26-4e74-81ed-789f9495297a", address: "Московская обл, г Химки, ул Зеленая, д 10, кв 35"),
        // Demo addresses (invented ids), two more with a "Ленина" in other cities.
        Entry(fiasId: "3c1f7a52-9d4e-4b8a-a6f1-5e2d0c9b7a41", address: "г Пермь, ул Ленина, д 60"),
        Entry(fiasId: "a8e5d2c4-1b7f-4e93-8c06-d4f2b9a1e357", address: "г Челябинск, пр-кт Ленина, д 54"),
        Entry(fiasId: "5b9e0f13-7c2a-4d68-b4e1-0a3c6d8f2e95", address: "г Тверь, ул Советская, д 23"),
        Entry(fiasId: "e2d47a90-6f3b-4c15-9a8e-7b1c5f0d3a26", address: "г Казань, ул Баумана, д 19"),
    ]

    /// The longest `addr` looked at; a longer one is refused rather than scanned.
    static let maxAddressLength = 500

    static func lookUp(_ address: String) -> SimReply {
        let wanted = words(address)
        guard !wanted.isEmpty else { return .error(400, "Не задан адрес (addr)") }
        guard address.count <= maxAddressLength else { return .error(400, "Слишком длинный адрес") }
        let found = addresses.filter { wanted.isSubset(of: words($0.address)) }
        switch found.count {
        case 0:
            return .ok(.object(["fias_id": .null]))
        case 1:
            return .ok(.object(["fias_id": .string(found[0].fiasId), "address": .string(found[0].address)]))
        default:
            let candidates = found.map { JSONValue.object(["fias_id": .string($0.fiasId), "address": .string($0.address)]) }
            return .ok(.object(["fias_id": .null, "candidates": .array(candidates)]))
        }
    }

    private static let abbreviations: [String: String] = [
        "город": "г", "улица": "ул", "дом": "д", "корпус": "к", "квартира": "кв", "набережная": "наб",
        "область": "обл", "проспект": "пр кт", "квартал": "кв л",
    ]

    static func words(_ text: String) -> Set<String> {
        let lowered = text.lowercased().replacingOccurrences(of: "ё", with: "е")
        let raw = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return Set(raw.flatMap { abbreviations[$0]?.split(separator: " ").map(String.init) ?? [$0] })
    }

    /// `addr` from an `application/x-www-form-urlencoded` body.
    static func formField(_ name: String, in body: Data) -> String? {
        let text = String(decoding: body, as: UTF8.self)
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first == Substring(name) else { continue }
            let value = parts.count > 1 ? String(parts[1]) : ""
            return value.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
        }
        return nil
    }
}
