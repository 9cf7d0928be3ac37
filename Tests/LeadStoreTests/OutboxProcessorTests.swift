import Foundation
import Logging
import LeadModel
import Testing
@testable import LeadStore

@Suite("Outbox processor")
struct OutboxProcessorTests {
    /// A store, a clock and a processor over a scripted core.
    struct Rig {
        let folder: TempDataFolder
        let db: LeadDatabase
        let outbox: OutboxStore
        let drafts: DraftStore
        let clock = TestClock()
        let core: FakeCore
        let processor: OutboxProcessor

        init(creates: [FakeCore.CreateStep] = [], finds: [OutboxSendError?] = [],
             updates: [OutboxSendError?] = [], random: Double = 0.5) throws {
            folder = try TempDataFolder()
            db = try folder.open()
            outbox = OutboxStore(database: db)
            drafts = DraftStore(database: db)
            core = FakeCore(clock: clock, creates: creates, finds: finds, updates: updates)
            let clock = self.clock
            processor = OutboxProcessor(store: outbox, transport: core, configuration: .init(random: { random }),
                                        clock: { clock.now }, logger: .quiet)
        }

        func draft() throws -> Draft { try drafts.save(Draft(operatorName: "ivanova", fields: ["firstName": "Иван"])) }

        /// Moves the clock to the next due time and drains.
        @discardableResult
        func drainWhenDue() async throws -> OutboxProcessor.DrainReport {
            if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
            return try await processor.drainOnce()
        }
    }

    let lead = Leads.person("Иванов", "Иван", "Иванович", phone: "+7 916 123-45-67")

    @Test("unreachable, then sent on the retry; the draft goes once the core has the lead")
    func retryableThenSuccess() async throws {
        let rig = try Rig(creates: [.fail(.retryable("core unreachable"))])
        defer { rig.folder.cleanUp() }
        let draft = try rig.draft()
        let outcome = try await rig.processor.submit(lead, kind: .create, draftId: draft.id)
        guard case .queued(let id, let reason) = outcome else { Issue.record("\(outcome)"); return }
        #expect(reason == "core unreachable")
        let status = try rig.outbox.status()
        #expect(status.waiting == 1)
        #expect(status.lastError == "core unreachable")
        #expect(try rig.drafts.load(draft.id) != nil)

        #expect(try await rig.processor.drainOnce() == .init())  // not due yet
        let report = try await rig.drainWhenDue()
        #expect(report.delivered == 1)
        let stored = await rig.core.stored
        #expect(stored.count == 1)
        let entry = try #require(try rig.outbox.entry(id))
        #expect(entry.state == .sent(leadId: stored[0].id, clientId: nil))
        #expect(entry.attempts == 2)
        #expect(entry.lead == Lead())              // content wiped once delivered
        #expect(entry.dedupKeys.mobilePhone == "")
        #expect(try rig.drafts.load(draft.id) == nil)
        #expect(try rig.outbox.status().isEmpty)

        rig.clock.advance(6 * 86_400)
        try await rig.processor.drainOnce()
        #expect(try rig.outbox.entry(id) != nil)  // still kept
        rig.clock.advance(2 * 86_400)
        try await rig.processor.drainOnce()
        #expect(try rig.outbox.entry(id) == nil)  // a week later, forgotten
    }

    @Test("commit then drop: the lead is found in the core and adopted, never posted twice")
    func unknownOutcomeLeadArrived() async throws {
        let rig = try Rig(creates: [.commitThenDrop])
        defer { rig.folder.cleanUp() }
        let draft = try rig.draft()
        guard case .queued(let id, _) = try await rig.processor.submit(lead, kind: .create, draftId: draft.id) else {
            Issue.record("expected queued"); return
        }
        #expect(try rig.outbox.entry(id)?.state == .outcomeUnknown)
        // Another terminal's lead for someone else is in the core too.
        _ = await rig.core.seed(Leads.person("Петров", "Пётр", nil, phone: "79160000000"), at: rig.clock.now)

        let report = try await rig.drainWhenDue()
        #expect(report.adopted == 1)
        #expect(await rig.core.createCalls == 1)
        #expect(await rig.core.findCalls == 1)
        let ours = await rig.core.stored[0]
        #expect(try rig.outbox.entry(id)?.state == .sent(leadId: ours.id, clientId: nil))
        #expect(try rig.drafts.load(draft.id) == nil)
    }

