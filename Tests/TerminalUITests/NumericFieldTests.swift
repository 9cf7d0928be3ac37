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
