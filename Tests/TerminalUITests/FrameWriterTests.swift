import Testing
@testable import TerminalUI

/// The frame writer against xterm's control strings, byte for byte.
struct FrameWriterTests {
    static func xterm(bce: Bool = true, bottomRightScrolls: Bool = false) -> TerminalControls {
        var c = TerminalControls(clearScreen: Array("\u{1B}[H\u{1B}[2J".utf8), resetAttributes: Array("\u{1B}[m".utf8),
                                 moveTo: { row, column in Array("\u{1B}[\(row + 1);\(column + 1)H".utf8) })
        c.bold = Array("\u{1B}[1m".utf8)
        c.reverse = Array("\u{1B}[7m".utf8)
        c.underline = Array("\u{1B}[4m".utf8)
        c.defaultColors = Array("\u{1B}[39;49m".utf8)
        c.foreground = { Array("\u{1B}[3\($0)m".utf8) }
        c.background = { Array("\u{1B}[4\($0)m".utf8) }
        c.moveToColumn = { Array("\u{1B}[\($0 + 1)G".utf8) }
        c.eraseCharacters = { Array("\u{1B}[\($0)X".utf8) }
        c.clearToEndOfLine = Array("\u{1B}[K".utf8)
        c.backgroundColorErase = bce
        c.bottomRightScrolls = bottomRightScrolls
        return c
    }

    static func pen(_ style: Style) -> Pen {
        func number(_ color: Color?) -> Int16 {
            if case .ansi(let n)? = color { return Int16(n) }
            return -1
        }
        return Pen(attributes: style.attributes, foreground: number(style.foreground), background: number(style.background))
    }

    static let field = Style(foreground: .ansi(0), background: .ansi(6), attributes: .bold)

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func aTypedLetterCostsTheLetterOnly() {
        var writer = FrameWriter(controls: Self.xterm())
        var frame = Buffer(size: Size(columns: 20, rows: 3))
        frame.put("Имя", x: 0, y: 1, style: .plain)
        frame.fill(Rect(x: 5, y: 1, width: 10, height: 1), style: Self.field)
        frame.cursor = Point(x: 5, y: 1)
        let first = writer.update(from: nil, to: frame, pen: Self.pen)
        #expect(text(first).hasPrefix("\u{1B}[m\u{1B}[H\u{1B}[2J"))

        var next = frame
        next.put("Ж", x: 5, y: 1, style: Self.field)
        next.cursor = Point(x: 6, y: 1)
        #expect(text(writer.update(from: frame, to: next, pen: Self.pen)) == "Ж")
        #expect(writer.update(from: next, to: next, pen: Self.pen).isEmpty)
    }

    @Test func onlyWhatDiffersInThePenIsSent() {
        var writer = FrameWriter(controls: Self.xterm())
        var frame = Buffer(size: Size(columns: 10, rows: 1))
        frame.put("a", x: 0, y: 0, style: Style(foreground: .ansi(1)))
        frame.put("b", x: 1, y: 0, style: Style(foreground: .ansi(2)))
        frame.put("c", x: 2, y: 0, style: Style(foreground: .ansi(2), attributes: .bold))
        frame.put("d", x: 3, y: 0, style: Style(foreground: .ansi(2)))
        frame.put("e", x: 4, y: 0, style: .plain)
        let bytes = text(writer.update(from: nil, to: frame, pen: Self.pen))
        #expect(bytes.hasSuffix("\u{1B}[31ma\u{1B}[32mb\u{1B}[1mc\u{1B}[m\u{1B}[32md\u{1B}[39;49me"))
    }

    @Test func longBlankRunsAreErasedWhereTheTerminalPaintsThemRight() {
        let blue = Style(foreground: .ansi(7), background: .ansi(4))
        var before = Buffer(size: Size(columns: 30, rows: 1))
        before.fill(before.area, style: blue)
        before.put(" Серия паспорта: нужно 4 цифры", x: 0, y: 0, style: blue)
        var after = Buffer(size: Size(columns: 30, rows: 1))
        after.fill(after.area, style: blue)

        var writer = FrameWriter(controls: Self.xterm(bce: true))
        _ = writer.update(from: nil, to: before, pen: Self.pen)
        // The cursor was left in the last column (where its position is ambiguous): an absolute move.
        #expect(text(writer.update(from: before, to: after, pen: Self.pen)) == "\u{1B}[1;2H\u{1B}[K")

        // Without back-colour erase a coloured run is written out.
        var plainWriter = FrameWriter(controls: Self.xterm(bce: false))
        _ = plainWriter.update(from: nil, to: before, pen: Self.pen)
        let written = text(plainWriter.update(from: before, to: after, pen: Self.pen))
        #expect(!written.contains("\u{1B}[K") && written.contains(String(repeating: " ", count: 10)))

        // Reverse blanks are never erased: erasing paints the background only.
        var reversed = after
        reversed.fill(reversed.area, style: Style(attributes: .reverse))
        var reverseWriter = FrameWriter(controls: Self.xterm(bce: true))
        #expect(!text(reverseWriter.update(from: nil, to: reversed, pen: Self.pen)).contains("X"))
    }

    @Test func cursorMovesAreShort() {
        var writer = FrameWriter(controls: Self.xterm())
        var frame = Buffer(size: Size(columns: 40, rows: 2))
        frame.put("abcdef", x: 0, y: 0, style: .plain)
        _ = writer.update(from: nil, to: frame, pen: Self.pen)
        var next = frame
        next.put("X", x: 0, y: 0, style: .plain)
        next.put("Y", x: 3, y: 0, style: .plain)   // two unchanged plain cells in between: rewritten
        next.put("Z", x: 30, y: 0, style: .plain)  // far: a column move
        next.put("W", x: 2, y: 1, style: .plain)   // another row: an absolute move
        #expect(text(writer.update(from: frame, to: next, pen: Self.pen)) == "\rXbcY\u{1B}[31GZ\u{1B}[2;3HW")
    }

    @Test func theBottomRightCellIsLeftAloneWhereWritingItScrolls() {
        var writer = FrameWriter(controls: Self.xterm(bottomRightScrolls: true))
        var frame = Buffer(size: Size(columns: 4, rows: 2))
        frame.put("abcd", x: 0, y: 1, style: .plain)
        #expect(text(writer.update(from: nil, to: frame, pen: Self.pen)).hasSuffix("abc"))
    }

    @Test func afterInvalidateTheNextMoveIsAbsolute() {
        var writer = FrameWriter(controls: Self.xterm())
        var frame = Buffer(size: Size(columns: 10, rows: 2))
        frame.cursor = Point(x: 3, y: 1)
        _ = writer.update(from: nil, to: frame, pen: Self.pen)
        writer.invalidate()
        var next = frame
        next.put("q", x: 4, y: 1, style: .plain)
        #expect(text(writer.update(from: frame, to: next, pen: Self.pen)) == "\u{1B}[2;5H\u{1B}[mq\u{1B}[4G")
    }
}
