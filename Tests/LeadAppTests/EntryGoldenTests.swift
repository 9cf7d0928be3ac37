import Foundation
import LeadModel
import LeadRules
import LeadStore
import TerminalUI
import Testing
@testable import LeadApp

/// Golden snapshots of the entry form and its phases, ru and en, at 80×24.
/// To record them again after a deliberate change to a screen:
///   LEADTERM_RECORD_GOLDEN=1 swift test --skip-build --filter GoldenTests
/// then read every changed file in Tests/LeadAppTests/Golden/ before committing it.
struct EntryGoldenTests {
    static func harness(_ language: Language) throws -> AppHarness {
        var h = try AppHarness(language: language)
        h.services = try GoldenData.services(context: h.state.context)
        return h
    }

    /// Menu 1: a new lead, on its first section.
    static func newLead(_ language: Language) throws -> AppHarness {
        var h = try harness(language)
        h.type("1")
        return h
    }

    /// Tab (or `key`) until `path` has the focus (whether a full field moves on by itself
    /// varies by field).
    static func tab(to path: FieldPath, in h: inout AppHarness, with key: Key = .tab) {
        for _ in 0..<30 where h.screen.entry?.form.focus != path { h.press(key) }
    }

    /// The sample lead resumed from its draft (menu 4, Enter), then F2; `result` is what
    /// the core will answer when it is sent.
    static func review(_ language: Language, result: SubmitOutcome<LocalizedText>? = nil) throws -> AppHarness {
        var h = try harness(language)
        h.services.submit = result
        h.type("4")
        h.press(.enter)
        h.press(.function(2))
        return h
    }

    static func phase(_ screen: AppModel.Screen) -> EntryPhase? { screen.entry?.phase }

    @Test(arguments: [Language.ru, .en])
    func firstSectionEmpty(_ language: Language) throws {
        var h = try Self.newLead(language)
        h.expectGolden("entry-first") { $0.entry?.form.section == .person && $0.entry?.form.focus == "lastName" }
    }

    @Test(arguments: [Language.ru, .en])
    func anInvalidFieldAndItsMessage(_ language: Language) throws {
        var h = try Self.newLead(language)
        h.type("Иванов")
        Self.tab(to: "birthDate", in: &h)
        h.type("01012015")
        // Back on the date: its message (an age of 11) is on the message line.
        Self.tab(to: "birthDate", in: &h, with: .backTab)
        h.expectGolden("entry-invalid") {
            $0.entry?.form.focus == "birthDate" && $0.entry?.form.status(of: "birthDate") == .invalid
        }
    }

    @Test(arguments: [Language.ru, .en])
    func aListSectionWithTwoRows(_ language: Language) throws {
        var h = try Self.newLead(language)
        h.press(.alt(.character("4")))
        for (last, first) in [("Иванова", "Мария"), ("Иванов", "Пётр")] {
            // F6 adds a row wherever the focus is in the list (Ins only on the table itself).
            h.press(.function(6))
            let row = h.screen.entry?.form.selectedRow["relatives"] ?? 0
            Self.tab(to: FieldPath(stringLiteral: "relatives").appending(index: row).appending("lastName"), in: &h)
            h.type(last)
            h.press(.tab)
            h.type(first)
        }
        h.expectGolden("entry-list") {
            $0.entry?.form.section == .relatives && $0.entry?.form.text("relatives[1].firstName") == "Пётр"
        }
    }

    @Test(arguments: [Language.ru, .en])
    func theCardSectionShowsTheCvcAsDots(_ language: Language) throws {
        var h = try Self.newLead(language)
        h.press(.alt(.character("9")))
        for (path, text) in [("cardNumber", "4276380012345679"), ("cardHolder", "IVAN IVANOV"),
                             ("validThruMonth", "12"), ("validThruYear", "29"), ("cardCvc", "852")] {
            Self.tab(to: FieldPath(stringLiteral: path), in: &h)
            h.type(text)
        }
        // Off the CVC (back to the year), the CVC shows as dots.
        h.press(.backTab)
        let shown = h.lines().joined(separator: "\n")
        #expect(!shown.contains("852") && shown.contains("•••"), "\(shown)")
        h.expectGolden("entry-card") { $0.entry?.form.text("cardCvc") == "852" }
    }

    @Test(arguments: [Language.ru, .en])
    func f1HelpOverTheForm(_ language: Language) throws {
        var h = try Self.newLead(language)
        h.press(.function(1))
        h.expectGolden("entry-help")
        // Any key closes the help, and goes no further: the field stays empty.
        h.press(.character("x"))
        #expect(!h.lines().joined().contains("JSON: lastName"))
        #expect(h.state.model.help == nil)
        #expect(h.screen.entry?.form.text("lastName") == "")
    }

    @Test(arguments: [Language.ru, .en])
    func theProblemsList(_ language: Language) throws {
        var h = try Self.newLead(language)
        h.type("Иванов")
        h.press(.function(2))
        h.expectGolden("entry-problems") {
            if case .problems(let problems, _)? = Self.phase($0) { return !problems.isEmpty }
            return false
        }
    }

    @Test(arguments: [Language.ru, .en])
    func theReviewBox(_ language: Language) throws {
        var h = try Self.review(language)
        h.expectGolden("entry-review") {
            if case .confirm? = Self.phase($0) { return true }
            return false
        }
    }

    @Test(arguments: [Language.ru, .en])
    func sending(_ language: Language) throws {
        var h = try Self.review(language, result: nil)
        h.press(.enter)
        let sent = h.effects.filter { if case .entry(.send, _) = $0 { return true } else { return false } }
        #expect(sent.count == 1)
        h.expectGolden("entry-sending") { Self.phase($0) == .sending }
    }

    @Test(arguments: [Language.ru, .en])
    func accepted(_ language: Language) throws {
        var h = try Self.review(language, result: .accepted(leadId: 1043, clientId: 5))
        h.press(.enter)
        h.expectGolden("entry-accepted") { Self.phase($0) == .accepted(leadId: 1043, clientId: 5) }
    }

    @Test(arguments: [Language.ru, .en])
    func queued(_ language: Language) throws {
        let why = StubWords.queued(place: 2, because: "http.503: The core at https://core.bank.local answered HTTP 503.")
        var h = try Self.review(language, result: .queued(outboxId: 3, message: why))
        h.press(.enter)
        h.expectGolden("entry-queued") { Self.phase($0) == .queued(why) }
    }

    @Test(arguments: [Language.ru, .en])
    func failed(_ language: Language) throws {
        let why = StubWords.refused("passport.no: паспорт недействителен")
        var h = try Self.review(language, result: .rejected(outboxId: nil, message: why))
        h.press(.enter)
        h.expectGolden("entry-failed") { Self.phase($0) == .failed(why) }
        // F1 on the result says what it means for the lead and its keys (issue 16.7: every
        // legend starts with F1), and the result is still there after it.
        h.press(.function(1))
        let help = try #require(h.state.model.help, "F1 showed no help on the result")
        #expect(help.title == (language == .ru ? "Результат отправки" : "The send's result"))
        #expect(help.body.contains(language == .ru ? "Всё введённое осталось в форме" : "Everything typed is still in the form"))
        #expect(help.body.contains("Enter"))
        h.press(.escape)
        #expect(h.state.model.help == nil && Self.phase(h.screen) == .failed(why))
    }
}
