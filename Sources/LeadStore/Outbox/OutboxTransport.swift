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

/// What a search of the core's leads by creation time found.
public struct LeadSearch: Sendable {
    /// The leads created in the window, as the find call returns them (possibly only a summary
    /// of each: id, names, phone, creation time).
    public var records: [LeadRecord]
    /// The core's clock when it answered (the envelope's `timestamp`), if it said. Lets the
    /// outbox compare the core's creation times with its own send times despite clock skew.
    public var coreTime: Date?

    public init(records: [LeadRecord], coreTime: Date?) {
        self.records = records
        self.coreTime = coreTime
    }
}

/// The four calls the outbox needs from the core. The app adapts its core client to it; tests
/// use fakes. Implementations must classify failures exactly (see `OutboxSendError`).
public protocol OutboxTransport: Sendable {
    /// `POST leads`: the new lead's id.
    func create(_ lead: Lead) async throws(OutboxSendError) -> Int64
    /// `PUT leads/{id}`: the integer the core returns (presumably the lead id), if any.
    func update(_ id: Int64, _ lead: Lead) async throws(OutboxSendError) -> Int64?
    /// `GET leads/find/date-from/{from}/date-to/{to}`: the leads created in the window.
    func findLeads(from: Date, to: Date) async throws(OutboxSendError) -> LeadSearch
    /// `GET leads/{id}`: the whole lead, to compare its content with what was sent.
    func fetchLead(id: Int64) async throws(OutboxSendError) -> LeadRecord
}
