import Foundation
import Logging
import Testing
@testable import LeadStore

@Suite("Log scrubbing and the log file")
struct LoggingTests {
    /// Input and scrubbed line; `RedactorDifferentialTests` also runs these against the old regexes.
    static let scrubVectors: [(line: String, scrubbed: String)] = [
        ("lead 362 saved, field relatives[1].passport.no invalid", "lead 362 saved, field relatives[1].passport.no invalid"),
        ("client Иванов Иван not found", "client <text> <text> not found"),
        ("passport 4510 123456 rejected", "passport <digits> rejected"),
        ("call +7 (916) 123-45-67 now", "call <digits> now"),
        ("card 4276380012345678", "card <digits>"),
        ("mail ivan.petrov@example.ru", "mail <email>"),
        ("HTTP 503 after 2 tries", "HTTP 503 after 2 tries"),
    ]

    @Test("names, document and phone numbers, e-mails are scrubbed; ids, paths and short numbers stay",
          arguments: scrubVectors)
    func scrub(vector: (line: String, scrubbed: String)) {
        #expect(LogRedactor.scrub(vector.line) == vector.scrubbed)
    }

    @Test("id metadata keeps numbers and UUIDs; other metadata is scrubbed")
    func metadata() {
        let uuid = UUID().uuidString
        let out = LogRedactor.scrub(["leadId": "10004567", "draftId": "\(uuid)", "outboxId": .stringConvertible(12),
                                     "phone": "79161234567", "leadIdNote": "Петров", "path": "passport.no"])
        #expect(out["leadId"] == "10004567")
        #expect(out["draftId"] == .string(uuid))
        #expect(out["outboxId"] == "12")
        #expect(out["phone"] == "<digits>")
        #expect(out["leadIdNote"] == "<text>")
        #expect(out["path"] == "passport.no")
        #expect(LogRedactor.scrub(["leadId": "Иванов 79161234567"])["leadId"] == "<text> <digits>")
    }

    @Test("lines go scrubbed to a 0600 file, below-level ones are dropped")
    func fileHandler() throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        try folder.directory.prepare()
        let path = folder.directory.logURL.path
        let file = try LogFile(path: path)
        let logger = Logger(label: "leadterm.test", factory: { FileLogHandler(label: $0, file: file, level: .info) })
        logger.info("submitted \u{1B}[31m for Петров", metadata: ["leadId": "362", "phone": "+79161234567"])
        logger.debug("not written")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(FilePermissions.mode(of: path) == 0o600)
        #expect(text.hasSuffix("info leadterm.test: submitted [31m for <text> leadId=362 phone=<digits>\n"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("not written"))
        #expect(text.split(separator: "\n").count == 1)
    }

    @Test("control characters cannot split a number past the redactor")
    func controlsGoBeforeScrubbing() {
        let event = LogEvent(level: .info, message: "passport 4510\u{7}123456, phone 79\u{1B}1612\u{9B}34567",
                             metadata: ["card": "4276\u{0}380012345678", "note": .array(["12\u{8}3456"])],
                             source: "test", file: #fileID, function: #function, line: #line)
        let line = FileLogHandler.format(event: event, label: "leadterm.test", handlerMetadata: [:],
                                         at: Date(timeIntervalSince1970: 0))
        #expect(line == "1970-01-01T00:00:00.000 info leadterm.test: passport <digits>, phone <digits> card=<digits> note=[\"<digits>\"]")
    }
}
