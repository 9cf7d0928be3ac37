import Foundation
import LeadModel
import NIOHTTP1

/// An HTTP answer as received, before it is read as an envelope.
struct RawAnswer: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: Data
    /// What the decoders may build from it (`RecordList`, `RequestedClients`).
    var limits: AnswerLimits = .unbounded
}

/// Reads the core's `{status, timestamp, data}` envelope and turns every way it can go
/// wrong into a `CoreError` naming the JSON path.
enum AnswerDecoding {
    /// The session token from a login answer. Whatever goes wrong is about the login, never
    /// about a lead: a 5xx is the core being unavailable (worth trying later, even when it
    /// carries a message), any other refusal is `unauthorized`, so an outbox never takes a
    /// failed login for the core refusing the lead it was about to send.
    static func loginToken(from answer: RawAnswer, server: String) throws(CoreError) -> String {
        if let refusal = loginRefusal(in: answer, server: server) { throw refusal }
        guard let token = answer.headers.first(name: "bsauth"), !token.isEmpty else {
            throw .badResponse(path: "header bsauth", reason: "the login answer carries no session token")
        }
        return token
    }

    /// Why an answer to a login step (the login, the challenge, the proof) is not a success,
    /// or nil when it is a 2xx answer without an error envelope.
    static func loginRefusal(in answer: RawAnswer, server: String) -> CoreError? {
        let message = coreMessage(in: answer.body)
        switch answer.status {
        case 200..<300:
            return message.map { .unauthorized(server: server, message: $0) }
        case 500...:
            return .http(status: answer.status, server: server)
        case 400, 401, 403:
            return .unauthorized(server: server, message: message)
        default:
            return message.map { CoreError.unauthorized(server: server, message: $0) } ?? .http(status: answer.status, server: server)
        }
    }

    /// The payload of a successful answer. `isRead` false means the call changed data: an
    /// answer it cannot read then leaves the outcome unknown rather than merely unreadable.
    static func payload<T: Decodable & Sendable>(_ type: T.Type, from answer: RawAnswer, server: String, isRead: Bool) throws(CoreError) -> T {
        try stamped(type, from: answer, server: server, isRead: isRead).data
    }

    /// The payload and the core's clock (`timestamp`, unix ms) when the envelope carries it.
    static func stamped<T: Decodable & Sendable>(_ type: T.Type, from answer: RawAnswer, server: String,
                                                 isRead: Bool) throws(CoreError) -> (data: T, timestamp: Int64?) {
        guard (200..<300).contains(answer.status) else {
            if let refusal = coreRefusal(in: answer.body) { throw refusal }
            throw .http(status: answer.status, server: server)
        }
        let envelope: Envelope<T>
        do {
            let decoder = WireCoding.decoder()
            decoder.userInfo[AnswerLimits.userInfoKey] = answer.limits
            envelope = try decoder.decode(Envelope<T>.self, from: answer.body)
        } catch let tooMany as RecordLimitExceeded {
            throw .tooManyRecords(server: server, count: tooMany.count, limit: tooMany.limit)
        } catch {
            var (path, reason) = describe(error)
            // The decoder says only "not valid JSON" of an answer nested past its limit.
            if path.isEmpty, let depth = nestingBeyond(Self.decoderNestingLimit, in: answer.body) {
                reason = "it is valid JSON nested deeper than \(Self.decoderNestingLimit) levels (at least \(depth))"
            }
            throw isRead ? .badResponse(path: path, reason: reason)
                         : .outcomeUnknown(server: server, cause: .unreadableAnswer(path: path, reason: reason))
        }
        switch envelope.status {
        case .error(let message):
            throw .core(code: envelope.errorCode.map(clean), message: clean(message))
        case .ok:
            guard let data = envelope.data else {
                throw isRead ? .badResponse(path: "data", reason: "is missing")
                             : .outcomeUnknown(server: server, cause: .unreadableAnswer(path: "data", reason: "is missing"))
            }
            return (data, envelope.timestamp)
        }
    }

    /// The core's error text when `body` is an error envelope, cleaned for display.
    static func coreMessage(in body: Data) -> String? {
        guard let envelope = try? WireCoding.decode(Envelope<JSONValue>.self, from: body),
              case .error(let message) = envelope.status
        else { return nil }
        return clean(message)
    }

    /// The core's refusal (message and code) when `body` is an error envelope.
    static func coreRefusal(in body: Data) -> CoreError? {
        guard let envelope = try? WireCoding.decode(Envelope<JSONValue>.self, from: body),
              case .error(let message) = envelope.status
        else { return nil }
        return .core(code: envelope.errorCode.map(clean), message: clean(message))
    }

    /// Gateways' 502/503/504, and a 500 that is not a core refusal, may pass on a repeat.
    static func isWorthRepeating(_ answer: RawAnswer) -> Bool {
        switch answer.status {
        case 502, 503, 504: return true
        case 500: return coreMessage(in: answer.body) == nil
        default: return false
        }
    }

    /// How deep Foundation's JSON decoder nests before it refuses.
    static let decoderNestingLimit = 512

    /// The nesting reached when it passes `limit` (brackets outside strings; the scan stops
    /// there), nil when it never does: one pass over the bytes, no allocation.
    static func nestingBeyond(_ limit: Int, in body: Data) -> Int? {
        var depth = 0, inString = false, escaped = false
        for byte in body {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return depth }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return nil
    }

    static func describe(_ error: any Error) -> (path: String, reason: String) {
        guard let decoding = error as? DecodingError else { return ("", "\(error)") }
        let (path, reason) = decoding.pathAndReason
        if path.isEmpty, case .dataCorrupted = decoding { return ("", "it is not valid JSON") }
        return (path, clean(reason))
    }

    /// Server texts are shown to people: no control characters, bounded length.
    static func clean(_ text: String) -> String {
        let stripped = text.strippingControlCharacters
        return stripped.count > 500 ? String(stripped.prefix(500)) + "…" : stripped
    }
}
