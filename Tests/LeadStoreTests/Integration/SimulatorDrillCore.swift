import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import LeadStore
import LeadSync

/// The real thing for the exactly-once drill: `CoreOutboxTransport` over a real
/// `HTTPCoreService` talking to a real `CoreSimulator` on 127.0.0.1.
///
/// The simulator injects its own 500s, commit-then-drop and malformed answers (seeded). This
/// wrapper adds what the simulator cannot vary per call: before each call it sets the latency,
/// sometimes above the client's request timeout (seeded), so real timeouts happen; and every so
/// often it ends all sessions, so the client logs in again mid-run.
///
/// After a failed call it waits until the simulator has finished every request it received. A
/// timed-out create is still being worked on in the core: the processor's real backoff (seconds)
/// gives it that time, while the drill's test clock skips the wait; without this the search
/// could run before the late commit, which no real deployment does.
struct SimulatorDrillCore: DrillCore {
    let sim: RunningSimulator
    let transport: CoreOutboxTransport
    let schedule: LatencySchedule

    func create(_ lead: Lead) async throws(OutboxSendError) -> Int64 {
        do {
            return try await observed { () async throws(OutboxSendError) in try await transport.create(lead) }
        } catch {
            // A create that timed out after it went out must never be taken as "not sent".
            if case .outcomeUnknown(let m) = error, m.contains("did not answer in time") {
                await schedule.countCreateTimedOutAfterSending()
            }
            throw error
        }
    }

    func update(_ id: Int64, _ lead: Lead) async throws(OutboxSendError) -> Int64? {
        try await observed { () async throws(OutboxSendError) in try await transport.update(id, lead) }
    }

    func findLeads(from: Date, to: Date) async throws(OutboxSendError) -> LeadSearch {
        try await observed { () async throws(OutboxSendError) in try await transport.findLeads(from: from, to: to) }
    }

    func fetchLead(id: Int64) async throws(OutboxSendError) -> LeadRecord {
        try await observed { () async throws(OutboxSendError) in try await transport.fetchLead(id: id) }
    }

    /// The drill's leads (those carrying a marker) as the simulator stored them.
    func storedLeads() async throws -> [Lead] {
        await sim.data().leads.map(\.lead).filter { Leads.marker(of: $0) != nil }
    }

    private func observed<T: Sendable>(_ call: () async throws(OutboxSendError) -> T) async throws(OutboxSendError) -> T {
        let plan = await schedule.next()
        if plan.expireSessions { await sim.expireAllTokens() }
        await sim.setFaults(schedule.faults(latency: plan.latencyMilliseconds))
        do {
            return try await call()
        } catch {
            if error.message.contains("did not answer in time") { await schedule.countTimeout() }
            await settle()
            throw error
        }
    }

    /// Waits (at most 5 s) until every request the simulator received has been answered or dropped.
    private func settle() async {
        for _ in 0..<250 {
            if await sim.requests().allSatisfy({ $0.status != nil || $0.fault != nil }) { return }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}

/// The seeded per-call plan: latency (sometimes above the request timeout) and session expiry.
actor LatencySchedule {
    struct Plan { var latencyMilliseconds: Int; var expireSessions: Bool }

    let base: SimulatorFaults
    let slowRate: Double
    let slowMilliseconds: Int
    let expireEvery: Int
    private var random: SeededRandom
    private var calls = 0
    private(set) var timeouts = 0
    private(set) var sessionsEnded = 0

    init(base: SimulatorFaults, slowRate: Double, slowMilliseconds: Int, expireEvery: Int, seed: UInt64) {
        self.base = base
        self.slowRate = slowRate
        self.slowMilliseconds = slowMilliseconds
        self.expireEvery = expireEvery
        self.random = SeededRandom(seed: seed)
    }

    func next() -> Plan {
        calls += 1
        let slow = Double.random(in: 0..<1, using: &random) < slowRate
        let expire = calls % expireEvery == 0
        if expire { sessionsEnded += 1 }
        return Plan(latencyMilliseconds: slow ? slowMilliseconds : 0, expireSessions: expire)
    }

    nonisolated func faults(latency: Int) -> SimulatorFaults {
        var f = base
        f.latencyMilliseconds = latency
        return f
    }

    func countTimeout() { timeouts += 1 }

    /// Creates whose own request timed out (not their login), reported as outcome unknown.
    private(set) var createsTimedOutAfterSending = 0
    func countCreateTimedOutAfterSending() { createsTimedOutAfterSending += 1 }
}
