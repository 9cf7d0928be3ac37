import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 16.2: every message the rules can put on the message line, and every field's F1
/// help, can be read in full at 80×24 in both languages — the message line wraps, F1's box
/// scrolls.
struct MessageFitTests {
    static let size = Size.minimumTerminal

    /// Words only, so a wrapped text compares with its source.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// What each field's own rules say for a battery of wrong, partial and overlong inputs,
    /// and what the whole-lead rules say of an empty lead and of one with every field wrong.
    static func ruleMessages(_ language: Language) throws -> Set<String> {
        let h = try AppHarness(language: language)
        let context = h.state.context
        let inputs = ["x", "1", "0", "-1", "12", "1234", "ж", "abc!", "+", "-", "1,", "31.02.2020", "99.99.9999",
                      "01.01.1900", "01.01.2100", "01012015", "0000", "zz-zz", "yes?", "12.5", "100000000000000",
                      String(repeating: "9", count: 40), String(repeating: "я", count: 300)]
        var out: Set<String> = []
        var everyFieldWrong: [String: JSONValue] = [:]
        for (pattern, _) in FormLayout.fieldOrder {
            let path = FieldPath(pattern.components.map { $0 == .anyIndex ? .index(0) : $0 })
            for text in inputs {
                switch context.rules.check(path: path, text: text) {
                case .incomplete(let hint): out.insert(hint.text(in: language))
                case .invalid(let problem), .warning(let problem): out.insert(problem.message.text(in: language))
                case .empty, .valid: break
                }
            }
            if pattern.components.count == 1, case .key(let key)? = pattern.components.first {
                everyFieldWrong[key] = .string("1")
            }
        }
        for problem in context.validator.validate(json: .object([:])) + context.validator.validate(json: .object(everyFieldWrong)) {
            out.insert(problem.message.text(in: language))
        }
        return out
    }

    @Test(arguments: [Language.ru, .en])
    func everyRuleMessageFitsTheMessageLine(_ language: Language) throws {
        let messages = try Self.ruleMessages(language)
        let theme = try AppHarness(language: language).state.theme
        #expect(messages.count > 30)
        // The FIAS id's message was cut at `…вида 8-4-4-`.
        #expect(messages.contains { $0.contains("8-4-4-4-12") })
        for message in messages {
            let status = StatusLine.error(message)
            var buffer = Buffer(size: Self.size)
            let layout = ScreenLayout(buffer.area, status: status)
            status.render(into: &buffer, at: layout.status, theme: theme)
            let shown = (layout.status.y..<layout.status.maxY).map { buffer.line($0) }.joined(separator: " ")
            #expect(Self.words(shown) == Self.words(message), "cut at 80×24: «\(message)» shows «\(shown)»")
            #expect(layout.body.height >= Self.size.rows - 4 - (StatusLine.maxLines - 1))
        }
    }

    /// On the form itself: the FIAS id's message, two lines long, above the legend and whole;
    /// the form gives up its bottom line for it.
    @Test(arguments: [Language.ru, .en])
    func aLongFieldMessageWrapsOnTheForm(_ language: Language) throws {
        var h = try AppHarness(language: language)
        h.type("1")
        h.press(.alt(.character("3")))
        EntryGoldenTests.tab(to: "addressData.fiasId", in: &h)
        h.type("12")
        h.press(.tab)
        EntryGoldenTests.tab(to: "addressData.fiasId", in: &h, with: .backTab)
        let entry = try #require(h.screen.entry)
        let status = ChromeView.status(for: h.state, entry: entry)
        #expect(status.message.contains("8-4-4-4-12"), "\(status.message)")
        let height = status.height(width: Self.size.columns)
        #expect(height >= 2)
        let lines = h.lines()
        let shown = lines[(Self.size.rows - 1 - height)..<(Self.size.rows - 1)].joined(separator: " ")
        #expect(Self.words(shown) == Self.words(status.message), "«\(status.message)» shows «\(shown)»")
        #expect(lines[Self.size.rows - 1].contains("F1"), "the legend stays on the last line")
    }

