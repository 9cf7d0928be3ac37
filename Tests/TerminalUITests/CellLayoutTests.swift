import Testing
@testable import TerminalUI

/// The frame diff compares rows as memory: that needs cells without padding bytes.
@Suite struct CellLayoutTests {
    @Test func aCellHasNoPaddingBytes() {
        #expect(MemoryLayout<Style>.size == 12)
        #expect(MemoryLayout<Style>.size == MemoryLayout<Style>.stride)
        #expect(MemoryLayout<Cell>.size == 32)
        #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
        #expect(MemoryLayout<Cell>.offset(of: \Cell.style) == 16)
        #expect(MemoryLayout<Cell>.offset(of: \Cell.width) == 28)
    }

    @Test func equalCellsMadeDifferentWaysHaveEqualBytes() {
        var drawn = Cell(style: Style(foreground: .ansi(3)))
        drawn.style.attributes = .bold
        let made = Cell(scalar: 0x20, width: 1, style: Style(foreground: .ansi(3), attributes: .bold))
        #expect(drawn == made)
        let same = withUnsafeBytes(of: drawn) { a in withUnsafeBytes(of: made) { b in a.elementsEqual(b) } }
        #expect(same)
    }

    @Test func theDiffFindsAChangeInARowOtherwiseEqual() {
        var before = Buffer(size: Size(columns: 10, rows: 3))
        before.put("abc", x: 0, y: 1, style: .plain)
        var after = before
        after.put("x", x: 7, y: 1, style: Style(attributes: .underline))
        after.setStyle(Rect(x: 2, y: 2, width: 1, height: 1), style: Style(attributes: .bold))
        let spans = FrameWriter.changedSpans(from: before, to: after)
        #expect(spans == [nil, 7..<8, 2..<3])
    }

    @Test func fillsOfEverySizeWriteEveryCellAndNoMore() {
        let style = Style(background: .ansi(4))
        let fresh = Buffer(size: Size(columns: 83, rows: 29), style: style)
        #expect(fresh.cells.count == 83 * 29)
        #expect(fresh.cells.allSatisfy { $0 == Cell(style: style) })
        for width in [1, 15, 16, 17, 64, 65, 83] {
            var buffer = Buffer(size: Size(columns: 83, rows: 29))
            buffer.fill(Rect(x: 83 - width, y: 3, width: width, height: 20), style: style)
            for y in 0..<29 {
                for x in 0..<83 {
                    let inside = y >= 3 && y < 23 && x >= 83 - width
                    #expect(buffer[x: x, y: y] == (inside ? Cell(style: style) : Cell()))
                }
            }
        }
    }
}
