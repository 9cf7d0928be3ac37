/// Why a call to the core did not give an answer, in terms a person can act on.
///
/// Every text that came from the server is already stripped of control characters.
/// The cases carry what a translation needs; `description` is the English wording.
public enum CoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which wait ran out.
    public enum TimeoutPhase: String, Sendable, Equatable {
        /// Opening the connection (and TLS handshake): nothing was sent.
        case connect
        /// Waiting for the answer after the request was sent.
        case response
    }

    /// Why a change may or may not have been stored.
    public enum UnknownOutcomeCause: Sendable, Equatable {
        /// The connection closed after the request went out and before the answer came.
        case connectionLost
        /// No answer within the request timeout.
        case timedOut
        /// An answer came but could not be read (so its lead id is unknown).
        case unreadableAnswer(path: String, reason: String)
    }

    /// No connection could be made (refused, no route, unknown host). Nothing was sent.
    case unreachable(server: String, reason: String)
    case timedOut(server: String, phase: TimeoutPhase)
    /// A read lost its connection midway (reads are retried before this is reported).
    case connectionLost(server: String)
    /// A create or update went out and no answer came back: the core may or may not have
    /// stored it. Never resend blindly; look for the lead first (`findLeads`).
    case outcomeUnknown(server: String, cause: UnknownOutcomeCause)
    /// The TLS handshake failed, usually an untrusted certificate (see the CA file setting).
    case tls(server: String, reason: String)
    /// A non-2xx answer without the core's error envelope.
    case http(status: Int, server: String)
    /// The core refused the call and said why: `data` of the error envelope, a message
    /// string or an object `{code, message, type}`. `code` (e.g. `NO_MOBILE_PHONE_ERROR`,
    /// `UNEXPECTED_LEAD_STATUS_VALUE`) is nil for the string form; it classifies the refusal,
    /// the message is for people (control characters stripped).
    case core(code: String?, message: String)
    /// The login was refused (wrong user name or password, unknown customer key, locked
    /// user, refused OAuth client), or the core refused a fresh session's token too.
    /// `message` is the core's own text; `loginRefusal` says which refusal it was.
    case unauthorized(server: String, message: String?)
    /// The answer was not what the API documents; `path` is the JSON path that failed
    /// (`data[0].birthDate`), empty when the answer was not JSON at all.
    case badResponse(path: String, reason: String)
    /// The connection settings cannot work (a bad URL, an unreadable CA file…).
    case invalidConfiguration(String)
    case cancelled
    /// The answer was bigger than the `max-answer-mb` setting (or never ended): it was cut
    /// off unread. Asking again would only fetch the same.
    case answerTooLarge(server: String, limitBytes: Int)
    /// A list answer held more records than the `max-records` setting allows.
    case tooManyRecords(server: String, count: Int, limit: Int)
    /// The core answered with a redirect, which is never followed: the password and the
    /// session token go only to the configured server.
    case redirected(server: String, location: String)
    /// The challenge–proof login met an `authMode` leadterm cannot answer (e.g. `MYSQL_…`):
    /// `mode` is the core's name for it, stripped of control characters.
    case unsupportedAuthMode(server: String, mode: String)

    /// True when a create or update may have been stored although no lead id came back.
    public var mayHaveCommitted: Bool {
        if case .outcomeUnknown = self { return true }
        return false
    }

    /// True for failures that may pass if the same call is made again later
    /// (as opposed to refusals and bad settings).
    public var isTransient: Bool {
        switch self {
        case .unreachable, .timedOut, .connectionLost, .outcomeUnknown: return true
        case .http(let status, _): return status >= 500 || status == 429 || status == 408
        case .tls, .core, .unauthorized, .badResponse, .invalidConfiguration, .cancelled: return false
        case .answerTooLarge, .tooManyRecords, .redirected: return false
        case .unsupportedAuthMode: return false
        }
    }

    /// The case name (`unreachable`, `outcomeUnknown`…): safe for logs, which never carry
    /// server texts.
    public var kind: String {
        switch self {
        case .unreachable: return "unreachable"
        case .timedOut(_, let phase): return "timedOut.\(phase.rawValue)"
        case .connectionLost: return "connectionLost"
        case .outcomeUnknown: return "outcomeUnknown"
        case .tls: return "tls"
        case .http(let status, _): return "http.\(status)"
        case .core: return "core"
        case .unauthorized: return "unauthorized"
        case .badResponse: return "badResponse"
        case .invalidConfiguration: return "invalidConfiguration"
        case .cancelled: return "cancelled"
        case .answerTooLarge: return "answerTooLarge"
        case .tooManyRecords: return "tooManyRecords"
        case .redirected: return "redirected"
        case .unsupportedAuthMode: return "unsupportedAuthMode"
        }
    }

    public var description: String {
        switch self {
        case .unreachable(let server, let reason):
            return "The core at \(server) is unreachable (\(reason))."
        case .timedOut(let server, .connect):
            return "The core at \(server) did not accept a connection in time."
        case .timedOut(let server, .response):
            return "The core at \(server) did not answer in time."
        case .connectionLost(let server):
            return "The connection to the core at \(server) was lost before it answered."
        case .outcomeUnknown(let server, let cause):
            let why: String
            switch cause {
            case .connectionLost: why = "the connection was lost before the core answered"
            case .timedOut: why = "the core did not answer in time"
            case .unreadableAnswer(let path, let reason):
                why = "its answer could not be read (\(path.isEmpty ? "" : "\(path): ")\(reason))"
            }
            return "The core at \(server) may or may not have saved the lead: \(why). "
                + "Check for it before sending again."
        case .tls(let server, let reason):
            return "Secure connection to \(server) failed: \(reason). If the bank uses its own "
                + "certificate authority, set ca-file in the configuration."
        case .http(let status, let server):
            return "The core at \(server) answered HTTP \(status)."
        case .core(_, let message):
            return "The core refused: \(message)"
        case .unauthorized(let server, let message):
            let detail = message.map { " (\($0))" } ?? ""
            return "Login to \(server) refused: \(LoginRefusal(coreMessage: message).advice)\(detail)."
        case .badResponse(let path, let reason):
            return path.isEmpty
                ? "The core's answer was not understood: \(reason)."
                : "The core's answer was not understood at \(path): \(reason)."
        case .invalidConfiguration(let message):
            return "Connection settings: \(message)"
        case .cancelled:
            return "The call was cancelled."
        case .answerTooLarge(let server, let limit):
            return "The core's answer is larger than \(CoreError.megabytes(limit)) MB: the core at \(server) "
                + "sent more than the max-answer-mb setting allows, and it was not read."
        case .tooManyRecords(let server, let count, let limit):
            return "The core at \(server) answered \(count) records, more than the max-records setting allows (\(limit))."
        case .redirected(let server, let location):
            return "The core at \(server) redirected the call to \(location); redirects are not followed "
                + "(set server to the address the core answers on)."
        case .unsupportedAuthMode(let server, let mode):
            return "The core at \(server) asks for the login method \(mode), which leadterm cannot do "
                + "(it does \(ScramHash.allCases.map(\.rawValue).joined(separator: ", "))): set auth = \"plain\" or \"oauth\"."
        }
    }
}

extension CoreError {
    /// A byte limit as whole megabytes for messages (32 MiB is "32").
    public static func megabytes(_ bytes: Int) -> Int { max(1, (bytes + (1 << 20) - 1) >> 20) }
}
