import Foundation
import LeadModel

/// How the simulated core answers a token it no longer accepts: the three expiry signals a
/// client must recognise (`api.md`: 401 and 403 are listed for every method, and an error
/// envelope can say the session is invalid).
public enum ExpiredTokenAnswer: String, Codable, Sendable, CaseIterable {
    /// HTTP 401 with an error envelope (the default).
    case status401 = "401"
    /// HTTP 403 with an error envelope.
    case status403 = "403"
    /// HTTP 200 with the envelope `{"status": "error", "data": {code, message, type}}`.
    case envelope
}

/// The logins the simulator offers besides the plain one, and who a session belongs to.
public struct SimulatorAuthOptions: Sendable {
    /// Every login of the user is refused as a locked user's, with the right password too.
    public var userLocked = false
    /// What `whoami` answers for a live session; a nil `customerKey` gives the simulator's.
    /// Subdivision 101791 is the first code of `subdivisionId` in the vendor's field list.
    public var session = SessionInfo(userId: 1001, branchId: 1, subdivisionId: 101791,
                                     legalEntityId: 1, accessRightId: 1)
    /// The client credentials `POST /oauth/token` accepts.
    public var oauthClientID = "leadterm-demo"
    public var oauthClientSecret = "demo-secret"
    /// The `authMode` the challenge names. `SCRAM_SHA1`, `SCRAM_SHA256` and `SCRAM_SHA512`
    /// are verified; any other (`MYSQL_NATIVE`, `PLAIN`) is named, and no proof passes.
    public var scramAuthMode = "SCRAM_SHA256"
    public var scramIterations = 4096

    public init() {}
}

/// The simulator's answers about logins and sessions, in the core's error envelope.
enum AuthReplies {
    static let unknownCustomerKey = "Неизвестный ключ клиента (customer-key)"
    static let wrongCredentials = "Неверное имя пользователя или пароль"

    static func locked(_ user: String) -> SimReply {
        errorObject(401, code: "USER_LOCKED", message: "Пользователь \(user) заблокирован", type: "SECURITY")
    }

    /// A token that is unknown, expired or revoked, answered the way `answer` says.
    static func refusedToken(_ answer: ExpiredTokenAnswer?) -> SimReply {
        switch answer ?? .status401 {
        case .status401: return .error(401, "Требуется авторизация")
        case .status403: return .error(403, "Доступ запрещён: сессия недействительна")
        case .envelope:
            return errorObject(200, code: "SESSION_EXPIRED", message: "Сессия истекла или недействительна", type: "SECURITY")
        }
    }

    /// The error envelope with `data` as an object `{code, message, type}`.
    static func errorObject(_ status: Int, code: String, message: String, type: String) -> SimReply {
        let tree: JSONValue = .object([
            "status": .string("error"),
            "timestamp": .int(SimReply.nowMillis()),
            "data": .object(["code": .string(code), "message": .string(message), "type": .string(type)]),
        ])
        return SimReply(status: status, body: (try? WireCoding.encode(tree)) ?? Data())
    }

    /// Plain JSON (the OAuth token service speaks RFC 6749, not the core's envelope).
    static func json(_ status: Int, _ object: [String: JSONValue]) -> SimReply {
        SimReply(status: status, body: (try? WireCoding.encode(JSONValue.object(object))) ?? Data())
    }

    /// A request-log body with the OAuth client secret hidden (`client_secret=***`).
    static func redactingClientSecret(_ body: String) -> String {
        guard body.contains("client_secret=") else { return body }
        return body.split(separator: "&", omittingEmptySubsequences: false).map { field in
            field.hasPrefix("client_secret=") ? "client_secret=***" : String(field)
        }.joined(separator: "&")
    }

    /// `application/x-www-form-urlencoded` fields (`+` is a space).
    static func formFields(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            guard let name = parts.first else { continue }
            out[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return out
    }
}
