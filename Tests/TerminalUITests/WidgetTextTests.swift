import Testing
import TerminalUI

/// The words widgets draw on their own come from the ``WidgetText`` they are given:
/// English draws no Cyrillic at all, Russian draws what it always drew.
@Suite struct WidgetTextTests {
    static func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0400...0x052F).contains($0.value) }
    }

    /// An open dropdown filtered to nothing, drawn under a 20-column field on a 30×6 screen.
    static func emptyPopup(_ text: WidgetText?) -> Buffer {
        var select = SelectState(options: [SelectOption(id: "1", label: "Male"), SelectOption(id: "2", label: "Female")])
        for c in "zz" { _ = select.handle(.character(c)) }
        let field = Rect(x: 0, y: 0, width: 20, height: 1)
        let screen = Rect(x: 0, y: 0, width: 30, height: 6)
        return draw(width: 30, height: 6) {
            if let text {
                select.renderPopup(into: &$0, below: field, within: screen, theme: testTheme, text: text)
            } else {
                select.renderPopup(into: &$0, below: field, within: screen, theme: testTheme)
            }
        }
    }

    @Test func aDropdownWithNoMatchesSaysSoInTheGivenLanguage() {
        let english = Self.emptyPopup(.english)
        #expect(english.line(2) == "│no matches        │")
        #expect(!english.lines.contains(where: Self.hasCyrillic), "\(english.lines)")

        #expect(Self.emptyPopup(.russian).line(2) == "│нет совпадений    │")
        #expect(Self.emptyPopup(nil).lines == Self.emptyPopup(.russian).lines)
    }

    @Test func theEnlargeNoticeSpeaksTheGivenLanguage() {
        func notice(_ text: WidgetText) -> [String] {
            draw(width: 60, height: 20) {
                EnlargeNotice.render(into: &$0, current: Size(columns: 60, rows: 20), required: .minimumTerminal,
                                     theme: testTheme, text: text)
            }.lines.filter { !$0.isEmpty }
        }
        let english = notice(.english).map { $0.trimmingLeadingSpaces }
        #expect(english == ["Enlarge the terminal", "What is typed goes in once it is larger", "need 80×24, now 60×20"])
        #expect(!english.contains(where: Self.hasCyrillic))
        #expect(notice(.russian).map { $0.trimmingLeadingSpaces }
                == ["Увеличьте окно терминала", "Нажатое будет введено, когда окно станет больше", "нужно 80×24, сейчас 60×20"])
    }

    @Test func yesNoAnswersUseTheGivenWords() {
        let answer = CheckboxState.yesNo(false, text: .english)
        let drawn = draw(width: 20) { answer.render(into: &$0, at: $0.area, theme: testTheme, look: FieldLook()) }
        #expect(drawn.line(0) == "( ) Yes  (•) No")
        #expect(CheckboxState.yesNo().presentation == .yesNo(yes: "Да", no: "Нет"))
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
