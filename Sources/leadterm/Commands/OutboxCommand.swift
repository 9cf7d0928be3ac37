import ArgumentParser
import Foundation
import CoreClient
import LeadModel
import LeadStore
import LeadSync

/// `leadterm outbox list|retry|drop`: the outbox from the command line. Shows ids, states and
/// errors, never names, phones or card data.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Show, retry or drop leads waiting to be sent to the core.",
        subcommands: [List.self, Retry.self, Drop.self],
        defaultSubcommand: List.self
    )

    struct StoreOptions: ParsableArguments {
        @Option(name: .customLong("data-dir"), help: "The data folder (default: $XDG_DATA_HOME/leadterm).")
        var dataDir: String?

        var directory: DataDirectory {
            dataDir.map { DataDirectory(url: URL(fileURLWithPath: $0, isDirectory: true)) } ?? DataDirectory.standard()
        }

        func open() throws -> LeadDatabase {
            LogSetup.bootstrap(directory: directory)
            return try openWithoutLogging()
        }

        func openWithoutLogging() throws -> LeadDatabase {
            try LeadDatabase(directory: directory,
                             key: StorageKey.loadOrCreate(at: StorageKey.standardURL()))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the outbox entries, or with --sent the last leads it delivered.")
        @OptionGroup var store: StoreOptions
        @Flag(name: .customLong("sent"), help: "The last leads the core took from the outbox, with their lead numbers, latest first.")
        var sent = false
        @Option(name: .customLong("limit"), help: "With --sent: how many (default 20).")
        var limit = 20

        func run() async throws {
            if sent {
                for line in OutboxTable.sentLines(try OutboxStore(database: store.open()).recentlySent(limit: limit)) { print(line) }
                return
            }
            let entries = try OutboxStore(database: store.open()).entries()
            guard !entries.isEmpty else {
                print("The outbox is empty.")
                return
            }
            print(OutboxTable.header)
            for entry in entries { print(OutboxTable.row(entry)) }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send waiting entries (or one entry, including a failed one) to the core now.",
            discussion: """
                Prints each entry it tried: outbox id, lead id and state (never names or phones). \
                Exit status: 0 all sent, 1 some refused by the core, 2 bad usage or settings, \
                3 some still waiting (core unreachable, outcome being checked, CVC needed), \
                5 the login was refused (nothing was sent, every entry keeps waiting).
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var connection: ConnectionOptions
        @Argument(help: "The outbox entry id (all waiting entries when left out).")
        var id: Int64?

        func run() async throws {
            // The connection options set up logging (one bootstrap per process), so the
            // database is opened without it.
            let outbox = OutboxStore(database: try store.openWithoutLogging())
            if let id, try outbox.entry(id) == nil { throw NoSuchEntry(id: id) }
            try outbox.makeDue(id)
            // What this pass will send: the entry named, and anything else already due.
            let now = Date()
            let due = try outbox.entries().filter { $0.state.isWaiting && ($0.id == id || $0.nextAttemptAt <= now) }.map(\.id)
            guard !due.isEmpty else {
                print("Nothing to retry.")
                return
            }
            let core: HTTPCoreService
            do { core = try connection.openService(dataDirectory: store.directory) } catch let failure as CommandFailure {
                failure.exit()
            }
            // A refused login is a settings problem: said as such, and no entry is marked
            // refused for it. Any other failure here is left to the pass (the entries wait).
            do {
                try await core.logIn()
            } catch let error where error.isLoginFailure {
                await core.shutdown()
                CommandFailure.core(error, otherwise: .coreFailed).exit()
            } catch {}
            let report: OutboxProcessor.DrainReport
            do {
                report = try await OutboxRetry.drain(core: core, outbox: outbox)
            } catch {
                await core.shutdown()
                throw error
            }
            await core.shutdown()
            let tried = try outbox.entries().filter { due.contains($0.id) }
            print(OutboxTable.header)
            for entry in tried { print(OutboxTable.row(entry)) }
            print(OutboxRetry.summary(report))
            if tried.contains(where: { if case .failed = $0.state { true } else { false } }) {
                throw ExitCode(LeadtermExit.refused)
            }
            if tried.contains(where: \.state.isWaiting) { throw ExitCode(LeadtermExit.coreFailed) }
        }
    }

    struct Drop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an entry from the outbox (its draft stays).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The outbox entry id.")
        var id: Int64

        func run() async throws {
            guard let dropped = try OutboxStore(database: store.open()).drop(id) else {
                throw NoSuchEntry(id: id)
            }
            print("Dropped:")
            print(OutboxTable.header)
            print(OutboxTable.row(dropped))
        }
    }
}

/// The outbox as text lines: ids, kinds, states and errors only.
enum OutboxTable {
    static let header = "ID      KIND          STATE           TRIES  CVC    CREATED           NEXT TRY          LAST ERROR"

    static func row(_ e: OutboxEntry) -> String {
        let kind: String = switch e.kind {
        case .create: "create"
        case .update(let leadId): "update \(leadId)"
        }
        let state: String = switch e.state {
        case .sent(let leadId, _): "sent \(leadId)"
        default: e.state.name
        }
        let next = e.state.isWaiting ? time(e.nextAttemptAt) : "-"
        return [pad(String(e.id), 7), pad(kind, 13), pad(state, 15), pad(String(e.attempts), 6),
                pad(e.needsCvc ? "again" : "-", 6), pad(time(e.createdAt), 17), pad(next, 17),
                printable(e.lastError ?? "")].joined(separator: " ")
    }

    static let sentHeader = "ID      LEAD        CLIENT      KIND          SENT"

    /// The delivered leads: outbox id, lead and client numbers, kind and time (never names).
    static func sentLines(_ sent: [SentLead]) -> [String] {
        guard !sent.isEmpty else { return ["No lead has been sent from the outbox lately."] }
        return [sentHeader] + sent.map { lead in
            let kind = lead.editingLeadId.map { "update \($0)" } ?? "create"
            return [pad(String(lead.outboxId), 7), pad(String(lead.leadId), 11), pad(lead.clientId.map(String.init) ?? "-", 11),
                    pad(kind, 13), lead.sentAt.map(time) ?? "-"].joined(separator: " ")
        }
    }

    private static func time(_ date: Date) -> String {
        ClockTime.local(date).isoMinutes
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// Text from the core, without control characters (no escape sequences reach the terminal).
    static func printable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter {
            !($0.properties.generalCategory == .control || $0.properties.generalCategory == .format)
        }))
    }
}

/// A named entry that is not in the outbox (an error, not a usage mistake: no usage text).
struct NoSuchEntry: Error, CustomStringConvertible {
    let id: Int64
    var description: String { "No outbox entry \(id)." }
}
