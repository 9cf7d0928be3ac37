import Foundation
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 17, point 1: the terminal cursor stands on what has focus — the focused field's
/// insertion point, the selected row of a list or menu, a box's first (or selected) line —
/// on every screen and phase, because a braille display and a screen reader follow it.
struct CursorTests {
    static func harness(_ language: Language, kiosk: Bool = false) throws -> AppHarness {
        var h = try AppHarness(language: language, kiosk: kiosk)
        h.services = try GoldenData.services(context: h.state.context)
        return h
    }

    /// The frame's cursor, and the row's text from it on (and before it).
    struct Spot {
        var point: Point
        var after: String
        var before: String
    }

    static func spot(_ h: inout AppHarness, sourceLocation: SourceLocation = #_sourceLocation) -> Spot? {
        let frame = AppView.frame(&h.state, size: h.state.size)
        guard let point = frame.cursor else {
            Issue.record("the cursor is hidden", sourceLocation: sourceLocation)
            return nil
        }
        let lines = frame.lines
        guard point.y < lines.count else { return Spot(point: point, after: "", before: "") }
        // Every cell the tests look at is one column wide, so a column is a character.
        let line = Array(lines[point.y])
        let x = min(point.x, line.count)
        return Spot(point: point, after: String(line[x...]), before: String(line[..<x]))
    }

    @Test(arguments: [Language.ru, .en])
    func menuCursorIsOnTheSelectedItem(_ language: Language) throws {
        var h = try Self.harness(language)
        #expect(Self.spot(&h)?.after.hasPrefix("1  ") == true)
        h.press(.down)
        #expect(Self.spot(&h)?.after.hasPrefix("2  ") == true)
        h.press(.function(1))
        let help = try #require(h.state.model.help)
        let first = try #require(help.body.components(separatedBy: "\n").first)
        #expect(Self.spot(&h)?.after.hasPrefix(String(first.prefix(10))) == true, "F1's box: on its first line")
        h.press(.escape)
        #expect(Self.spot(&h)?.after.hasPrefix("2  ") == true, "closing F1 puts it back")
    }

    @Test(arguments: [Language.ru, .en])
    func entryCursorFollowsTypingBackspaceAndTab(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("1")
        let start = try #require(Self.spot(&h))
        h.type("Ив")
        let typed = try #require(Self.spot(&h))
        #expect(typed.point.y == start.point.y && typed.point.x == start.point.x + 2)
        #expect(typed.before.hasSuffix("Ив"))
        h.press(.backspace)
        let erased = try #require(Self.spot(&h))
        #expect(erased.point.x == start.point.x + 1 && erased.before.hasSuffix("И"))
        h.press(.tab)
        let next = try #require(Self.spot(&h))
        let focus = try #require(h.screen.entry?.form.focus)
        let label = h.state.text(EntryView.label(for: focus))
        #expect(next.point.y != start.point.y && next.before.contains(String(label.prefix(6))),
                "Tab: on the next field (\(label)), not \(next.before)")
        // F1 over the form: the help's first line; any key closes it, back on the field.
        h.press(.function(1))
        let help = try #require(Self.spot(&h))
        #expect(help.point.y != next.point.y)
        h.press(.escape)
        #expect(Self.spot(&h)?.point == next.point)
    }

    @Test(arguments: [Language.ru, .en])
    func problemsAndReviewBoxesHoldTheCursor(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("1")
        h.press(.function(2))
        guard case .problems(let problems, let selected)? = h.screen.entry?.phase else {
            Issue.record("F2 on an empty form shows no problems: \(h.screen)")
            return
        }
        let message = h.state.text(problems[selected].message)
        #expect(Self.spot(&h)?.after.hasPrefix(String(message.prefix(12))) == true, "on the selected problem")
        h.press(.down)
        if case .problems(let problems, let selected)? = h.screen.entry?.phase, problems.count > 1 {
            let message = h.state.text(problems[selected].message)
            #expect(Self.spot(&h)?.after.hasPrefix(String(message.prefix(12))) == true, "↓: on the next problem")
        }
    }

    @Test(arguments: [Language.ru, .en])
    func listsOfTheSmallScreensHoldTheCursorOnTheSelectedRow(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("4")
        guard case .drafts(let drafts) = h.screen, drafts.drafts.count == 2 else {
            Issue.record("not on the drafts: \(h.screen)")
            return
        }
        let firstRow = try #require(Self.spot(&h))
        #expect(firstRow.after.hasPrefix(drafts.drafts[0].updated))
        h.press(.down)
        #expect(Self.spot(&h)?.point.y == firstRow.point.y + 1)
        h.press(.escape)

        h.type("3")
        h.paste("5, 7")
        #expect(Self.spot(&h)?.before.hasSuffix("5, 7") == true, "look-up: at the end of what is typed")
        h.press(.enter)
        #expect(Self.spot(&h)?.after.hasPrefix("5 ") == true, "results: on the first client")
        h.press(.down)
        #expect(Self.spot(&h)?.after.hasPrefix("7 ") == true, "↓: on the second")
    }

    @Test(arguments: [Language.ru, .en])
    func outboxAndEnlargeNotice(_ language: Language) throws {
        var h = try Self.harness(language)
        h.send(.outboxStatus(pending: 2, lastError: "http.503: The core at https://core.bank.local answered HTTP 503.", needingCvc: 1))
        h.type("5")
        #expect(Self.spot(&h)?.after.hasPrefix("1 ") == true, "outbox: on the first place")
        h.press(.down)
        #expect(Self.spot(&h)?.after.hasPrefix("2 ") == true)
        h.press(.escape)
        h.resize(columns: 60, rows: 20)
        let notice = try #require(Self.spot(&h))
        #expect(!notice.after.isEmpty, "enlarge: on the notice's first line")
        h.resize(columns: 80, rows: 24)
        #expect(Self.spot(&h)?.after.hasPrefix("1  ") == true)
    }

    @Test(arguments: [Language.ru, .en])
    func loginCursorIsOnTheFocusedInput(_ language: Language) throws {
        var h = try AppHarness(language: language, screen: .login(LoginScreen(server: "https://core.bank.local",
                                                                              customerKey: "tenant", user: "ivanova")))
        h.type("sec")
        let spot = try #require(Self.spot(&h))
        #expect(spot.before.hasSuffix("•••"), "on the password, after the bullets: \(spot.before)")
    }
}
