import Foundation
import LeadModel
import Logging

/// Sends what the outbox holds, in the background, without ever creating a lead twice.
///
/// Rules: a retryable failure waits with exponential backoff; a create whose outcome is
/// unknown is never posted again blindly: the next attempt first searches the core (the same
/// person's leads created after the first send and owned by no other entry, each read whole
/// and compared on content; see `UnknownOutcomeSearch`) and adopts the lead it finds; a
/// rejection is kept as failed for the operator. An update (PUT) is idempotent and is simply
/// retried. One actor drains at a time; a second `drainOnce` while one runs does nothing.
///
/// The CVC lives only in this actor's memory (never on disk): a lead queued with one is sent
/// with it while the app runs; after a restart it waits until `supplyCvc` or `waiveCvc`.
public actor OutboxProcessor {
    public struct Configuration: Sendable {
        public var backoff: Backoff
        /// How long a claimed send is protected from other drainers; longer than any request.
        public var lease: TimeInterval
        /// Added on both sides of the search window, for clock skew between us and the core.
        public var searchMargin: TimeInterval
        /// How long an entry waiting for its CVC sits before it is looked at again.
        public var cvcRecheck: TimeInterval
        /// The longest the background loop sleeps without looking at the outbox.
        public var idleRecheck: TimeInterval
        /// How long a sent entry (ids only) is kept, to show "sent" and to keep a later search
        /// from adopting a lead another entry already owns. Far longer than any search window.
        public var keepSent: TimeInterval
        /// How much earlier than an entry's first send (on the core's clock, once the skew
        /// measured at the search is taken off) a lead may be stamped and still be adopted as
        /// the entry's: covers the skew estimate's error (half a round trip) and the core's
        /// rounding. A lead made before that is someone else's, however alike.
        public var creationTolerance: TimeInterval
        /// A number in 0..<1 for the backoff jitter.
        public var random: @Sendable () -> Double

        public init(backoff: Backoff = Backoff(), lease: TimeInterval = 120, searchMargin: TimeInterval = 600,
                    cvcRecheck: TimeInterval = 3600, idleRecheck: TimeInterval = 30,
                    keepSent: TimeInterval = 7 * 86_400, creationTolerance: TimeInterval = 1,
                    random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
            self.backoff = backoff
            self.lease = lease
            self.searchMargin = searchMargin
            self.cvcRecheck = cvcRecheck
            self.idleRecheck = idleRecheck
            self.keepSent = keepSent
            self.creationTolerance = creationTolerance
            self.random = random
        }
    }

    /// What one drain did.
    public struct DrainReport: Hashable, Sendable {
        /// Posted and accepted.
        public var delivered = 0
        /// Found in the core after an unknown outcome, and adopted without posting again.
        public var adopted = 0
        /// Back to waiting (retryable failure or unknown outcome).
        public var waiting = 0
        /// Refused by the core.
        public var failed = 0
        /// Held until the operator enters the CVC again.
        public var awaitingCvc = 0
        /// True when another drain was already running, so this one did nothing.
        public var skipped = false

        public init() {}
    }

    enum Result: Equatable {
        case delivered(leadId: Int64, adopted: Bool)
        case waiting(message: String)
        case failed(message: String)
        case awaitingCvc
    }

    private let store: OutboxStore
    private let transport: any OutboxTransport
    private let configuration: Configuration
    private let clock: @Sendable () -> Date
    private let logger: Logger
    private var cvcs: [Int64: String] = [:]
    private var draining = false
    private var sleepTask: Task<Void, Never>?

    public init(store: OutboxStore, transport: any OutboxTransport, configuration: Configuration = Configuration(),
                clock: @escaping @Sendable () -> Date = { Date() },
                logger: Logger = Logger(label: "leadterm.outbox")) {
        self.store = store
        self.transport = transport
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
    }

    // MARK: - the app's calls

    /// Submits now: the lead is first written to the outbox (so a crash or power cut in the
    /// middle leaves it safe), then sent once. A CVC in `lead` is kept in memory only.
    /// A refusal with a draft removes the entry (the draft keeps every field for the operator
    /// to fix); without one the entry stays as failed (`outboxId`). The client id is not
    /// known here (`OutboxService` asks the core for it).
    public func submit(_ lead: Lead, kind: OutboxKind, draftId: UUID?, now: Date? = nil) async throws -> SubmitOutcome<String> {
        let start = now ?? clock()
        let entry = try store.enqueueClaimed(lead, kind: kind, draftId: draftId,
                                             leaseUntil: start.addingTimeInterval(configuration.lease), now: start)
        if let cvc = lead.cardCvc, !cvc.isEmpty { cvcs[entry.id] = cvc }
        var claimed = entry
        claimed.state = .pending
        let result = try await process(claimed, now: now)
        defer { nudge() }
        switch result {
        case .delivered(let leadId, _):
            return .accepted(leadId: leadId, clientId: nil)
        case .waiting(let message):
            return .queued(outboxId: entry.id, message: message)
        case .awaitingCvc:
            return .queued(outboxId: entry.id, message: OutboxProcessor.cvcMessage)
        case .failed(let message):
            guard draftId != nil else { return .rejected(outboxId: entry.id, message: message) }
            try store.drop(entry.id)
            return .rejected(outboxId: nil, message: message)
        }
    }

    /// The operator entered the CVC again for a queued lead: keep it in memory, send soon.
    public func supplyCvc(_ cvc: String, for outboxId: Int64, now: Date? = nil) throws {
        cvcs[outboxId] = cvc
        try store.makeDue(outboxId, now: now ?? clock())
        nudge()
    }

    /// The operator chose to send a queued lead without its CVC: send soon.
    public func waiveCvc(for outboxId: Int64, now: Date? = nil) throws {
        try store.waiveCvc(outboxId, now: now ?? clock())
        nudge()
    }

    /// Whether this process holds a CVC for the entry (so it need not be asked for).
    public func holdsCvc(for outboxId: Int64) -> Bool { cvcs[outboxId] != nil }

    /// The status line's figures; entries whose CVC this process holds do not count as needing one.
    public func status() throws -> OutboxStatus {
        var status = try store.status()
        if !cvcs.isEmpty {
            let held = try store.entries().filter { $0.needsCvc && $0.state.isWaiting && cvcs[$0.id] != nil }.count
            status.needingCvc = max(0, status.needingCvc - held)
        }
        return status
    }

    /// Sends every due entry once. `now` fixes the time for the whole drain (tests); without
    /// it the processor's clock is read at each step.
    @discardableResult
    public func drainOnce(now: Date? = nil) async throws -> DrainReport {
        var report = DrainReport()
        guard !draining else {
            report.skipped = true
            return report
        }
        draining = true
        defer { draining = false }
        try store.purgeSent(before: (now ?? clock()).addingTimeInterval(-configuration.keepSent))
        for id in try store.dueIds(now: now ?? clock()) {
            let t = now ?? clock()
            guard let entry = try store.claim(id, now: t, leaseUntil: t.addingTimeInterval(configuration.lease)) else {
                continue
            }
            switch try await process(entry, now: now) {
            case .delivered(_, let adopted): if adopted { report.adopted += 1 } else { report.delivered += 1 }
            case .waiting: report.waiting += 1
            case .failed: report.failed += 1
            case .awaitingCvc: report.awaitingCvc += 1
            }
        }
        return report
    }

    /// Drains whenever something is due, until the task is cancelled. `sleep` must return early
    /// when its task is cancelled (`Task.sleep` does); `nudge()` uses that to wake it.
    public func run(sleep: @escaping @Sendable (TimeInterval) async -> Void = { seconds in
        try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }) async {
        while !Task.isCancelled {
            do {
                try await drainOnce()
            } catch {
                logger.error("outbox: drain failed", metadata: ["error": "\(type(of: error))"])
            }
            let now = clock()
            var wait = configuration.idleRecheck
            if let next = try? store.nextDueDate() {
                wait = min(wait, max(0.05, next.timeIntervalSince(now)))
            }
            let task = Task { await sleep(wait) }
            sleepTask = task
            await withTaskCancellationHandler { await task.value } onCancel: { task.cancel() }
            sleepTask = nil
        }
    }

    /// Wakes the background loop to look at the outbox now (after a submit, a CVC, a retry).
    public func nudge() {
        sleepTask?.cancel()
    }

    // MARK: - one entry

    // Stored as `kind: detail`, as the transport's errors are (`CoreOutboxTransport.stored`).
    static let cvcMessage = "cvc: the card CVC must be entered again before this lead is sent"
    static let contestedMessage = "contested: a lead like this one is being sent right now: checking again which one the core holds"

    /// Handles one claimed entry (its `state` is what it was before the claim).
    private func process(_ entry: OutboxEntry, now fixed: Date?) async throws -> Result {
        let meta: Logger.Metadata = ["outboxId": "\(entry.id)"]
        if entry.kind == .create, entry.state == .outcomeUnknown {
            let search = UnknownOutcomeSearch(transport: transport, store: store,
                                              searchMargin: configuration.searchMargin,
                                              creationTolerance: configuration.creationTolerance, clock: clock)
            switch try await search.run(for: entry, now: fixed) {
            case .undecided(let message):
                // Still cannot tell whether the core has it: wait, and never post blindly.
                logger.warning("outbox: search after unknown outcome failed", metadata: meta)
                return try wait(entry, .outcomeUnknown, attempt: max(1, entry.attempts), now: fixed, message: message)
            case .found(let leadId, let record):
                let adoption = try store.adopt(entry.id, leadId: leadId, clientId: record.info.clientId, now: fixed ?? clock(),
                                               unlessInFlight: { LeadContentMatch.matches(sent: $0, stored: record.lead) })
                guard adoption == .adopted else {
                    logger.info("outbox: lead found but another entry may own it, checking again later",
                                metadata: meta.merging(["leadId": "\(leadId)"]) { $1 })
                    return try wait(entry, .outcomeUnknown, attempt: max(1, entry.attempts), now: fixed,
                                    message: OutboxProcessor.contestedMessage)
                }
                cvcs[entry.id] = nil
                logger.info("outbox: lead found in the core, adopted", metadata: meta.merging(["leadId": "\(leadId)"]) { $1 })
                return .delivered(leadId: leadId, adopted: true)
            case .notInCore:
                logger.info("outbox: lead not in the core, posting again", metadata: meta)
            }
        }

        let cvc = cvcs[entry.id]
        if entry.needsCvc, cvc == nil {
            try store.markWaiting(entry.id, state: .pending, error: OutboxProcessor.cvcMessage,
                                  nextAttemptAt: (fixed ?? clock()).addingTimeInterval(configuration.cvcRecheck))
            logger.notice("outbox: waiting for the CVC to be entered again", metadata: meta)
            return .awaitingCvc
        }
        var lead = entry.lead
        lead.cardCvc = cvc
        try store.markAttempt(entry.id, now: fixed ?? clock())
        let attempt = entry.attempts + 1

        let sent: Swift.Result<Int64, OutboxSendError>
        do {
            switch entry.kind {
            case .create: sent = .success(try await transport.create(lead))
            case .update(let id): sent = .success(try await transport.update(id, lead) ?? id)
            }
        } catch {
            sent = .failure(error)
        }

        switch sent {
        case .success(let leadId):
            try store.markSent(entry.id, leadId: leadId, clientId: nil, now: fixed ?? clock())
            cvcs[entry.id] = nil
            logger.info("outbox: delivered", metadata: meta.merging(["leadId": "\(leadId)", "attempts": "\(attempt)"]) { $1 })
            return .delivered(leadId: leadId, adopted: false)
        case .failure(.retryable(let message)):
            logger.warning("outbox: send failed, will retry", metadata: meta.merging(["attempts": "\(attempt)"]) { $1 })
            return try wait(entry, .pending, attempt: attempt, now: fixed, message: message)
        case .failure(.outcomeUnknown(let message)):
            logger.warning("outbox: outcome unknown, will search before resending",
                           metadata: meta.merging(["attempts": "\(attempt)"]) { $1 })
            // A PUT can simply be repeated; only a POST needs the search first.
            return try wait(entry, entry.kind == .create ? .outcomeUnknown : .pending, attempt: attempt, now: fixed,
                            message: message)
        case .failure(.rejected(let message)):
            try store.markFailed(entry.id, message: message)
            cvcs[entry.id] = nil
            logger.error("outbox: rejected by the core", metadata: meta)
            return .failed(message: message)
        }
    }

    private func wait(_ entry: OutboxEntry, _ state: OutboxState, attempt: Int, now fixed: Date?,
                      message: String) throws -> Result {
        let delay = configuration.backoff.delay(afterAttempt: attempt, unitRandom: configuration.random())
        try store.markWaiting(entry.id, state: state, error: message,
                              nextAttemptAt: (fixed ?? clock()).addingTimeInterval(delay))
        return .waiting(message: message)
    }
}