    @Test("dropped before the core committed: not found, so posted exactly once more")
    func unknownOutcomeLeadLost() async throws {
        let rig = try Rig(creates: [.fail(.outcomeUnknown("connection reset"))])
        defer { rig.folder.cleanUp() }
        guard case .queued(let id, _) = try await rig.processor.submit(lead, kind: .create, draftId: nil) else {
            Issue.record("expected queued"); return
        }
        let report = try await rig.drainWhenDue()
        #expect(report.delivered == 1)
        #expect(await rig.core.createCalls == 2)
        #expect(await rig.core.stored.count == 1)
        guard case .sent = try #require(try rig.outbox.entry(id)).state else { Issue.record("not sent"); return }
    }

    @Test("while the search itself fails, nothing is posted")
    func searchFailsNoBlindRepost() async throws {
        let rig = try Rig(creates: [.fail(.outcomeUnknown("timeout after send"))],
                          finds: [.retryable("core unreachable"), .retryable("core unreachable")])
        defer { rig.folder.cleanUp() }
        guard case .queued(let id, _) = try await rig.processor.submit(lead, kind: .create, draftId: nil) else {
            Issue.record("expected queued"); return
        }
        try await rig.drainWhenDue()
        try await rig.drainWhenDue()
        #expect(await rig.core.createCalls == 1)
        #expect(try rig.outbox.entry(id)?.state == .outcomeUnknown)
        #expect(try rig.outbox.status().lastError?.contains("could not yet check") == true)
        try await rig.drainWhenDue()
        #expect(await rig.core.createCalls == 2)
        #expect(await rig.core.stored.count == 1)
    }

    @Test("a rejection at submit keeps the draft and drops the entry; a queued one is kept as failed")
    func rejected() async throws {
        let rig = try Rig(creates: [.fail(.rejected("mobilePhone: invalid")), .fail(.retryable("HTTP 503")),
                                    .fail(.rejected("firstName is required"))])
        defer { rig.folder.cleanUp() }
        let draft = try rig.draft()
        #expect(try await rig.processor.submit(lead, kind: .create, draftId: draft.id)
                == .rejected(outboxId: nil, message: "mobilePhone: invalid"))
        #expect(try rig.drafts.load(draft.id) != nil)
        #expect(try rig.outbox.entries().isEmpty)

