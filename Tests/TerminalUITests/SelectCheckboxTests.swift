import Testing
import TerminalUI

@Suite struct SelectTests {
    let countries = ["Россия", "Румыния", "Белоруссия", "Республика Конго", "Эстония", "Объединённые Арабские Эмираты"]
        .enumerated().map { SelectOption(id: "\($0.offset)", label: $0.element) }

    @Test func typeAheadFiltersPrefixMatchesFirst() {
        var select = SelectState(options: countries)
        #expect(select.handle(.character("р")) == .moved)
        #expect(select.isOpen)
        #expect(select.matches.map { countries[$0].label } == ["Россия", "Румыния", "Республика Конго", "Белоруссия", "Объединённые Арабские Эмираты"])
        _ = select.handle(.character("у"))
        #expect(select.matches.map { countries[$0].label } == ["Румыния", "Белоруссия"])
    }

    @Test func enterChoosesAndMovesOnEscapeKeepsTheOldChoice() {
        var select = SelectState(options: countries, selectedID: "0")
        _ = select.handle(.character("э"))
        #expect(select.handle(.escape) == .moved)
        #expect(select.selected?.label == "Россия")
        _ = select.handle(.character("э"))
        _ = select.handle(.character("с"))
        #expect(select.handle(.enter) == .filled)
        #expect(select.selected?.label == "Эстония")
        #expect(!select.isOpen)
    }

    @Test func yoMatchesYe() {
        var select = SelectState(options: countries)
        for c in "объединен" { _ = select.handle(.character(c)) }
        #expect(select.matches.count == 1)
    }

    @Test func arrowsMoveTheHighlightAndTheListScrolls() {
        let many = (1...50).map { SelectOption(id: "\($0)", label: "Страна \($0)") }
        var select = SelectState(options: many, popupRows: 5)
        _ = select.handle(.function(4))
        for _ in 0..<7 { _ = select.handle(.down) }
        #expect(select.highlighted == 7)
        #expect(select.popupTop == 3)
        let screen = Rect(x: 0, y: 0, width: 30, height: 12)
        let buffer = draw(width: 30, height: 12) {
            select.render(into: &$0, at: Rect(x: 0, y: 0, width: 20, height: 1), theme: testTheme, look: FieldLook(focused: true))
            select.renderPopup(into: &$0, below: Rect(x: 0, y: 0, width: 20, height: 1), within: screen, theme: testTheme)
        }
        #expect(buffer.line(2) == "│Страна 4          │")
        #expect(buffer.styleMask(row: 6, matching: testTheme.style(.selection)).contains("#"))
        #expect(buffer.line(6) == "│Страна 8          │")
        #expect(buffer.line(7).hasPrefix("└") && buffer.line(7).contains(" 8/50 "))
    }

    @Test func closedUpDownLeaveTheField() {
        var select = SelectState(options: countries)
        #expect(select.handle(.down) == .exitForward)
        #expect(select.handle(.up) == .exitBackward)
    }
}

@Suite struct CheckboxTests {
    @Test func spaceTogglesACheckbox() {
        var box = CheckboxState()
        #expect(box.handle(.character(" ")) == .changed)
        #expect(box.isOn == true)
        let buffer = draw(width: 5) { box.render(into: &$0, at: Rect(x: 0, y: 0, width: 5, height: 1), theme: testTheme, look: FieldLook()) }
        #expect(buffer.line(0) == "[x]")
    }

    @Test func yesNoAnswersByLetterInEitherLayoutAndMovesOn() {
        var answer = CheckboxState.yesNo()
        #expect(answer.isOn == nil)
        #expect(answer.handle(.character("д")) == .filled)
        #expect(answer.isOn == true)
        #expect(answer.handle(.character("n")) == .filled)
        #expect(answer.isOn == false)
        let buffer = draw(width: 20) { answer.render(into: &$0, at: Rect(x: 0, y: 0, width: 20, height: 1), theme: testTheme, look: FieldLook(focused: true)) }
        #expect(buffer.line(0) == "( ) Да  (•) Нет")
        #expect(buffer.cursor == Point(x: 9, y: 0))
        #expect(answer.handle(.character("q")) == .rejected)
    }
}
