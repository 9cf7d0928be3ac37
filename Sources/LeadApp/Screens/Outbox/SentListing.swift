import LeadModel
import LeadStore

/// A lead the core took from the outbox, as the outbox screen lists it: its number in the core.
public struct SentListing: Hashable, Sendable {
    public let outboxID: Int64
    public let leadID: Int64
    /// Day and time, already in the operator's local form ("" when not known).
    public let when: String
    /// Whose lead it was (the operator's own screen only).
    public let title: String

    public init(outboxID: Int64, leadID: Int64, when: String, title: String) {
        self.outboxID = outboxID
        self.leadID = leadID
        self.when = when
        self.title = title
    }
}

extension SentListing {
    /// The store's record in the screen's form: the time in local day and minutes.
    init(_ lead: SentLead) {
        self.init(outboxID: lead.outboxId, leadID: lead.leadId,
                  when: lead.sentAt.map { ClockTime.local($0).dayMonthMinutes } ?? "", title: lead.title ?? "")
    }
}
