import Foundation
import Testing
import LeadModel
import LeadRules

/// Runs the real `leadterm` binary: `LEADTERM_BIN`, or the executable built next to the test
/// bundle (`swift build --build-tests` builds both into the same products folder).
private struct LeadtermRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["LEADTERM_BIN"] { return URL(fileURLWithPath: path) }
        let products = Bundle.module.bundleURL.deletingLastPathComponent()
        let url = products.appendingPathComponent("leadterm")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        return url
    }

    static func validate(_ arguments: [String]) throws -> LeadtermRun {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["validate"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return LeadtermRun(status: process.terminationStatus,
                           stdout: String(decoding: outData, as: UTF8.self),
                           stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite struct ValidateCommandBinary {
    @Test func vendorSampleFails() throws {
        let run = try LeadtermRun.validate([try Fixtures.url("sample-lead.json").path])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("addressData.counryId: предупреждение: ") && $0.contains("countryId") })
        #expect(lines.contains { $0.hasPrefix("periodUnit: ") && $0.contains("DAYS;MONTHS;YEARS") })
    }

    @Test func correctedSamplePasses() throws {
        let run = try LeadtermRun.validate([try Fixtures.url("sample-lead-corrected.json").path, "--language", "en"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(!run.stdout.contains("counryId"))
        #expect(run.stdout.contains("passport.closeDate: warning: "))
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let run = try LeadtermRun.validate([try Fixtures.url("malformed.json").path, "--language", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("line 4, column 18"), "\(run.stderr)")
    }

    @Test func notAnObjectOrMissingFile() throws {
        let run = try LeadtermRun.validate([try Fixtures.url("not-an-object.json").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("JSON-объект"))
        let missing = try LeadtermRun.validate(["/nonexistent/lead.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/lead.json"))
    }

    @Test func jsonOutputIsAnArrayOfProblems() throws {
        let run = try LeadtermRun.validate([try Fixtures.url("sample-lead.json").path, "--json"])
        #expect(run.status == 1)
        let problems = try WireCoding.decode([Problem].self, from: Data(run.stdout.utf8))
        #expect(problems.contains { $0.path == "addressData.counryId" && $0.severity == .warning && $0.code == "unknownField" })
        #expect(problems.contains { $0.path == "periodUnit" && $0.severity == .error })
        let raw = try WireCoding.decode(JSONValue.self, from: Data(run.stdout.utf8))
        guard case .array(let items) = raw, case .object(let first)? = items.first else {
            Issue.record("not an array of objects"); return
        }
        #expect(Set(first.keys) == ["path", "code", "message", "severity", "related"])
    }

    @Test func profilesAndCountries() throws {
        let sample = try Fixtures.url("sample-lead-corrected.json").path
        #expect(try LeadtermRun.validate([sample, "--profile", "branch"]).status == 0)
        // A Russian passport number is not a Kazakh document number.
        let kz = try LeadtermRun.validate([sample, "--country", "KZ"])
        #expect(kz.status == 1 && kz.stdout.contains("passport.no: "))
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("leadrules-bad-\(UUID()).profile")
        try "firstName\nmobilePhon\n".write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        let run = try LeadtermRun.validate([sample, "--profile", bad.path, "--language", "en"])
        #expect(run.status != 0 && run.status != 1)
        #expect(run.stderr.contains("line 2") && run.stderr.contains("mobilePhon"))
        #expect(try LeadtermRun.validate([sample, "--country", "XX"]).status != 0)
    }
}

/// Files that are not lead files are refused by what they are, before they are read.
@Suite struct ValidateRefusesWhatIsNotAFile {
    @Test func aDirectoryAFIFOAndADeviceAreRefusedWithoutReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("validate-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = try LeadtermRun.validate([folder.path, "--language", "en"])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("is a directory, not a file"), "\(directory.stderr)")
        #expect(!directory.stderr.contains("NSCocoaErrorDomain"))

        let fifo = folder.appendingPathComponent("lead.fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        // Reading a FIFO nobody writes to would block for ever: the refusal must come first.
        let piped = try LeadtermRun.validate([fifo, "--language", "en"])
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("is a FIFO (named pipe), not a file"), "\(piped.stderr)")

        let zero = try LeadtermRun.validate(["/dev/zero", "--language", "en"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("/dev/zero: is a device, not a file"), "\(zero.stderr)")
    }

    @Test func aFileOverTheLimitIsRefusedByItsSize() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("validate-big-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(("{\"comment\": \"" + String(repeating: "x", count: 3000) + "\"}").utf8).write(to: file)
        let run = try LeadtermRun.validate([file.path, "--max-file-bytes", "2048", "--language", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("is larger than the limit of 2048 bytes"), "\(run.stderr)")
    }

    @Test func notUTF8AndDuplicatesFromTheCommandLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("validate-enc-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC8, 0x22, 0x7D]).write(to: file)  // {"a":"<cp1251 И>"}
        let latin = try LeadtermRun.validate([file.path, "--language", "en"])
        #expect(latin.status == 2)
        #expect(latin.stderr.contains("not UTF-8: invalid byte at offset 6"), "\(latin.stderr)")

        try Data("{\"firstName\": \"Иван\",\n \"firstName\": \"Пётр\", \"mobilePhone\": \"79161234567\"}".utf8).write(to: file)
        let twice = try LeadtermRun.validate([file.path, "--language", "en"])
        #expect(twice.stderr.contains("\"firstName\" is given twice, at line 1 and at line 2"), "\(twice.stderr)")
    }

    /// A 3 MB lead is checked row by row as the binary reads it, and one with a row only the
    /// whole check can settle (a null relative) is read again and checked whole: either way
    /// the lines are the whole check's.
    @Test(arguments: [false, true]) func aLargeFileSaysWhatTheWholeCheckSays(nullRow: Bool) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("validate-rows-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        var text = String(decoding: FileCheckTests.text(FileCheckTests.lead(relatives: 9_000, addresses: 10, extraFields: 2_000)), as: UTF8.self)
        if nullRow { text = text.replacingOccurrences(of: "\"relatives\":[", with: "\"relatives\":[null,") }
        try Data(text.utf8).write(to: file)
        guard case .success(let tree) = LeadJSON.read(Data(text.utf8)).tree else { Issue.record("the lead was not read"); return }
        let expected = LeadValidator(today: .today()).validate(json: tree).map { p in
            "\(p.path.components.isEmpty ? "(lead)" : p.path.description): \(p.severity == .warning ? "warning: " : "")\(p.message.en)"
        }
        #expect(expected.count > 9_000)
        let run = try LeadtermRun.validate([file.path, "--language", "en"])
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").map(String.init) == expected)
    }
}

/// `[limits]` of the config apply to `leadterm validate`: a file over `lead-file-bytes` is
/// refused before it is read (exit 2), a list over `rows-per-list` is an error (exit 1).
@Suite struct ValidateCommandLimits {
    static func config(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-limits-\(UUID().uuidString).toml")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let config = try Self.config("[limits]\nlead-file-bytes = 100\n")
        defer { try? FileManager.default.removeItem(at: config) }
        let run = try LeadtermRun.validate([try Fixtures.url("sample-lead-corrected.json").path, "--language", "en",
                                            "--config", config.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("larger than the limit") && run.stderr.contains("the limit is 100 (setting [limits] lead-file-bytes)"),
                "\(run.stderr)")
    }

    @Test func aListOverTheRowLimitIsAnError() throws {
        let config = try Self.config("[limits]\nrows-per-list = 2\n")
        let lead = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-limits-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: config); try? FileManager.default.removeItem(at: lead) }
        try Data(#"{"firstName":"Иван","relatives":[{"lastName":"А"},{"lastName":"Б"},{"lastName":"В"}]}"#.utf8).write(to: lead)
        let run = try LeadtermRun.validate([lead.path, "--language", "en", "--config", config.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("relatives: ") && run.stdout.contains("3 rows, limit 2 ([limits] rows-per-list)"), "\(run.stdout)")
    }

    @Test func aBadLimitInTheConfigIsNamedWithItsLine() throws {
        let config = try Self.config("language = \"en\"\n[limits]\nrows-per-list = 0\n")
        defer { try? FileManager.default.removeItem(at: config) }
        let run = try LeadtermRun.validate([try Fixtures.url("sample-lead-corrected.json").path, "--config", config.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains(":3 (limits.rows-per-list): must be a whole number of rows from 1 to 10000000"), "\(run.stderr)")
    }
}
