import Foundation
import LeadModel

/// After a create whose outcome is unknown: does the core already hold this entry's lead?
///
/// It lists the leads created around the first send, keeps the same person's that were created
/// after the first send (on the core's clock: the skew is measured from the find answer's
/// timestamp) and that no other entry owns, then reads each whole lead, oldest first, and takes
/// the first whose content is what the entry sent (`LeadContentMatch`). Anything it cannot
/// read leaves the question open: the entry waits rather than posting blindly.
struct UnknownOutcomeSearch {
    /// What the search concluded.
    enum Verdict {
        /// Lead `leadId` is the entry's (the record as the core returned it on reading it whole).
        case found(leadId: Int64, record: LeadRecord)
        /// The core does not hold it: posting again is safe.
        case notInCore
        /// The core could not be asked; the message says why, for the operator.
        case undecided(String)
    }

    let transport: any OutboxTransport
    let store: OutboxStore
    /// Added on both sides of the find window.
    let searchMargin: TimeInterval
    /// How much earlier than the first send (on the core's clock) a lead may be stamped and
    /// still be ours: the error of the skew estimate, and the core's rounding.
    let creationTolerance: TimeInterval
    let clock: @Sendable () -> Date

    func run(for entry: OutboxEntry, now fixed: Date?) async throws -> Verdict {
        let sentAt = entry.firstSentAt ?? entry.createdAt
        let asked = fixed ?? clock()
        let search: LeadSearch
        do {
            search = try await transport.findLeads(from: sentAt.addingTimeInterval(-searchMargin),
                                                   to: asked.addingTimeInterval(searchMargin))
        } catch {
            return .undecided("checking: could not yet check whether the lead reached the core: \(error.message)")
        }
        let answered = fixed ?? clock()
        // The core's clock minus ours, read at the middle of the call (off by at most half of it).
        let ourMidpoint = asked.addingTimeInterval(answered.timeIntervalSince(asked) / 2)
        let skew = search.coreTime.map { $0.timeIntervalSince(ourMidpoint) } ?? 0
        let notBefore = ((sentAt.timeIntervalSince1970 + skew - creationTolerance) * 1000).rounded(.down)
        // Read after the find: an entry delivered while it ran has its lead listed by now.
        let claimed = try store.deliveredLeadIds()
        let candidates = DedupMatcher.candidates(for: entry.dedupKeys, createdNotBefore: Int64(notBefore),
                                                 among: search.records, excluding: claimed)
        for candidate in candidates {
            guard let id = candidate.info.id ?? candidate.lead.id else { continue }
            var full: LeadRecord
            do {
                full = try await transport.fetchLead(id: id)
            } catch {
                return .undecided("checking: could not yet read lead \(id) to check whether it is this one: \(error.message)")
            }
            guard LeadContentMatch.matches(sent: entry.lead, stored: full.lead) else { continue }
            full.info.clientId = full.info.clientId ?? full.lead.clientId ?? candidate.info.clientId
            return .found(leadId: id, record: full)
        }
        return .notInCore
    }
}
