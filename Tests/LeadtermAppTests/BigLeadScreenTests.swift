import Foundation
import LeadApp
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// A very large lead on screen: its error counts shown whole, a lead beyond the limits
/// refused with words, and the `[limits]` of the config.
struct BigLeadScreenTests {
    /// The section list's line of a section, as drawn at 80×24.
    static func sectionLine(_ name: String, errors: Int) throws -> String {
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")
        screen.size = Size(columns: 80, rows: 24)
        var form = EntryForm()
        form.rows["relatives"] = errors
        for i in 0..<errors {
            let path = FieldPath(stringLiteral: "relatives[\(i)].telephone")
            form.values[path] = "1"
            form.checks[path] = .invalid(Problem(path: path, code: "test", message: LocalizedText(ru: "плохо", en: "bad")))
        }
        _ = screen.send(.draftLoaded(id: UUID().uuidString, form: form, mode: .new))
        var buffer = Buffer(size: screen.size)
        AppView.render(&screen, into: &buffer)
        return try #require(buffer.lines.first { $0.contains(name) }, "no line for \(name):\n\(buffer.lines.joined(separator: "\n"))")
    }

    /// 2,000 errors were shown as `!200` (cut to three digits).
    @Test func theErrorCountIsShownWhole() throws {
        let line = try Self.sectionLine("Родственники", errors: 2_000)
        #expect(String(line.prefix(20)).contains("4 Родственники !2000"), "«\(line)»")
        let few = try Self.sectionLine("Родственники", errors: 7)
        #expect(String(few.prefix(20)).contains("!7"), "«\(few)»")
    }

    /// Where the whole number cannot fit beside the name, thousands rounded down (never more
    /// than the truth), and the name is never cut.
    @Test func aCountTooWideForItsNameIsShownInThousands() {
        #expect(SectionMark.counted("!", 2_000, room: 5) == "!2000")
        #expect(SectionMark.counted("!", 2_999, room: 4) == "!2k")
        #expect(SectionMark.counted("!", 12_345, room: 4) == "!12k")
        #expect(SectionMark.counted("!", 123_456, room: 4) == "!123k")
        #expect(SectionMark.counted("!", 12_345_678, room: 4) == "!12M")
        #expect(SectionMark.counted("*", 999, room: 4) == "*999")
    }

    /// A lead from the core beyond the limits stays unopened, with a message that fits the
    /// message line and says which list, how many rows, the limit and the setting.
    @Test func aLeadBeyondTheLimitsIsNotOpened() throws {
        let fresh = try FormFuzzTests.freshScreen(profile: "minimal")
        var context = fresh.context
        context.validator.limits = LeadLimits(rowsPerList: 100, extraFields: 100, leadFileBytes: 1 << 20)
        var screen = ScreenState(model: AppModel(), context: context, theme: fresh.theme, operatorName: "test")
        // Waiting for the lead asked by number (an answer to a cancelled wait is ignored).
        var waiting = OpenLeadScreen()
        waiting.busy = true
        screen.model.screen = .openLead(waiting)
        var lead = Lead()
        lead.relatives = (0..<101).map { Relative(lastName: "Р\($0)") }
        _ = screen.send(.leadLoaded(LeadRecord(lead: lead, info: LeadRecordInfo(id: 5))))
        guard case .openLead(let open) = screen.model.screen else {
            Issue.record("the lead was opened: \(screen.model.screen)"); return
        }
        let message = try #require(open.message)
        #expect(message.en == "Not opened: Relatives: 101 rows, limit 100 ([limits] rows-per-list)", "\(message.en)")
        #expect(message.ru.count <= 78 && message.en.count <= 78, "\(message.ru.count) / \(message.en.count)")
        #expect(!open.busy)
    }

    @Test func limitsAreReadFromTheConfig() throws {
        let file = try ConfigFile.parse("[limits]\nrows-per-list = 20000\nextra-fields = 300\nlead-file-bytes = 5000000\n",
                                        path: "config.toml")
        #expect(file.limits == LeadLimits(rowsPerList: 20_000, extraFields: 300, leadFileBytes: 5_000_000))
        #expect(try ConfigFile.parse("", path: "config.toml").limits == .standard)
        do {
            _ = try ConfigFile.parse("[limits]\nrows = 3\n", path: "config.toml")
            Issue.record("an unknown [limits] key was accepted")
        } catch let problem as ConfigFile.Problem {
            #expect(problem.description.contains("config.toml:2 (limits.rows): unknown setting"), "\(problem)")
        }
    }

    /// A config file larger than the limit is refused before it is read (a million keys took
    /// 14 s and 593 MB to be called wrong).
    @Test func aConfigFileLargerThanTheLimitIsRefusedUnread() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-big-config-\(UUID().uuidString).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(String(repeating: "# a comment line of the config\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try ConfigFile.load(path: path, maxBytes: 1_000)
            Issue.record("an oversized config was read")
        } catch let problem as ConfigFile.Problem {
            #expect(problem.description.contains("is 3100 bytes, more than a config file may be (1000; LEADTERM_CONFIG_MAX_BYTES sets it)"),
                    "\(problem)")
        }
        #expect(LimitsConfig.configBytes(environment: ["LEADTERM_CONFIG_MAX_BYTES": "5000"]) == 5_000)
        #expect(LimitsConfig.configBytes(environment: [:]) == 1 << 20)
        #expect(try ConfigFile.load(path: path, maxBytes: 5_000).limits == .standard)
    }
}
