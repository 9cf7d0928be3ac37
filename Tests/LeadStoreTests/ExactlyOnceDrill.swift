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

    var description: String {
        "submits=\(submits) acceptedAtOnce=\(acceptedAtOnce) queued=\(queued) drains=\(drains) "
            + "adoptedAfterUnknown=\(adopted) storedInCore=\(storedInCore) lost=\(lost) duplicated=\(duplicated) "
            + "leftWaiting=\(leftWaiting) leftFailed=\(leftFailed) draftsLeft=\(draftsLeft) cvcMissing=\(cvcMissing)"
    }
}

/// Submits `count` leads through the outbox (each with a draft and a unique marker; every tenth
/// the same person as the one before; every seventh with a card CVC), drains until nothing waits
/// (advancing `clock` to each next due time), then counts what the core holds per marker.
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
        if i % 10 == 9, let previous {
            lead = previous  // the same person applies twice in a row
            lead.extraFields = [ExtraField(key: "loanApplication.drillMarker", value: marker)]
            lead.cardCvc = cvc
        } else {
            lead = Leads.person(["Иванов", "Петрова", "Сидоров", "Ёлкина"][i % 4], ["Иван", "Мария", "Пётр"][i % 3],
                                i % 5 == 0 ? nil : "Иванович", phone: "+7 916 \(1_000_000 + i)", marker: marker, cvc: cvc)
        }
        previous = lead
        markers.append(marker)
        if let cvc { cvcByMarker[marker] = cvc }

        let draft = try drafts.save(Draft(operatorName: "drill", fields: ["firstName": lead.firstName ?? ""]),
                                    at: clock.now)
        switch try await processor.submit(lead, kind: .create, draftId: draft.id) {
        case .accepted: figures.acceptedAtOnce += 1
        case .queued: figures.queued += 1
        case .rejected(_, let message): throw DrillError.rejected(message)
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
    figures.lost = markers.filter { seen[$0, default: 0] == 0 }.count
    figures.duplicated = seen.values.reduce(0) { $0 + max(0, $1 - 1) }
    let status = try outbox.status()
    figures.leftWaiting = status.waiting
    figures.leftFailed = status.failed
    figures.draftsLeft = try drafts.list().count
    return figures
}

enum DrillError: Error { case rejected(String) }
