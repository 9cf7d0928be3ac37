import Testing
@testable import TerminalUI

@Suite struct BufferRowCopyTests {
    @Test func aCopiedRowPastesBackTheSameCells() {
        var drawn = Buffer(size: Size(columns: 12, rows: 2))
        drawn.put("Жук 日本 e\u{0301}", x: 1, y: 1, style: Style(attributes: .bold))
        let row = drawn.copyRow(1, columns: 0..<12)
        var again = Buffer(size: Size(columns: 12, rows: 2))
        again.paste(row, x: 0, y: 1)
        #expect(again == drawn)
        #expect(again.line(1) == " Жук 日本 e\u{0301}")
    }

    @Test func copyAndPasteAreClippedToTheBuffer() {
        var buffer = Buffer(size: Size(columns: 5, rows: 1))
        buffer.put("abcde", x: 0, y: 0, style: .plain)
        #expect(buffer.copyRow(0, columns: 3..<9).count == 2)
        #expect(buffer.copyRow(4, columns: 0..<5).isEmpty)
        buffer.paste(Buffer(size: Size(columns: 5, rows: 1)).copyRow(0, columns: 0..<5), x: 3, y: 0)
        #expect(buffer.line(0) == "abc")
    }

    @Test func pastingOverHalfAWideCharacterBlanksItsOtherHalf() {
        var buffer = Buffer(size: Size(columns: 6, rows: 1))
        buffer.put("日本語", x: 0, y: 0, style: .plain)
        var other = Buffer(size: Size(columns: 6, rows: 1))
        other.put("xy", x: 0, y: 0, style: .plain)
        buffer.paste(other.copyRow(0, columns: 0..<2), x: 1, y: 0)
        #expect(buffer.line(0) == " xy 語")
    }

    @Test func fillingWithACharacterDrawsARule() {
        var buffer = Buffer(size: Size(columns: 6, rows: 2))
        buffer.fill(Rect(x: 1, y: 1, width: 4, height: 1), scalar: "─", style: .plain)
        #expect(buffer.line(1) == " ────")
        buffer.fill(Rect(x: 0, y: 0, width: 3, height: 1), scalar: "日", style: .plain)
        #expect(buffer.line(0) == "")
    }
}
