/// Terminal column widths of characters, matching glibc's `wcwidth` closely enough
/// for the text this app shows (Latin, Cyrillic, CJK, emoji).
///
/// The engine computes widths itself instead of calling `wcwidth` because tests
/// run without a UTF-8 locale, where `wcwidth` reports -1 for anything non-ASCII.
public enum DisplayWidth {
    /// Columns the character takes: 0 (combining or invisible), 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        guard let first = character.unicodeScalars.first else { return 0 }
        return of(first)
    }

    /// Columns one code point takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        // Cyrillic letters: the common case after ASCII (0x483–0x489 combine).
        if v >= 0x400 && v < 0x530 { return v >= 0x483 && v <= 0x489 ? 0 : 1 }
        // Box drawing, arrows, dingbats the engine draws itself.
        if v >= 0x2190 && v < 0x2600 { return 1 }
        if v >= 0x370 && v < 0x1100 {
            return isZeroWidth(scalar) ? 0 : 1
        }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns a whole string takes when drawn.
    public static func of(_ text: some StringProtocol) -> Int {
        // Latin and Cyrillic without combining marks (what forms hold) take one column per
        // code point, each its own character: counted without grapheme breaking, which costs
        // more than the rest of a frame.
        var total = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300) || (v >= 0x400 && v < 0x483) || (v > 0x489 && v < 0x530) {
                total += 1
            } else {
                return ofCharacters(text)
            }
        }
        return total
    }

    private static func ofCharacters(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.value == 0x200B
        }
    }

    /// East Asian Wide and Fullwidth blocks.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
