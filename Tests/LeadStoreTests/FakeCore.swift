import Foundation
import LeadModel
@testable import LeadStore

/// An in-memory core speaking `OutboxTransport`, with scripted or random faults.
actor FakeCore: OutboxTransport {
    /// What one create call does.
    enum CreateStep: Sendable, Equatable {
        case accept
        /// Fails before anything is stored.
        case fail(OutboxSendError)
        /// Stores the lead, then the answer is lost.
        case commitThenDrop
    }

    /// Per-call fault probabilities for the random mode.
    struct FaultRates: Sendable {
        var unreachable = 0.12
        var serverError = 0.10
        var commitThenDrop = 0.15
        var dropBeforeCommit = 0.05
        var searchFailure = 0.10
    }

    struct Stored: Sendable {
        var id: Int64
        var lead: Lead
        var created: Date
    }

    private let clock: TestClock
    private var createScript: [CreateStep]
    private var findScript: [OutboxSendError?]
    private var updateScript: [OutboxSendError?]
    private var fetchScript: [OutboxSendError?] = []
    private let rates: FaultRates?
    /// The core's clock minus the test clock: it stamps leads and answers on its own clock.
    private let skew: TimeInterval
    private var random: SeededRandom
    private var nextId: Int64 = 5000

    private(set) var stored: [Stored] = []
    private(set) var createCalls = 0
    private(set) var updateCalls = 0
    private(set) var findCalls = 0
    private(set) var fetchCalls = 0
    private(set) var updates: [(Int64, Lead)] = []
    /// Faults injected, by kind.
    private(set) var injected: [String: Int] = [:]

    init(clock: TestClock, creates: [CreateStep] = [], finds: [OutboxSendError?] = [],
         updates: [OutboxSendError?] = [], randomFaults: FaultRates? = nil, seed: UInt64 = 1,
         skew: TimeInterval = 0) {
        self.clock = clock
        self.skew = skew
        self.createScript = creates
        self.findScript = finds
        self.updateScript = updates
        self.rates = randomFaults
        self.random = SeededRandom(seed: seed)
    }

    func create(_ lead: Lead) async throws(OutboxSendError) -> Int64 {
        createCalls += 1
        switch nextCreateStep() {
        case .accept:
            return store(lead)
        case .fail(let error):
            throw error
        case .commitThenDrop:
            _ = store(lead)
            throw .outcomeUnknown("connection closed after the request was sent")
        }
    }

    func update(_ id: Int64, _ lead: Lead) async throws(OutboxSendError) -> Int64? {
        updateCalls += 1
        if !updateScript.isEmpty, let error = updateScript.removeFirst() { throw error }
        updates.append((id, lead))
        return id
    }

    func findLeads(from: Date, to: Date) async throws(OutboxSendError) -> LeadSearch {
        findCalls += 1
        if !findScript.isEmpty, let error = findScript.removeFirst() { throw error }
        if let rates, roll() < rates.searchFailure {
            count("search unreachable")
            throw .retryable("core unreachable")
        }
        // The window is on the caller's clock; a real core reads it on its own.
        let (coreFrom, coreTo) = (from.addingTimeInterval(skew), to.addingTimeInterval(skew))
        let records = stored.filter { $0.created >= coreFrom && $0.created <= coreTo }.map { s in
            // The find answer carries ids, names, phone and creation time, not the whole lead.
            var summary = Lead()
            summary.id = s.id
            summary.lastName = s.lead.lastName
            summary.firstName = s.lead.firstName
            summary.patronymic = s.lead.patronymic
            summary.mobilePhone = s.lead.mobilePhone
            return LeadRecord(lead: summary, info: LeadRecordInfo(
                id: s.id, creationDate: Int64(s.created.timeIntervalSince1970 * 1000)))
        }
        return LeadSearch(records: records, coreTime: clock.now.addingTimeInterval(skew))
    }

    func fetchLead(id: Int64) async throws(OutboxSendError) -> LeadRecord {
        fetchCalls += 1
        if !fetchScript.isEmpty, let error = fetchScript.removeFirst() { throw error }
        guard let s = stored.first(where: { $0.id == id }) else { throw .rejected("HTTP 404") }
        var lead = s.lead
        lead.id = s.id
        return LeadRecord(lead: lead, info: LeadRecordInfo(id: s.id, creationDate: Int64(s.created.timeIntervalSince1970 * 1000)))
    }

    /// What the next reads of a whole lead do (nil: answer normally).
    func scriptFetches(_ steps: [OutboxSendError?]) { fetchScript = steps }

    /// Adds a lead as if another terminal had created it.
    func seed(_ lead: Lead, at date: Date) -> Int64 {
        nextId += 1
        stored.append(Stored(id: nextId, lead: lead, created: date))
        return nextId
    }

    private func store(_ lead: Lead) -> Int64 {
        nextId += 1
        stored.append(Stored(id: nextId, lead: lead, created: clock.now.addingTimeInterval(skew)))
        return nextId
    }

    private func nextCreateStep() -> CreateStep {
        if !createScript.isEmpty { return createScript.removeFirst() }
        guard let rates else { return .accept }
        var r = roll()
        func hit(_ p: Double) -> Bool { if r < p { return true }; r -= p; return false }
        if hit(rates.unreachable) { count("unreachable"); return .fail(.retryable("core unreachable")) }
        if hit(rates.serverError) { count("HTTP 500"); return .fail(.retryable("core answered HTTP 500")) }
        if hit(rates.commitThenDrop) { count("commit-then-drop"); return .commitThenDrop }
        if hit(rates.dropBeforeCommit) {
            count("drop-before-commit")
            return .fail(.outcomeUnknown("connection closed after the request was sent"))
        }
        return .accept
    }

    private func roll() -> Double { Double.random(in: 0..<1, using: &random) }
    private func count(_ kind: String) { injected[kind, default: 0] += 1 }
}
