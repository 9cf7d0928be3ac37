import Foundation
import LeadModel
import Logging

/// An append-only log file, owner-only (0600). Each line is one `write(2)` on an `O_APPEND`
/// descriptor, so lines from several threads (or processes) never interleave.
public final class LogFile: Sendable {
    public let path: String
    private let fd: Int32

    /// Opens `path` for appending, creating it 0600 and tightening it if looser. A file over
    /// `rotateAt` bytes is first moved to `path.1` (replacing the previous one).
    public init(path: String, rotateAt: Int = 5_000_000) throws {
        self.path = path
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > rotateAt {
            _ = unlink(path + ".1")
            _ = rename(path, path + ".1")
        }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.permissions(path: path, errno: errno) }
        self.fd = fd
        try FilePermissions.restrict(path, to: 0o600)
        try FilePermissions.restrict(path + ".1", to: 0o600)
    }

    deinit { close(fd) }

    public func write(line: String) {
        var bytes = Array((line.hasSuffix("\n") ? line : line + "\n").utf8)
        _ = bytes.withUnsafeMutableBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
    }
}

/// swift-log handler writing scrubbed lines to a `LogFile`:
/// `2026-01-31T10:15:02.123Z warning leadterm.outbox: outbox: send failed attempts=2 outboxId=7`.
public struct FileLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    private let label: String
    private let file: LogFile

    public init(label: String, file: LogFile, level: Logger.Level) {
        self.label = label
        self.file = file
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        file.write(line: FileLogHandler.format(event: event, label: label, handlerMetadata: metadata, at: Date()))
    }

    /// One line, control characters removed, scrubbed by `LogRedactor`. Controls go first:
    /// removed after scrubbing, `123\u{7}456` would pass as two short numbers and then be
    /// written as `123456`.
    public static func format(event: LogEvent, label: String, handlerMetadata: Logger.Metadata, at date: Date) -> String {
        let merged = LogRedactor.scrub(printable(handlerMetadata.merging(event.metadata ?? [:]) { $1 }))
        let meta = merged.keys.sorted().map { "\($0)=\(merged[$0].map { "\($0)" } ?? "")" }.joined(separator: " ")
        let message = LogRedactor.scrub(printable(event.message.description))
        let stamp = ClockTime.utc(date).isoWithMilliseconds
        return printable("\(stamp) \(event.level) \(label): \(message)\(meta.isEmpty ? "" : " " + meta)")
    }

    /// Without C0 and C1 control characters (a terminal showing the log would act on them).
    static func printable(_ text: String) -> String {
        let isControl: (Unicode.Scalar) -> Bool = { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isControl($0) })
        return String(scalars)
    }

    static func printable(_ metadata: Logger.Metadata) -> Logger.Metadata {
        metadata.mapValues(printable)
    }

    static func printable(_ value: Logger.MetadataValue) -> Logger.MetadataValue {
        switch value {
        case .string(let s): return .string(printable(s))
        case .stringConvertible(let c): return .string(printable(c.description))
        case .array(let items): return .array(items.map(printable))
        case .dictionary(let dict): return .dictionary(printable(dict))
        }
    }
}