        let second = try rig.draft()
        guard case .queued(let id, _) = try await rig.processor.submit(lead, kind: .create, draftId: second.id) else {
            Issue.record("expected queued"); return
        }
        #expect(try await rig.drainWhenDue().failed == 1)
        #expect(try rig.outbox.entry(id)?.state == .failed(message: "firstName is required"))
        #expect(try rig.outbox.status().failed == 1)
        #expect(try rig.drafts.load(second.id) != nil)
        #expect(try await rig.drainWhenDue() == .init())  // a failed entry is not retried by itself
        #expect(try rig.outbox.makeDue(id, now: rig.clock.now) == 1)  // the operator asks for it
        #expect(try await rig.drainWhenDue().delivered == 1)
    }

    @Test("an update whose outcome is unknown is simply sent again (PUT is idempotent)")
    func updateRetries() async throws {
        let rig = try Rig(updates: [.outcomeUnknown("timeout after send")])
        defer { rig.folder.cleanUp() }
        let outcome = try await rig.processor.submit(lead, kind: .update(leadId: 362), draftId: nil)
        guard case .queued(let id, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(try rig.outbox.entry(id)?.state == .pending)
        try await rig.drainWhenDue()
        #expect(await rig.core.findCalls == 0)
        #expect(await rig.core.updates.map(\.0) == [362])
        #expect(try rig.outbox.entry(id)?.state == .sent(leadId: 362, clientId: nil))
    }

    @Test("consecutive failures back off exponentially up to the cap")
    func backoffGrowth() async throws {
        let failures = Array(repeating: FakeCore.CreateStep.fail(.retryable("HTTP 500")), count: 12)
        let rig = try Rig(creates: failures, random: 1.0)
        defer { rig.folder.cleanUp() }
        guard case .queued(let id, _) = try await rig.processor.submit(lead, kind: .create, draftId: nil) else {
            Issue.record("expected queued"); return
        }
        var waits: [TimeInterval] = []
        for _ in 0..<11 {
            let entry = try #require(try rig.outbox.entry(id))
            waits.append((entry.nextAttemptAt.timeIntervalSince(rig.clock.now)).rounded())
            try await rig.drainWhenDue()
        }
        #expect(waits == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300])
        #expect(try rig.outbox.entry(id)?.attempts == 12)
    }

    @Test("a send cut short by a crash is resolved by a search once its lease runs out")
    func crashedSendIsRecovered() async throws {
        let rig = try Rig()
        defer { rig.folder.cleanUp() }
        // As a crash leaves it: claimed, request sent, the core stored it, no answer recorded.
        let entry = try rig.outbox.enqueueClaimed(lead, kind: .create, draftId: nil,
                                                  leaseUntil: rig.clock.now.addingTimeInterval(120), now: rig.clock.now)
        try rig.outbox.markAttempt(entry.id, now: rig.clock.now)
        let leadId = await rig.core.seed(lead, at: rig.clock.now)

        #expect(try await rig.processor.drainOnce() == .init())  // lease still held
        rig.clock.advance(121)
        #expect(try await rig.processor.drainOnce().adopted == 1)
        #expect(await rig.core.createCalls == 0)
        #expect(try rig.outbox.entry(entry.id)?.state == .sent(leadId: leadId, clientId: nil))
    }

    @Test("after a restart a lead that had a CVC waits for it; entered again, it is sent with it")
    func cvcMustBeEnteredAgain() async throws {
        let rig = try Rig()
        defer { rig.folder.cleanUp() }
        let entry = try rig.outbox.enqueue(Leads.person("Иванов", "Иван", nil, phone: "79161234567", cvc: "737"),
                                           kind: .create, draftId: nil, now: rig.clock.now)
        #expect(try await rig.processor.drainOnce().awaitingCvc == 1)
        #expect(await rig.core.createCalls == 0)
        #expect(try await rig.processor.status().needingCvc == 1)
        #expect(try rig.outbox.status().lastError?.contains("CVC") == true)

        try await rig.processor.supplyCvc("737", for: entry.id)
        #expect(try await rig.processor.status().needingCvc == 0)
        #expect(try await rig.processor.drainOnce().delivered == 1)
        #expect(await rig.core.stored.first?.lead.cardCvc == "737")

        // Or the operator sends one without it.
        let other = try rig.outbox.enqueue(Leads.person("Петров", "Пётр", nil, phone: "79160000000", cvc: "123"),
                                           kind: .create, draftId: nil, now: rig.clock.now)
        try await rig.processor.drainOnce()
        try rig.outbox.waiveCvc(other.id, now: rig.clock.now)
        #expect(try await rig.processor.drainOnce().delivered == 1)
        #expect(await rig.core.stored.last?.lead.cardCvc == nil)
    }

    @Test("the background loop sends a queued lead without being asked, and stops when cancelled")
    func backgroundLoop() async throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let outbox = OutboxStore(database: try folder.open())
        let core = FakeCore(clock: TestClock(), creates: [.fail(.retryable("unreachable")), .fail(.retryable("HTTP 502"))])
        let processor = OutboxProcessor(store: outbox, transport: core,
                                        configuration: .init(backoff: Backoff(base: 0.02, cap: 0.05), idleRecheck: 5),
                                        logger: .quiet)
        let loop = Task { await processor.run() }
        _ = try await processor.submit(lead, kind: .create, draftId: nil)
        var waited = 0
        while try outbox.status().waiting > 0, waited < 200 {
            try await Task.sleep(nanoseconds: 10_000_000)
            waited += 1
        }
        loop.cancel()
        await loop.value
        #expect(try outbox.status().waiting == 0)
        #expect(await core.stored.count == 1)
        #expect(await core.createCalls == 3)
    }
}
