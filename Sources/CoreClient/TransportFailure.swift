import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// Turns what the HTTP stack throws into a `CoreError`, deciding the one thing that matters
/// for a create: could the request have reached the core?
enum TransportFailure {
    /// Where the failure happened, as far as the error tells.
    enum Stage: Equatable {
        /// Before any byte of the request could have been sent.
        case connecting(reason: String)
        case connectTimeout
        case tlsHandshake(reason: String)
        /// After the request went out (or may have).
        case afterSending
        case responseTimeout
        /// The answer grew past the size limit (or never ended): cut off unread.
        case tooLarge
        case cancelled
    }

    /// The whole request (head and body) outlasted the request timeout.
    struct WholeRequestTimeout: Error {}

    static func stage(of error: any Error) -> Stage {
        switch error {
        case is CancellationError:
            return .cancelled
        case is WholeRequestTimeout:
            return .responseTimeout
        case is NIOTooManyBytesError:
            return .tooLarge
        case let e as HTTPClientError:
            switch e {
            case .connectTimeout: return .connectTimeout
            case .tlsHandshakeTimeout: return .connectTimeout
            case .readTimeout, .deadlineExceeded, .writeTimeout: return .responseTimeout
            case .cancelled: return .cancelled
            case .invalidURL, .emptyHost, .emptyScheme:
                return .connecting(reason: "invalid server URL")
            default: return .afterSending
            }
        case let e as NIOConnectionError:
            if e.dnsAError != nil || e.dnsAAAAError != nil, e.connectionErrors.isEmpty {
                return .connecting(reason: "host name not found")
            }
            let first = e.connectionErrors.first.map { describe($0.error) } ?? "no address to connect to"
            return .connecting(reason: first)
        case let e as IOError where connectErrnos.contains(e.errnoCode):
            return .connecting(reason: describe(e))
        case let e as ChannelError:
            if case .connectTimeout = e { return .connectTimeout }
            return .afterSending
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError:
            return .tlsHandshake(reason: TLSFailureWords.describe(error))
        default:
            return .afterSending
        }
    }

    /// The error for a call that failed in the transport. A read gets the plain account;
    /// a create or update that may have reached the core gets `outcomeUnknown`.
    static func coreError(_ error: any Error, server: String, isRead: Bool,
                          limitBytes: Int = CoreConnection.defaultMaxAnswerBytes) -> CoreError {
        switch stage(of: error) {
        case .cancelled: return .cancelled
        case .connecting(let reason): return .unreachable(server: server, reason: reason)
        case .connectTimeout: return .timedOut(server: server, phase: .connect)
        case .tlsHandshake(let reason): return .tls(server: server, reason: reason.strippingControlCharacters)
        case .responseTimeout:
            return isRead ? .timedOut(server: server, phase: .response)
                          : .outcomeUnknown(server: server, cause: .timedOut)
        case .tooLarge:
            // A create whose answer was cut off may have been stored all the same.
            return isRead ? .answerTooLarge(server: server, limitBytes: limitBytes)
                          : .outcomeUnknown(server: server, cause: .unreadableAnswer(
                              path: "", reason: "it is larger than \(CoreError.megabytes(limitBytes)) MB"))
        case .afterSending:
            return isRead ? .connectionLost(server: server)
                          : .outcomeUnknown(server: server, cause: .connectionLost)
        }
    }

    /// errno values a failed `connect` reports; none of them can follow a sent request.
    private static let connectErrnos: Set<Int32> = [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL, ETIMEDOUT]

    private static func describe(_ error: any Error) -> String {
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return "connection refused"
            case ENETUNREACH: return "network unreachable"
            case EHOSTUNREACH: return "no route to host"
            case ETIMEDOUT: return "connection timed out"
            default: return String(cString: strerror(io.errnoCode))
            }
        }
        return "\(error)"
    }
}
