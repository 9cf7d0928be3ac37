import Foundation
import Logging
import LeadModel
@testable import LeadStore

/// A core the exactly-once drill can run against: anything the outbox can send to, which can
/// also list what it holds. The fake core here; the real simulator over HTTP later.
protocol DrillCore: OutboxTransport {
    /// Every lead the core stored, as it stored them.
    func storedLeads() async throws -> [Lead]
}

extension FakeCore: DrillCore {
    func storedLeads() async throws -> [Lead] { stored.map(\.lead) }
}

/// The figures of one drill run.
struct DrillFigures: CustomStringConvertible {
    var submits = 0
    var acceptedAtOnce = 0
    var queued = 0
    var drains = 0
    var adopted = 0
    var storedInCore = 0
    var lost = 0
    var duplicated = 0
    var leftWaiting = 0
    var leftFailed = 0
    var draftsLeft = 0
    var cvcMissing = 0
    /// Submits for the same client as the one before, with other content (amount or extra fields).
    var sameClientFollowUps = 0
    /// Applications the operator submitted twice, unchanged, on purpose (each must be stored twice).
    var submittedTwiceOnPurpose = 0

    var description: String {
        "submits=\(submits) acceptedAtOnce=\(acceptedAtOnce) queued=\(queued) drains=\(drains) "
            + "adoptedAfterUnknown=\(adopted) storedInCore=\(storedInCore) lost=\(lost) duplicated=\(duplicated) "
            + "leftWaiting=\(leftWaiting) leftFailed=\(leftFailed) draftsLeft=\(draftsLeft) cvcMissing=\(cvcMissing) "
            + "sameClientFollowUps=\(sameClientFollowUps) submittedTwiceOnPurpose=\(submittedTwiceOnPurpose)"
    }
}

/// Submits `count` leads through the outbox (each with a draft and a marker; every seventh with a
/// card CVC), drains until nothing waits (advancing `clock` to each next due time), then counts
/// what the core holds per marker against how many submits carried it.
///
/// The mix has the same client's consecutive applications, which only the content tells apart:
/// every tenth (`i % 10 == 9`) is the previous person with another marker (`extraFields` only);
/// every `i % 10 == 4` is the previous lead with another amount (and marker); and every
/// `i % 20 == 14` is the previous lead submitted again unchanged, marker included, on purpose:
/// the core must then hold two.
func runExactlyOnceDrill(core: some DrillCore, count: Int, database: LeadDatabase, clock: TestClock,
                         logger: Logger = .quiet, maxDrains: Int = 10_000) async throws -> DrillFigures {
    let outbox = OutboxStore(database: database)
    let drafts = DraftStore(database: database)
    let processor = OutboxProcessor(store: outbox, transport: core,
                                    configuration: .init(random: { 0.5 }), clock: { clock.now },
                                    logger: logger)
    var figures = DrillFigures()
    var markers: [String] = []
    var cvcByMarker: [String: String] = [:]
    var previous: Lead?

    for i in 0..<count {
        let marker = "drill-\(i)-\(UUID().uuidString.prefix(8))"
        let cvc: String? = i % 7 == 0 ? String(100 + i % 900) : nil
        var lead: Lead
        if i % 20 == 14, let previous {
            lead = previous  // the very same application, submitted twice on purpose
        } else if i % 10 == 9 || i % 10 == 4, let previous {
            lead = previous  // the same person applies again
            lead.extraFields = [ExtraField(key: "loanApplication.drillMarker", value: marker)]
            if i % 10 == 4 { lead.amount = (previous.amount ?? 0) + 5000 }
            figures.sameClientFollowUps += 1
            lead.cardCvc = cvc
        } else {
            lead = Leads.person(["Иванов", "Петрова", "Сидоров", "Ёлкина"][i % 4], ["Иван", "Мария", "Пётр"][i % 3],
                                i % 5 == 0 ? nil : "Иванович", phone: "+7 916 \(1_000_000 + i)", marker: marker, cvc: cvc)
        }
        previous = lead
        let leadMarker = Leads.marker(of: lead) ?? marker
        markers.append(leadMarker)
        if let cvc = lead.cardCvc { cvcByMarker[leadMarker] = cvc }

        let draft = try drafts.save(Draft(operatorName: "drill", fields: ["firstName": lead.firstName ?? ""]),
                                    at: clock.now)
        switch try await processor.submit(lead, kind: .create, draftId: draft.id) {
        case .accepted: figures.acceptedAtOnce += 1
        case .queued: figures.queued += 1
        case .rejected(_, let message): throw DrillError.rejected(message)
        case .notSaved(let fault): throw DrillError.rejected("not saved: \(fault)")
        }
        figures.submits += 1
        clock.advance(0.2)
        if i % 25 == 24 {
            let report = try await processor.drainOnce()
            figures.drains += 1
            figures.adopted += report.adopted
        }
    }

    while try outbox.status().waiting > 0 {
        guard figures.drains < maxDrains else { break }
        if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
        let report = try await processor.drainOnce()
        figures.drains += 1
        figures.adopted += report.adopted
    }

    let stored = try await core.storedLeads()
    var seen: [String: Int] = [:]
    for lead in stored {
        guard let marker = Leads.marker(of: lead) else { continue }
        seen[marker, default: 0] += 1
        if let cvc = cvcByMarker[marker], lead.cardCvc != cvc { figures.cvcMissing += 1 }
    }
    figures.storedInCore = stored.count
    let expected = Dictionary(markers.map { ($0, 1) }, uniquingKeysWith: +)
    figures.lost = expected.reduce(0) { $0 + max(0, $1.value - seen[$1.key, default: 0]) }
    figures.duplicated = seen.reduce(0) { $0 + max(0, $1.value - expected[$1.key, default: 0]) }
    figures.submittedTwiceOnPurpose = expected.values.filter { $0 > 1 }.count
    let status = try outbox.status()
    figures.leftWaiting = status.waiting
    figures.leftFailed = status.failed
    figures.draftsLeft = try drafts.list().count
    return figures
}

enum DrillError: Error { case rejected(String) }