    /// F1 on every field: the box shows the whole text (paged with PgDn), with the field's
    /// format and example, and no description stops at a colon.
    @Test(arguments: [Language.ru, .en])
    func everyFieldsHelpCanBeReadInFull(_ language: Language) throws {
        var problems: [String] = []
        var fields = 0
        try FormWalk.walk(language, onList: { _, _, _, _ in }, onField: { path, _, h in
            fields += 1
            h.press(.function(1))
            guard let help = h.state.model.help else { problems.append("\(path): F1 opened nothing"); return }
            let unread = Self.unreadLines(&h)
            if !unread.isEmpty { problems.append("\(path): lines \(unread) of its help never shown whole") }
            let example = h.state.text(LocalizedText(ru: "Пример:", en: "Example:"))
            if !help.body.contains(example) { problems.append("\(path): no example in its help") }
            let heading = h.state.text(UIText.keysHeading)
            if let hanging = help.body.components(separatedBy: "\n").first(where: { $0.hasSuffix(":") && $0 != heading }) {
                problems.append("\(path): help stops at «\(hanging)»")
            }
            h.press(.escape)
            if h.state.model.help != nil { problems.append("\(path): Esc did not close F1") }
        })
        #expect(fields > 150)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Pages through the open F1 box with PgDn as an operator would and returns the wrapped
    /// lines of its text that never showed whole on the screen.
    static func unreadLines(_ h: inout AppHarness) -> [Int] {
        let area = HelpOverlay.textArea(on: size)
        guard let help = h.state.model.help else { return [-1] }
        let expected = help.lines(width: area.columns)
        var read = Array(repeating: nil as String?, count: expected.count)
        var scrolls: Set<Int> = []
        while let open = h.state.model.help, scrolls.insert(open.scroll).inserted {
            let lines = h.lines()
            // The box's text area: from its fourth row and sixth column (border and margin).
            for i in 0..<area.rows where open.scroll + i < read.count {
                let cells = Array(lines[4 + i])
                let text = cells.count > 5 ? String(cells[5..<min(cells.count, 5 + area.columns)]) : ""
                read[open.scroll + i] = text.trimmingCharacters(in: .whitespaces)
            }
            h.press(.pageDown)
        }
        return expected.indices.filter { read[$0] != expected[$0].trimmingCharacters(in: .whitespaces) }
    }

    /// F1 on every screen besides the form, read whole by paging.
    @Test(arguments: [Language.ru, .en])
    func everyScreensHelpCanBeReadInFull(_ language: Language) throws {
        let screens: [AppModel.Screen] = [
            .menu(selected: 0), .openLead(OpenLeadScreen()),
            .leadList(LeadListScreen(key: .mobilePhone("79161234567"), page: SearchPage(size: 5))),
            .leadStatus(LeadStatusScreen(leadId: 1042, busy: false)), .lookup(LookupScreen(keySearch: true)),
            .drafts(DraftsScreen(drafts: [])), .outbox(OutboxScreen(rows: [])), .login(LoginScreen()),
            .supervisor(SupervisorScreen()),
        ]
        for screen in screens {
            var h = try AppHarness(language: language, screen: screen)
            h.press(.function(1))
            #expect(h.state.model.help != nil, "\(screen): F1 opened nothing")
            let unread = Self.unreadLines(&h)
            #expect(unread.isEmpty, "\(screen): lines \(unread) of F1 never shown whole")
        }
    }

    /// The scrolling keys move F1's text and keep it open; the box says there is more below.
    @Test func helpScrollsWithTheKeysAndSaysThereIsMore() throws {
        var h = try AppHarness(language: .ru)
        h.type("1")
        // A text of forty lines, more than one box holds.
        let help = HelpOverlay(title: "F1", body: (1...40).map { "строка \($0)" }.joined(separator: "\n"))
        h.state.model.help = help
        let area = HelpOverlay.textArea(on: Self.size)
        #expect(h.lines().joined().contains(h.state.text(UIText.helpMore)))
        h.press(.down)
        #expect(h.state.model.help?.scroll == 1)
        h.press(.end)
        let last = try #require(h.state.model.help?.scroll)
        #expect(last == help.lines(width: area.columns).count - area.rows)
        #expect(!h.lines().joined().contains(h.state.text(UIText.helpMore)))
        h.press(.pageDown)
        #expect(h.state.model.help?.scroll == last)
        h.press(.home)
        #expect(h.state.model.help?.scroll == 0)
        h.press(.character("x"))
        #expect(h.state.model.help == nil && h.screen.entry?.form.text("lastName") == "")
    }
}
