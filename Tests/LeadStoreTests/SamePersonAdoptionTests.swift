import Foundation
import LeadModel
import Testing
@testable import LeadStore

/// Found by the HTTP drill under load: the search after an unknown outcome recognised a lead by
/// phone and names only, so one person's two applications were mixed up (A adopted B's lead and
/// B was posted twice). The search now compares the whole content.
@Suite("Same person, two unknown outcomes")
struct SamePersonAdoptionTests {
    @Test("an entry that never reached the core must not adopt the same person's other lead")
    func anUncommittedEntryDoesNotStealTheNextOne() async throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let clock = TestClock()
        // A: the core failed before storing it (a 500 on a create counts as unknown).
        // B: the same person's next application, stored, then the answer was lost.
        let core = FakeCore(clock: clock, creates: [.fail(.outcomeUnknown("HTTP 500")), .commitThenDrop])
        let outbox = OutboxStore(database: try folder.open())
        let processor = OutboxProcessor(store: outbox, transport: core, configuration: .init(random: { 0.5 }),
                                        clock: { clock.now }, logger: .quiet)
        let a = Leads.person("Иванов", "Иван", "Иванович", phone: "+7 916 1000001", marker: "A")
        var b = a
        b.extraFields = [ExtraField(key: "loanApplication.drillMarker", value: "B")]
        b.amount = 30000
        _ = try await processor.submit(a, kind: .create, draftId: nil)
        clock.advance(0.2)
        _ = try await processor.submit(b, kind: .create, draftId: nil)
        for _ in 0..<10 where try outbox.status().waiting > 0 {
            if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
            try await processor.drainOnce()
        }
        let markers = await core.stored.compactMap { Leads.marker(of: $0.lead) }.sorted()
        #expect(markers == ["A", "B"])
    }
}
