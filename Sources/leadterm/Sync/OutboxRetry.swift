import CoreClient
import LeadStore
import LeadSync
import Logging

/// `leadterm outbox retry`: one pass of the outbox processor through the core client.
enum OutboxRetry {
    /// Sends every due entry once. A CVC is never on disk, so entries that need one stay
    /// waiting (the app asks for it).
    static func drain(core: any CoreService, outbox: OutboxStore) async throws -> OutboxProcessor.DrainReport {
        let processor = OutboxProcessor(store: outbox, transport: CoreOutboxTransport(core: core),
                                        logger: Logger(label: "leadterm.outbox"))
        return try await processor.drainOnce()
    }

    /// One line for the person at the terminal.
    static func summary(_ r: OutboxProcessor.DrainReport) -> String {
        var parts = ["sent \(r.delivered)"]
        if r.adopted > 0 { parts.append("found already in the core \(r.adopted)") }
        parts.append("still waiting \(r.waiting)")
        parts.append("refused \(r.failed)")
        if r.awaitingCvc > 0 { parts.append("waiting for the CVC \(r.awaitingCvc) (enter it in leadterm)") }
        return parts.joined(separator: ", ") + "."
    }
}
