import Testing
import TerminalUI

@Suite struct NumericFieldTests {
    let russian = NumberFormat(decimalSeparator: ",", groupingSeparator: " ")

    @Test func typesMoneyWithGroupingAndLocaleSeparator() {
        var field = NumericFieldState(fractionLength: 2, format: russian)
        for c in "1234567.8" { _ = field.handle(.character(c)) }
        #expect(field.displayText(editing: true) == "1 234 567,8")
        #expect(field.displayText(editing: false) == "1 234 567,80")
        #expect(field.minorUnits == 123_456_780)
        #expect(field.handle(.character("1")) == .changed)
        #expect(field.handle(.character("2")) == .rejected)
        #expect(field.decimalValue?.description == "1234567.81")
    }

    @Test func backspaceUndoesTheLastThingTyped() {
        var field = NumericFieldState(fractionLength: 2, format: russian)
        for c in "12,5" { _ = field.handle(.character(c)) }
        #expect(field.handle(.backspace) == .changed)
        #expect(field.handle(.backspace) == .moved)
        #expect(field.displayText(editing: true) == "12")
        _ = field.handle(.backspace)
        _ = field.handle(.backspace)
        #expect(field.isEmpty)
        #expect(field.handle(.backspace) == .unchanged)
    }

    @Test func wholeNumbersRefuseSeparatorAndLetters() {
        var field = NumericFieldState(fractionLength: 0, maxIntegerDigits: 3, format: russian)
        #expect(field.handle(.character(",")) == .rejected)
        #expect(field.handle(.character("ж")) == .rejected)
        for c in "0120" { _ = field.handle(.character(c)) }
        #expect(field.minorUnits == 120)
        #expect(field.handle(.character("1")) == .rejected)
    }

    @Test func pasteUnderstandsBothConventions() {
        var field = NumericFieldState(fractionLength: 2, format: russian)
        #expect(field.paste("1 234 567,89") == .changed)
        #expect(field.minorUnits == 123_456_789)
        #expect(field.paste("1,234.5") == .changed)
        #expect(field.minorUnits == 123_450)
        #expect(field.paste("abc") == .rejected)
    }

    @Test func minorUnitsRoundTrip() {
        var field = NumericFieldState(minorUnits: 5, fractionLength: 2, format: russian)
        #expect(field.displayText(editing: false) == "0,05")
        field.minorUnits = 100_000_000
        #expect(field.displayText(editing: false) == "1 000 000,00")
    }

    @Test func rendersRightAlignedWithCursorAtTheRight() {
        var field = NumericFieldState(fractionLength: 2, format: russian)
        for c in "15000" { _ = field.handle(.character(c)) }
        let buffer = draw(width: 12) { field.render(into: &$0, at: Rect(x: 0, y: 0, width: 12, height: 1), theme: testTheme, look: FieldLook(focused: true)) }
        #expect(buffer.line(0) == "     15 000")
        #expect(buffer.cursor == Point(x: 11, y: 0))
    }
}

@Suite struct DateFieldTests {
    @Test func eightDigitsMakeADate() {
        var field = DateFieldState()
        var outcomes: [EditOutcome] = []
        for c in "29022024" { outcomes.append(field.handle(.character(c))) }
        #expect(outcomes.last == .filled)
        #expect(field.text.displayText == "29.02.2024")
        #expect(field.date == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(field.validationMessage == nil)
    }

    @Test func impossibleDatesAreFlagged() {
        var field = DateFieldState()
        for c in "29022023" { _ = field.handle(.character(c)) }
        #expect(field.date == nil)
        #expect(field.validationMessage == "Такой даты нет")
        var partial = DateFieldState()
        _ = partial.handle(.character("1"))
        #expect(partial.validationMessage != nil)
    }

    @Test func aDotAfterOneDigitPadsIt() {
        var field = DateFieldState()
        for c in "1.2.1990" { _ = field.handle(.character(c)) }
        #expect(field.text.displayText == "01.02.1990")
        #expect(field.date == CalendarDate(year: 1990, month: 2, day: 1))
    }

    @Test func pasteTakesTypedAndISODates() {
        var field = DateFieldState()
        #expect(field.paste("2001-09-11") == .filled)
        #expect(field.date?.description == "11.09.2001")
        var typed = DateFieldState()
        _ = typed.paste("12.03.2024")
        #expect(typed.date == CalendarDate(year: 2024, month: 3, day: 12))
    }

    @Test func settingADateShowsIt() {
        let field = DateFieldState(date: CalendarDate(year: 1985, month: 12, day: 7))
        #expect(field.text.displayText == "07.12.1985")
    }
}
