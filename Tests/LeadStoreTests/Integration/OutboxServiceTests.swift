import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import LeadStore
import LeadSync
import Testing

/// The app's façade against the real client and simulator on 127.0.0.1.
@Suite("OutboxService")
struct OutboxServiceTests {
    /// A simulator, a client, and a service over a fresh data folder; everything stopped after.
    static func with(_ body: (RunningSimulator, OutboxService, OutboxStore, DraftStore) async throws -> Void) async throws {
        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0,
                                                options: SimulatorOptions(randomSeed: 3, logger: .quiet))
        let folder = try TempDataFolder()
        var client: HTTPCoreService?
        do {
            let http = try HTTPCoreService(connection: CoreConnection(
                server: sim.url, customerKey: "demo", userName: "demo", password: "demo",
                connectTimeout: .seconds(2), requestTimeout: .seconds(5)), logger: .quiet)
            client = http
            let database = try folder.open()
            let outbox = OutboxStore(database: database)
            let service = OutboxService(core: http, outbox: outbox,
                                        configuration: .init(backoff: Backoff(base: 0.05, cap: 0.2)), logger: .quiet)
            try await body(sim, service, outbox, DraftStore(database: database))
            await service.stop()
        } catch {
            await client?.shutdown()
            await sim.stop()
            folder.cleanUp()
            throw error
        }
        await client?.shutdown()
        await sim.stop()
        folder.cleanUp()
    }

    static func stored(_ sim: RunningSimulator, marker: String) async -> [StoredLead] {
        await sim.data().leads.filter { Leads.marker(of: $0.lead) == marker }
    }

    @Test func anAcceptedSubmitGivesTheLeadAndItsClientAndDeletesTheDraft() async throws {
        try await Self.with { sim, service, outbox, drafts in
            let lead = Leads.person("Орлова", "Анна", "Сергеевна", phone: "+7 903 111-22-33", marker: "svc-accept")
            let draft = try drafts.save(Draft(operatorName: "t", fields: ["firstName": "Анна"]))
            let outcome = await service.submit(lead, kind: .create, draftId: draft.id)
            let stored = await Self.stored(sim, marker: "svc-accept")
            #expect(stored.count == 1)
            let record = try #require(stored.first)
            // The client is whatever the core says after the create: as in the vendor's
            // scenario, the simulator links it only when the lead's check runs, so none yet.
            #expect(record.clientId == nil)
            #expect(outcome == .accepted(leadId: record.id, clientId: nil))
            #expect(try drafts.load(draft.id) == nil)
            #expect(try outbox.status().waiting == 0)
            #expect(await service.status().waiting == 0)
        }
    }

    @Test func aCoreRefusalIsRejectedWithTheCoresWordsAndTheDraftStays() async throws {
        try await Self.with { sim, service, outbox, drafts in
            var lead = Leads.person("Орлова", "Анна", nil, phone: "+7 903 111-22-34", marker: "svc-reject")
            lead.firstName = nil
            let draft = try drafts.save(Draft(operatorName: "t", fields: ["lastName": "Орлова"]))
            let outcome = await service.submit(lead, kind: .create, draftId: draft.id)
            guard case .rejected(_, let message) = outcome else {
                Issue.record("expected a rejection, got \(outcome)")
                return
            }
            #expect(message.contains("firstName"))
            #expect(try drafts.load(draft.id) != nil)
            #expect(try outbox.entries().isEmpty)
            #expect(await Self.stored(sim, marker: "svc-reject").isEmpty)
        }
    }

    @Test func aFailedSubmitIsQueuedAndTheBackgroundLoopDeliversItOnce() async throws {
        try await Self.with { sim, service, _, drafts in
            await sim.setFaults(SimulatorFaults(serverErrorRate: 1))
            let lead = Leads.person("Орлова", "Анна", nil, phone: "+7 903 111-22-35", marker: "svc-queue")
            let draft = try drafts.save(Draft(operatorName: "t", fields: ["firstName": "Анна"]))
            let outcome = await service.submit(lead, kind: .create, draftId: draft.id)
            guard case .queued(_, let message) = outcome else {
                Issue.record("expected queued, got \(outcome)")
                return
            }
            #expect(message.contains("500"))
            let waiting = await service.status()
            #expect(waiting.waiting == 1)
            #expect(waiting.lastError?.contains("500") == true)

            await sim.setFaults(.none)
            await service.startBackgroundLoop()
            for _ in 0..<200 where await service.status().waiting > 0 {
                try await Task.sleep(for: .milliseconds(25))
            }
            #expect(await service.status().waiting == 0)
            #expect(await Self.stored(sim, marker: "svc-queue").count == 1)
            #expect(try drafts.load(draft.id) == nil)
            await service.stop()
        }
    }
}
