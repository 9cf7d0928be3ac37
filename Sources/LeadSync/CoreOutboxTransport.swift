import CoreClient
import Foundation
import LeadModel
import LeadStore

/// The outbox's four calls made through the core client, with every `CoreError` sorted into
/// what the outbox must do next (see `classify`).
public struct CoreOutboxTransport: OutboxTransport {
    /// Which kind of call failed: the same error means different things for each.
    public enum Call: Hashable, Sendable {
        /// `POST leads`: not idempotent.
        case create
        /// `PUT leads/{id}`: idempotent.
        case update
        /// A search or any other read.
        case read
    }

    private let core: any CoreService

    public init(core: any CoreService) {
        self.core = core
    }

    public func create(_ lead: Lead) async throws(OutboxSendError) -> Int64 {
        do {
            return try await core.createLead(lead)
        } catch {
            throw Self.classify(error, call: .create)
        }
    }

    public func update(_ id: Int64, _ lead: Lead) async throws(OutboxSendError) -> Int64? {
        do {
            return try await core.updateLead(id: id, lead)
        } catch {
            throw Self.classify(error, call: .update)
        }
    }

    /// The window goes through as given; the client writes it in the core's time zone
    /// (`CoreConnection.coreTimeZone`).
    public func findLeads(from: Date, to: Date) async throws(OutboxSendError) -> LeadSearch {
        do {
            let (leads, coreTime) = try await core.findLeadsStamped(from: from, to: to)
            return LeadSearch(records: leads, coreTime: coreTime)
        } catch {
            throw Self.classify(error, call: .read)
        }
    }

    public func fetchLead(id: Int64) async throws(OutboxSendError) -> LeadRecord {
        do {
            return try await core.fetchLead(id: id)
        } catch {
            throw Self.classify(error, call: .read)
        }
    }

    /// What the operator is told when the core refuses the login.
    public static let loginRefusedMessage =
        "unauthorized: the core refused the login (user name, password or customer key): fix the connection settings, then retry"

    /// An outbox error as stored: its kind (`unreachable`, `http.503`, `core.NO_MOBILE_PHONE_ERROR`),
    /// then the technical detail. The screens say the kind in the operator's words and the
    /// detail after it; the command line and the log show it as it is.
    public static func stored(_ error: CoreError) -> String {
        var kind = error.kind
        if case .core(let code?, _) = error, !code.isEmpty, code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            kind += "." + code
        }
        return "\(kind): \(error.description)"
    }

    /// Sorts a core failure for the outbox.
    ///
    /// The rule is "could the core have stored it?": only then is a create `outcomeUnknown`
    /// (the processor searches before posting again). The client already turns every transport
    /// failure after a create or update went out into `CoreError.outcomeUnknown`, so a
    /// `timedOut(.response)` or `connectionLost` seen here on a create came from the login
    /// before it, and nothing was sent.
    ///
    /// `unauthorized` is a rejection, not a retry: the client has already logged in again once
    /// after a refused token, so an expired session does not reach here; what does is a login
    /// the core refuses, and retrying it on a timer could lock the operator's account.
    public static func classify(_ error: CoreError, call: Call) -> OutboxSendError {
        let message = Self.stored(error)
        switch error {
        case .unreachable, .timedOut, .connectionLost:
            return .retryable(message)
        case .tls:
            // Nothing was sent. Usually a CA setting to fix, but a handshake can also fail in
            // passing; the lead waits safely either way and the message names the fix.
            return .retryable(message)
        case .outcomeUnknown:
            return .outcomeUnknown(message)
        case .cancelled:
            // A cancelled create may already have gone out.
            return call == .create ? .outcomeUnknown(message) : .retryable(message)
        case .http(let status, _):
            switch status {
            case 500...599:
                // A real core may commit and then fail: search before posting again. A PUT
                // and a read can simply be repeated.
                return call == .create ? .outcomeUnknown(message) : .retryable(message)
            case 408, 429:
                // The server did not take the request (too slow to arrive, too many requests).
                return .retryable(message)
            default:
                return .rejected(message)
            }
        case .badResponse:
            // On a create or update the answer could not be read: it may have been stored.
            return call == .read ? .rejected(message) : .outcomeUnknown(message)
        case .answerTooLarge, .tooManyRecords:
            // Only reads end so (a create's cut-off answer is already outcomeUnknown); asking
            // again would fetch the same.
            return call == .read ? .rejected(message) : .outcomeUnknown(message)
        case .redirected:
            // An answer, not a store: the server setting points at the wrong address.
            return .rejected(message)
        case .core, .invalidConfiguration:
            return .rejected(message)
        case .unauthorized:
            return .rejected(loginRefusedMessage)
        case .unsupportedAuthMode:
            return .rejected(message)
        }
    }
}
