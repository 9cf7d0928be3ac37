import Foundation
import Logging
import Testing
@testable import LeadStore

@Suite("Log scrubbing and the log file")
struct LoggingTests {
    @Test("names, document and phone numbers, e-mails are scrubbed; ids, paths and short numbers stay")
    func scrub() {
        #expect(LogRedactor.scrub("lead 362 saved, field relatives[1].passport.no invalid")
                == "lead 362 saved, field relatives[1].passport.no invalid")
        #expect(LogRedactor.scrub("client Иванов Иван not found") == "client <text> <text> not found")
        #expect(LogRedactor.scrub("passport 4510 123456 rejected") == "passport <digits> rejected")
        #expect(LogRedactor.scrub("call +7 (916) 123-45-67 now") == "call <digits> now")
        #expect(LogRedactor.scrub("card 4276380012345678") == "card <digits>")
        #expect(LogRedactor.scrub("mail ivan.petrov@example.ru") == "mail <email>")
        #expect(LogRedactor.scrub("HTTP 503 after 2 tries") == "HTTP 503 after 2 tries")
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
}
