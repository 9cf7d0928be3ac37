import CoreClient
import Foundation
import LeadStore
import LeadSync

/// What the running app talks to: the core, the local store, the way leads are sent.
package final class AppServices: @unchecked Sendable {
    // Set once at start-up or at login, on the UI thread only; background tasks get copies.
    package private(set) var service: (any CoreService)?
    private(set) var submitter: (any LeadSubmitter)?
    let drafts: DraftStore?
    let database: LeadDatabase?
    /// Each operator's defaults of a new lead, by login (none without a data folder).
    package var operatorDefaults: OperatorDefaultsStore?
    /// The in-process core of `--demo`: its address, and how to stop it at exit.
    package var demoCore: (url: URL, stop: @Sendable () async -> Void)?
    /// The resolved connection settings (no password): a login from the login screen keeps
    /// its timeouts, CA file, paths and gateway.
    package var connectionTemplate: CoreConnection?
    /// Services replaced by a new login: shut down at exit (a call may still be using one).
    private var retired: [any CoreService] = []
    private var retiredOutboxes: [OutboxService] = []

    package init(database: LeadDatabase?) {
        self.database = database
        drafts = database.map(DraftStore.init(database:))
    }

    private var outbox: OutboxService?

    /// Uses `service` for everything from now on; leads go through the outbox, whose
    /// background loop sends what is waiting.
    package func connect(_ service: any CoreService) {
        if let old = self.service { retired.append(old) }
        if let old = outbox {
            // One outbox loop at a time: the old one would send with the refused login.
            retiredOutboxes.append(old)
            Task { await old.stop() }
        }
        self.service = service
        guard let database else { return }
        let outbox = OutboxService(core: service, outbox: OutboxStore(database: database))
        self.outbox = outbox
        submitter = OutboxSubmitter(outbox: outbox)
        Task { await outbox.startBackgroundLoop() }
    }

    /// Ends network clients and the demo core; called once as the app exits.
    package func shutdown() async {
        await outbox?.stop()
        if let http = service as? HTTPCoreService { await http.shutdown() }
        for old in retired { if let http = old as? HTTPCoreService { await http.shutdown() } }
        if let demoCore { await demoCore.stop() }
    }
}
