import Testing
import TerminalUI

@Suite struct TextWrapTests {
    @Test func wrapBreaksAtSpacesAndCutsLongWords() {
        #expect(TextWrap.lines("один два три", width: 8) == ["один два", "три"])
        #expect(TextWrap.lines("абвгдежзий", width: 4) == ["абвг", "дежз", "ий"])
        #expect(TextWrap.lines("a\nb", width: 4) == ["a", "b"])
    }
}

@Suite struct LegendAndStatusTests {
    @Test func legendDropsItemsThatDoNotFit() {
        let legend = Legend([.init(.function(2), "Сохранить"), .init(.function(10), "Выход"), .init(.function(5), "Длинная подсказка")])
        let buffer = draw(width: 26) { legend.render(into: &$0, at: Rect(x: 0, y: 0, width: 26, height: 1), theme: testTheme) }
        #expect(buffer.line(0) == "F2 Сохранить F10 Выход")
        #expect(buffer.styleMask(row: 0, matching: testTheme.style(.legendKey)) == "##...........###")
    }

    @Test func statusErrorUsesTheErrorRole() {
        let status = StatusLine.error("Такой даты нет")
        let buffer = draw(width: 20) { status.render(into: &$0, at: Rect(x: 0, y: 0, width: 20, height: 1), theme: testTheme) }
        #expect(buffer.line(0) == " Такой даты нет")
        #expect(buffer.styleMask(row: 0, matching: testTheme.style(.statusError)) == String(repeating: "#", count: 20))
    }
}
