import Foundation
import LeadModel

/// What a queued submit does in the core.
public enum OutboxKind: Hashable, Sendable {
    /// `POST leads`: a new lead. Not idempotent: an unknown outcome is resolved by a search.
    case create
    /// `PUT leads/{id}`: idempotent, simply retried.
    case update(leadId: Int64)
}

/// Where a queued submit stands.
public enum OutboxState: Hashable, Sendable {
    /// Waiting for its next attempt.
    case pending
    /// A send is in flight (claimed until its lease runs out; a crash leaves it here).
    case sending
    /// The request went out but no answer came back: it may be in the core. The next attempt
    /// searches the core before posting again.
    case outcomeUnknown
    /// The core has it. The lead content has been wiped from the entry.
    case sent(leadId: Int64, clientId: Int64?)
    /// The core refused it; it stays for the operator to fix or drop.
    case failed(message: String)

    /// The name stored and shown (`pending`, `sending`, `outcomeUnknown`, `sent`, `failed`).
    public var name: String {
        switch self {
        case .pending: return "pending"
        case .sending: return "sending"
        case .outcomeUnknown: return "outcomeUnknown"
        case .sent: return "sent"
        case .failed: return "failed"
        }
    }

    /// Still on its way to the core (the background processor will act on it).
    public var isWaiting: Bool {
        switch self {
        case .pending, .sending, .outcomeUnknown: return true
        case .sent, .failed: return false
        }
    }
}

/// What recognises a lead in the core after an unknown outcome, normalized (see `DedupMatcher`).
/// Stored in the database; never logged.
public struct DedupKeys: Hashable, Sendable {
    public var mobilePhone: String
    public var lastName: String
    public var firstName: String
    public var patronymic: String

    public init(mobilePhone: String, lastName: String, firstName: String, patronymic: String) {
        self.mobilePhone = mobilePhone
        self.lastName = lastName
        self.firstName = firstName
        self.patronymic = patronymic
    }

    public init(of lead: Lead) {
        self.init(mobilePhone: DedupMatcher.normalizedPhone(lead.mobilePhone),
                  lastName: DedupMatcher.normalizedName(lead.lastName),
                  firstName: DedupMatcher.normalizedName(lead.firstName),
                  patronymic: DedupMatcher.normalizedName(lead.patronymic))
    }
}

/// One submit kept until the core has it.
public struct OutboxEntry: Hashable, Sendable, Identifiable {
    public var id: Int64
    /// The draft to delete once the core accepts the lead.
    public var draftId: UUID?
    public var kind: OutboxKind
    /// The lead as it will be sent, without `cardCvc` (empty once sent).
    public var lead: Lead
    /// The original had a CVC: it must be entered again before the lead is (re)sent, unless
    /// the app still holds it in memory or the operator decides to send without it.
    public var needsCvc: Bool
    public var state: OutboxState
    /// Sends tried so far.
    public var attempts: Int
    /// The last failure, in words for the operator (no personal data).
    public var lastError: String?
    public var nextAttemptAt: Date
    /// Until when a `sending` claim holds; after it a crashed send is treated as unknown.
    public var leaseUntil: Date?
    public var createdAt: Date
    /// When the first request for it was sent: the start of the search window.
    public var firstSentAt: Date?
    public var dedupKeys: DedupKeys
}
