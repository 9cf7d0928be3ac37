import Foundation
import Logging
import LeadModel
@testable import LeadStore

/// A fresh data folder under the system temp dir, removed by `cleanUp()`.
struct TempDataFolder {
    let root: URL
    let directory: DataDirectory

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadstore-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        directory = DataDirectory(url: root.appendingPathComponent("leadterm", isDirectory: true))
    }

    /// The storage key beside the data folder, never inside it (as in the app).
    var keyURL: URL { root.appendingPathComponent("config/leadterm/storage.key") }

    func key() throws -> StorageKey { try StorageKey.loadOrCreate(at: keyURL) }

    func open() throws -> LeadDatabase { try LeadDatabase(directory: directory, key: key()) }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

/// A settable clock shared by a test and its fake core.
///
/// `runningFromNow()` makes one that follows the real clock and can only be moved forward (by
/// `advance`/`set`): against a core that stamps leads with the real time (the simulator), it is
/// then an app clock running ahead of the core's by a growing amount, never behind it.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private let followsRealTime: Bool

    init(_ start: Date = Date(timeIntervalSince1970: 1_750_000_000)) {
        current = start
        followsRealTime = false
    }

    private init(offsetFromRealTime: TimeInterval) {
        current = Date(timeIntervalSince1970: offsetFromRealTime)
        followsRealTime = true
    }

    /// Real time plus whatever the test skipped ahead.
    static func runningFromNow() -> TestClock { TestClock(offsetFromRealTime: 0) }

    var now: Date {
        lock.withLock {
            followsRealTime ? Date().addingTimeInterval(current.timeIntervalSince1970) : current
        }
    }

    func set(_ date: Date) {
        lock.withLock {
            if followsRealTime {
                let offset = date.timeIntervalSince(Date())
                current = Date(timeIntervalSince1970: max(current.timeIntervalSince1970, offset))
            } else {
                current = date
            }
        }
    }

    func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}


enum Leads {
    /// A lead with the dedup fields and a marker that identifies it in the core.
    static func person(_ last: String, _ first: String, _ patronymic: String?, phone: String,
                       marker: String = UUID().uuidString, cvc: String? = nil) -> Lead {
        var lead = Lead()
        lead.lastName = last
        lead.firstName = first
        lead.patronymic = patronymic
        lead.mobilePhone = phone
        lead.amount = 15000
        lead.extraFields = [ExtraField(key: "loanApplication.drillMarker", value: marker)]
        if let cvc {
            lead.cardNumber = "4276380012345678"
            lead.cardHolder = "IVAN IVANOV"
            lead.validThruMonth = "09"
            lead.validThruYear = "29"
            lead.cardCvc = cvc
        }
        return lead
    }

    static func marker(of lead: Lead) -> String? {
        lead.extraFields?.first { $0.key == "loanApplication.drillMarker" }?.value
    }
}

extension Logger {
    /// Discards everything: keeps test output readable.
    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
}

/// Keeps every log line (message and metadata) so a test can check what would be written.
final class LogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }

    var logger: Logger {
        Logger(label: "recorded", factory: { _ in Handler(recorder: self) })
    }

    struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            recorder.append("\(event.level) \(event.message) \(merged.sorted { $0.key < $1.key })")
        }
    }
}
