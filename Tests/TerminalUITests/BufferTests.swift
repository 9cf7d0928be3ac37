import Testing
@testable import TerminalUI

@Suite struct BufferTests {
    @Test func putsLatinAndCyrillicOneColumnEach() {
        var buffer = Buffer(size: Size(columns: 10, rows: 1))
        let used = buffer.put("Жук abc", x: 1, y: 0, style: .plain)
        #expect(used == 7)
        #expect(buffer.line(0) == " Жук abc")
    }

    @Test func wideCharactersTakeTwoCellsAndAreNotCutInHalf() {
        var buffer = Buffer(size: Size(columns: 5, rows: 1))
        buffer.put("日本語", x: 0, y: 0, style: .plain)
        #expect(buffer.line(0) == "日本")
        #expect(buffer[x: 1, y: 0].isContinuation)
        #expect(buffer[x: 4, y: 0].grapheme == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(columns: 4, rows: 1))
        buffer.put("日本", x: 0, y: 0, style: .plain)
        buffer.put("x", x: 1, y: 0, style: .plain)
        #expect(buffer.line(0) == " x本")
        buffer.put("y", x: 2, y: 0, style: .plain)
        #expect(buffer.line(0) == " xy")
        #expect(!buffer[x: 3, y: 0].isContinuation)
    }

    @Test func drawingIsClippedToTheBufferAndMaxWidth() {
        var buffer = Buffer(size: Size(columns: 6, rows: 2))
        buffer.put("abcdefgh", x: -2, y: 0, style: .plain)
        buffer.put("abcdefgh", x: 2, y: 1, style: .plain, maxWidth: 3)
        buffer.put("never", x: 0, y: 5, style: .plain)
        #expect(buffer.lines == ["cdefgh", "  abc"])
    }

    @Test func putStripsControlSequencesFromOutsideText() {
        var buffer = Buffer(size: Size(columns: 20, rows: 1))
        buffer.put("ab\u{1B}[2Jc\u{7}d\u{9B}e\nf", x: 0, y: 0, style: .plain)
        #expect(buffer.line(0) == "ab[2Jcde f")
    }

    @Test func combiningMarksStayWithTheirBaseCharacter() {
        var buffer = Buffer(size: Size(columns: 4, rows: 1))
        buffer.put("е\u{0308}x", x: 0, y: 0, style: .plain)
        #expect(buffer.line(0) == "е\u{0308}x")
        #expect(buffer[x: 0, y: 0].codePoints == [0x435, 0x308])
    }

    @Test func styleMaskMarksCellsOfAStyle() {
        let bold = Style(attributes: .bold)
        var buffer = Buffer(size: Size(columns: 8, rows: 1))
        buffer.put("ab", x: 0, y: 0, style: .plain)
        buffer.put("日c", x: 2, y: 0, style: bold)
        #expect(buffer.styleMask(row: 0, matching: bold) == "..##")
    }
}

@Suite struct SanitizeTests {
    @Test func removesC0C1DelAndBidiControls() {
        let raw = "a\u{0}b\u{1B}]0;title\u{7}c\u{7F}d\u{85}e\u{202E}f\u{2066}g"
        #expect(raw.sanitizedForTerminal == "ab]0;titlecdefg")
    }

    @Test func keepsCleanTextUntouched() {
        let text = "Иванов Иван — 1 234,56 ₽"
        #expect(text.sanitizedForTerminal == text)
    }

    @Test func pasteKeepsOrFlattensLineBreaks() {
        #expect("a\r\nb\rc\nd\te".sanitizedForPaste(singleLine: true) == "a b c d e")
        #expect("a\r\nb\u{1B}c".sanitizedForPaste(singleLine: false) == "a\nbc")
    }

    @Test func pasteIsCappedAtOneMebibyteOnACodePointBoundary() {
        let huge = String(repeating: "ж", count: Paste.maximumBytes)  // 2 MiB of UTF-8
        let clean = Paste.clean(huge)
        #expect(clean.utf8.count == Paste.maximumBytes)
        #expect(clean.allSatisfy { $0 == "ж" })
        let odd = "a" + huge
        #expect(Paste.clean(odd).utf8.count == Paste.maximumBytes - 1)
    }
}

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("Ж" as Character) == 1)
        #expect(DisplayWidth.of("日" as Character) == 2)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("\u{0301}" as Character) == 0)
        #expect(DisplayWidth.of("Привет, 世界") == 12)
    }
}
