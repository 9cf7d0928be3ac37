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
    @Test func legendDropsItemsThatDoNotFitBeforeTheLastWhichStays() {
        let legend = Legend([.init(.function(2), "Сохранить"), .init(.function(5), "Длинная подсказка"), .init(.escape, "Выход")])
        let buffer = draw(width: 26) { legend.render(into: &$0, at: Rect(x: 0, y: 0, width: 26, height: 1), theme: testTheme) }
        // The way back is never the item cut off the end (issue 16: «Esc Меню» went missing).
        #expect(buffer.line(0) == "F2 Сохранить Esc Выход")
        #expect(buffer.styleMask(row: 0, matching: testTheme.style(.legendKey)) == "##...........###")
        let roomy = draw(width: 60) { legend.render(into: &$0, at: Rect(x: 0, y: 0, width: 60, height: 1), theme: testTheme) }
        #expect(roomy.line(0) == "F2 Сохранить F5 Длинная подсказка Esc Выход")
        #expect(Legend([.init(.escape, "Очень длинное слово")]).shown(width: 5).isEmpty)
    }

    @Test func statusErrorUsesTheErrorRole() {
        let status = StatusLine.error("Такой даты нет")
        let buffer = draw(width: 20) { status.render(into: &$0, at: Rect(x: 0, y: 0, width: 20, height: 1), theme: testTheme) }
        #expect(buffer.line(0) == " Такой даты нет")
        #expect(buffer.styleMask(row: 0, matching: testTheme.style(.statusError)) == String(repeating: "#", count: 20))
    }

    /// A long message wraps onto as many rows as it needs, up to three, the layout's body
    /// giving them up; past three the last row ends with `…`.
    @Test func aLongMessageWrapsAndTheBodyMakesRoom() {
        let status = StatusLine.error("один два три четыре пять")
        #expect(status.height(width: 12) == 3)
        let layout = ScreenLayout(Rect(x: 0, y: 0, width: 12, height: 10), status: status)
        #expect(layout.status == Rect(x: 0, y: 6, width: 12, height: 3))
        #expect(layout.body.height == 4 && layout.legend.y == 9)
        var buffer = Buffer(size: Size(columns: 12, rows: 10))
        status.render(into: &buffer, at: layout.status, theme: testTheme)
        #expect((6..<9).map { buffer.line($0) } == [" один два", " три четыре", " пять"])
        let longer = StatusLine("один два три четыре пять шесть семь")
        var cut = Buffer(size: Size(columns: 12, rows: 10))
        longer.render(into: &cut, at: layout.status, theme: testTheme)
        #expect(cut.line(8) == " пять шест…")
        #expect(ScreenLayout(Rect(x: 0, y: 0, width: 12, height: 10)).status.height == 1)
    }
}
