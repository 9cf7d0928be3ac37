import CoreClient
import Foundation
import LeadModel
import LeadStore
import Logging

/// What the interactive app calls to send leads: every submit goes through the outbox (so a
/// failure leaves the lead safe on disk) and a background loop sends what waits.
///
/// The client a new lead was linked to is not in the create answer (the core returns only the
/// lead id), so after an accepted submit one `GET leads/{id}` asks for it; when that read
/// fails the lead is still accepted, just without a client id.
public actor OutboxService {
    private let core: any CoreService
    private let processor: OutboxProcessor
    private let store: OutboxStore
    private let logger: Logger
    private var loop: Task<Void, Never>?

    public init(core: any CoreService, outbox: OutboxStore,
                configuration: OutboxProcessor.Configuration = .init(),
                logger: Logger = Logger(label: "leadterm.outbox")) {
        self.core = core
        self.logger = logger
        store = outbox
        processor = OutboxProcessor(store: outbox, transport: CoreOutboxTransport(core: core),
                                    configuration: configuration, logger: logger)
    }

    /// Writes the lead to the outbox, then sends it once. A CVC in `lead` is kept in memory only.
    public func submit(_ lead: Lead, kind: OutboxKind, draftId: UUID?) async -> SubmitOutcome<String> {
        let outcome: SubmitOutcome<String>
        do {
            outcome = try await processor.submit(lead, kind: kind, draftId: draftId)
        } catch {
            logger.error("outbox: could not store the submit", metadata: ["error": "\(type(of: error))"])
            return .notSaved(StorageFault(error))
        }
        guard case .accepted(let leadId, _) = outcome else { return outcome }
        return .accepted(leadId: leadId, clientId: await clientId(of: leadId))
    }

    /// For the status line: how many leads wait to be sent, the latest failure, and how many
    /// wait for the operator to type their CVC again.
    public func status() async -> (waiting: Int, lastError: String?, needingCvc: Int) {
        do {
            let status = try await processor.status()
            return (status.waiting, status.lastError, status.needingCvc)
        } catch {
            return (0, "the outbox could not be read: \(error)", 0)
        }
    }

    /// A waiting entry's place in the queue (1 = next), nil when it is not waiting or unreadable.
    public func place(of outboxId: Int64) -> Int? { (try? store.place(of: outboxId)) ?? nil }

    /// The last leads the core took from the outbox, the latest first (empty when unreadable).
    public func recentlySent(limit: Int = 20) -> [SentLead] { (try? store.recentlySent(limit: limit)) ?? [] }

    /// Sends every due entry once, now (the `outbox retry` command; tests).
    @discardableResult
    public func drainOnce() async throws -> OutboxProcessor.DrainReport {
        try await processor.drainOnce()
    }

    /// The operator entered the CVC again for a queued lead.
    public func supplyCvc(_ cvc: String, for outboxId: Int64) async throws {
        try await processor.supplyCvc(cvc, for: outboxId)
    }

    /// The operator chose to send a queued lead without its CVC.
    public func waiveCvc(for outboxId: Int64) async throws {
        try await processor.waiveCvc(for: outboxId)
    }

    /// Starts sending in the background (once; a second call does nothing).
    public func startBackgroundLoop() {
        guard loop == nil else { return }
        let processor = self.processor
        loop = Task { await processor.run() }
    }

    /// Stops the background loop and waits for it (a send in flight finishes or is cancelled;
    /// either way the outbox entry stays until the core has the lead).
    public func stop() async {
        guard let loop else { return }
        loop.cancel()
        await loop.value
        self.loop = nil
    }

    private func clientId(of leadId: Int64) async -> Int64? {
        do {
            let record = try await core.fetchLead(id: leadId)
            return record.info.clientId ?? record.lead.clientId
        } catch {
            logger.notice("could not read the new lead's client", metadata: ["leadId": "\(leadId)", "error": "\(error.kind)"])
            return nil
        }
    }
}
