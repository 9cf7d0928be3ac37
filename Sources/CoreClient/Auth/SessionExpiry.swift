import Foundation
import LeadModel

/// Whether an answer says the session (the `bsauth` token) is no longer valid, so the
/// client logs in again once and repeats the call.
///
/// The vendor's beta pages list 401 and 403 among every method's answers and document no
/// expiry code, so three signals count: HTTP 401, HTTP 403, and a 2xx error envelope whose
/// `data` (a string, or the object `{code, message, type}`) names the session or token as
/// invalid or expired. "Names" means one word of each list below, in its code or message,
/// English or Russian, compared without case:
/// - the session: `session`, `token`, `bsauth`, `сесси`, `токен`;
/// - its state: `invalid`, `expired`, `expire`, `not valid`, `unknown`, `not found`,
///   `timed out`, `timeout`, `недействител`, `неверн`, `истек`, `истёк`, `просроч`,
///   `устарел`, `не найден`, `неизвестн`, `закончил`, `завершен`, `завершён`.
/// So `INVALID_SESSION`, `TOKEN_EXPIRED`, `SESSION_NOT_FOUND` and "Сессия истекла" count;
/// an envelope that merely refuses the data (`NO_MOBILE_PHONE_ERROR`) does not.
enum SessionExpiry {
    static let subjects = ["session", "token", "bsauth", "сесси", "токен"]
    static let states = ["invalid", "expired", "expire", "not valid", "unknown", "not found", "timed out", "timeout",
                         "недействител", "неверн", "истек", "истёк", "просроч", "устарел", "не найден",
                         "неизвестн", "закончил", "завершен", "завершён"]

    /// Error envelopes are small; a large 2xx answer is data and is not read twice.
    private static let largestEnvelope = 16 << 10

    static func isExpired(_ answer: RawAnswer) -> Bool {
        if answer.status == 401 || answer.status == 403 { return true }
        guard (200..<300).contains(answer.status), let error = errorEnvelope(answer.body) else { return false }
        return [error.code, error.message].contains { namesInvalidSession($0) }
    }

    static func namesInvalidSession(_ text: String?) -> Bool {
        guard let text = text?.lowercased(), !text.isEmpty else { return false }
        return subjects.contains { text.contains($0) } && states.contains { text.contains($0) }
    }

    /// The core's words for a refused session, cleaned for display: the message, else the code.
    static func message(in answer: RawAnswer) -> String? {
        guard let error = errorEnvelope(answer.body) else { return nil }
        return (error.message ?? error.code).map(AnswerDecoding.clean)
    }

    /// `code` and `message` of an error envelope (`data` as a string is the message).
    static func errorEnvelope(_ body: Data) -> (code: String?, message: String?)? {
        guard body.count <= largestEnvelope,
              let tree = try? WireCoding.decode(JSONValue.self, from: body),
              let object = tree.objectValue, let status = object["status"]?.stringValue, status != "ok"
        else { return nil }
        switch object["data"] {
        case .string(let text)?:
            return (nil, text)
        case .object(let fields)?:
            return (fields["code"]?.stringValue, fields["message"]?.stringValue)
        default:
            return (nil, object["message"]?.stringValue ?? object["error"]?.stringValue)
        }
    }
}
