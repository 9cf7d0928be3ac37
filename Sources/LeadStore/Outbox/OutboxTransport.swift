import Foundation
import LeadModel

/// How a failed send ended, as the outbox needs to know it.
public enum OutboxSendError: Error, Hashable, Sendable {
    /// Nothing reached the core (unreachable, refused, timed out before sending, 5xx):
    /// try again later.
    case retryable(String)
    /// The request went out and the answer was lost (connection dropped, timed out after
    /// sending): the core may have it.
    case outcomeUnknown(String)
    /// The core said no (error envelope, 4xx): permanent, the operator must act.
    case rejected(String)

    /// The message for the operator.
    public var message: String {
        switch self {
        case .retryable(let m), .outcomeUnknown(let m), .rejected(let m): return m
        }
    }
}

/// The three calls the outbox needs from the core. The app adapts its core client to it; tests
/// use fakes. Implementations must classify failures exactly (see `OutboxSendError`).
public protocol OutboxTransport: Sendable {
    /// `POST leads`: the new lead's id.
    func create(_ lead: Lead) async throws(OutboxSendError) -> Int64
    /// `PUT leads/{id}`: the integer the core returns (presumably the lead id), if any.
    func update(_ id: Int64, _ lead: Lead) async throws(OutboxSendError) -> Int64?
    /// `GET leads/find/date-from/{from}/date-to/{to}`: the leads created in the window.
    func findLeads(from: Date, to: Date) async throws(OutboxSendError) -> [LeadRecord]
}
