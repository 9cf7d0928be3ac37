import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// Each injected fault, and what the client makes of it.
@Suite struct FaultTests {
    @Test func aServerErrorOnAReadIsRetriedThenReported() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(.init(serverErrorRate: 1))
            let error = await coreError { _ = try await h.core.countries() }
            #expect(error == .http(status: 500, server: h.sim.url.absoluteString))
            #expect(await h.calls(pathPrefix: "/bs-core/dicts").count == 3)  // 1 + 2 retries
        }
    }

    @Test func aServerErrorOnACreateIsNotRetried() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(.init(serverErrorRate: 1))
            let error = await coreError { _ = try await h.core.createLead(minimalLead()) }
            #expect(error == .http(status: 500, server: h.sim.url.absoluteString))
            #expect(await h.calls("POST").count == 1)
        }
    }

    @Test func aReadSucceedsWhenOnlySomeAnswersFail() async throws {
        // Seeded draws: some answers fail, and a read retried after a 500 gets through.
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(.init(serverErrorRate: 0.5))
            var succeeded = 0
            for _ in 0..<8 { if (try? await h.core.countries()) != nil { succeeded += 1 } }
            let statuses = await h.calls(pathPrefix: "/bs-core/dicts").compactMap(\.status)
            #expect(statuses.filter { $0 == 200 }.count == succeeded)
            #expect(statuses.filter { $0 == 500 }.count >= 8 - succeeded)
            #expect(zip(statuses, statuses.dropFirst()).contains { $0 == 500 && $1 == 200 })
        }
    }

    @Test func aCreateCommittedThenDroppedIsOutcomeUnknownAndFindable() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(.init(dropAfterCommitRate: 1))
            let before = Date().addingTimeInterval(-1)
            let error = await coreError { _ = try await h.core.createLead(minimalLead(first: "Всеволод")) }
            #expect(error == .outcomeUnknown(server: h.sim.url.absoluteString, cause: .connectionLost))
            #expect(error?.mayHaveCommitted == true)
            #expect(await h.calls("POST").count == 1)  // never resent

            await h.sim.setFaults(.none)
            let found = try await h.core.findLeads(from: before, to: Date().addingTimeInterval(1))
            #expect(found.map(\.lead.firstName) == ["Всеволод"])
        }
    }

    @Test func anUpdateCommittedThenDroppedIsOutcomeUnknown() async throws {
        try await Harness.with { h in
            let id = try await h.core.createLead(minimalLead())
            await h.sim.setFaults(.init(dropAfterCommitRate: 1))
            let error = await coreError { _ = try await h.core.updateLead(id: id, minimalLead(first: "Лев")) }
            #expect(error?.mayHaveCommitted == true)
            #expect(await h.createdLeads().first?.lead.firstName == "Лев")
        }
    }

    @Test func aMalformedAnswerToAReadNamesTheProblem() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(.init(malformedRate: 1))
            let error = await coreError { _ = try await h.core.clients(ids: [100401], preserveOrder: true) }
            #expect(error == .badResponse(path: "", reason: "it is not valid JSON"))
        }
    }

    @Test func aMalformedAnswerToACreateLeavesTheOutcomeUnknown() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(.init(malformedRate: 1))
            let error = await coreError { _ = try await h.core.createLead(minimalLead()) }
            #expect(error == .outcomeUnknown(server: h.sim.url.absoluteString,
                                             cause: .unreadableAnswer(path: "", reason: "it is not valid JSON")))
            #expect(await h.createdLeads().count == 1)
        }
    }

    @Test func aSlowCoreTimesOutAReadAndLeavesACreateUnknown() async throws {
        // The timeout leaves room for a login on a loaded CI machine; the latency is well past it.
        try await Harness.with(tweak: { $0.requestTimeout = .milliseconds(2500); $0.readRetries = 0 }) { h in
            try await h.core.logIn()
            await h.sim.setFaults(.init(latencyMilliseconds: 4000))
            let read = await coreError { _ = try await h.core.countries() }
            #expect(read == .timedOut(server: h.sim.url.absoluteString, phase: .response))
            let create = await coreError { _ = try await h.core.createLead(minimalLead()) }
            #expect(create == .outcomeUnknown(server: h.sim.url.absoluteString, cause: .timedOut))
        }
    }

    @Test func addedLatencyIsObserved() async throws {
        try await Harness.with { h in
            try await h.core.logIn()
            await h.sim.setFaults(.init(latencyMilliseconds: 200))
            let start = ContinuousClock.now
            _ = try await h.core.countries()
            #expect(ContinuousClock.now - start >= .milliseconds(200))
        }
    }

    @Test func aCoreThatIsDownIsUnreachableAtOnce() async throws {
        // A port that was just listening and is now closed.
        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0)
        let url = sim.url
        await sim.stop()
        let core = try HTTPCoreService(connection: CoreConnection(server: url, customerKey: "demo", userName: "demo", password: "demo"))
        let start = ContinuousClock.now
        let error = await coreError { _ = try await core.createLead(minimalLead()) }
        let elapsed = ContinuousClock.now - start
        await core.shutdown()
        guard case .unreachable(let server, let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(server == url.absoluteString)
        #expect(reason == "connection refused")
        print("down core: \(error?.description ?? "") after \(elapsed)")
    }
}
