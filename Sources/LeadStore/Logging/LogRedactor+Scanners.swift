// The three scrubbing passes as hand-written scanners. They used to be Swift Regex literals, but
// the Regex engine costs about 1.8 MB of resident memory at the first log line of a session
// (its code plus compiling the patterns), against a 25 MB peak for the whole app.
//
// Each pass keeps exactly what the regex did (proved by `RedactorDifferentialTests`): leftmost
// match, greedy, scanning on after a match, over Characters (grapheme clusters) as Swift Regex
// does on a String. Each pass works on the previous pass's result, as the chained `replacing`
// calls did, so a mark followed by a combining mark regroups the same way.
extension LogRedactor {
    /// Was `[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+` → `<email>`.
    static func maskingEmails(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return text }
        var splicer = Splicer(text)
        var i = text.startIndex
        while let start = text[i...].firstIndex(where: isEmailLocal) {
            // Every start inside one run of local-part characters ends at the same `@` (the class
            // holds no `@`), so a run that does not lead to an address is skipped whole.
            i = endOfRun(in: text, from: start, where: isEmailLocal)
            if let end = endOfEmailDomain(in: text, at: i) {
                splicer.replace(start..<end, with: emailMark)
                i = end
            }
        }
        return splicer.finish()
    }

    /// Was `\+?\d[\d \-()]*\d` → `<digits>` when the match holds 6 or more `isNumber` characters
    /// (as `\d` is `isNumber`, those are its digits), else left as is.
    static func maskingDigitRuns(_ text: String) -> String {
        var splicer = Splicer(text)
        var i = text.startIndex
        while i < text.endIndex {
            let start = i
            var firstDigit = i
            if !isDigit(text[i]) {
                let next = text.index(after: i)
                guard asciiByte(text[i]) == UInt8(ascii: "+"), next < text.endIndex, isDigit(text[next]) else {
                    i = next
                    continue
                }
                firstDigit = next
            }
            // The greedy `[\d \-()]*` then backs off to the run's last digit; a run with one digit
            // matches nowhere (its other characters cannot start a match), so it is skipped whole.
            var k = text.index(after: firstDigit)
            var digits = 1
            var matchEnd: String.Index?
            while k < text.endIndex, isDigitOrSeparator(text[k]) {
                let isDigitHere = isDigit(text[k])
                k = text.index(after: k)
                if isDigitHere {
                    digits += 1
                    matchEnd = k
                }
            }
            guard let end = matchEnd else {
                i = k
                continue
            }
            if digits >= 6 { splicer.replace(start..<end, with: digitsMark) }
            i = end
        }
        return splicer.finish()
    }

    /// Was `\p{Script=Cyrillic}+` → `<text>`, one mark per run.
    static func maskingCyrillicWords(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var splicer = Splicer(text)
        var i = text.startIndex
        while let start = text[i...].firstIndex(where: isCyrillic) {
            i = endOfRun(in: text, from: start, where: isCyrillic)
            splicer.replace(start..<i, with: wordMark)
        }
        return splicer.finish()
    }

    // MARK: The character classes, as Swift Regex matches them against a Character

    /// `\d`: Swift Regex on a String matches `Character.isNumber` here, not only decimal digits
    /// (Nd): `½`, `Ⅻ`, `①` and `1` with a combining mark all match. `RedactorCoverageTests` checks it.
    static func isDigit(_ c: Character) -> Bool { c.isNumber }

    /// `\p{Script=Cyrillic}`: the character's first scalar is of Cyrillic script, so `и` + U+0306
    /// is one Cyrillic character while a lone U+0306 is not.
    static func isCyrillic(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first?.value, scalar >= 0x400 else { return false }
        return cyrillicScalars.contains { $0.contains(scalar) }
    }

    /// Swift's Unicode 16 data for Script=Cyrillic (U+0485–U+0486 are Inherited, U+1E06E–U+1E08E
    /// unassigned). `RedactorCoverageTests` compares this with the regex over the scalars.
    static let cyrillicScalars: [ClosedRange<UInt32>] = [
        0x0400...0x0484, 0x0487...0x052F, 0x1C80...0x1C8A, 0x1D2B...0x1D2B, 0x1D78...0x1D78,
        0x2DE0...0x2DFF, 0xA640...0xA69F, 0xFE2E...0xFE2F, 0x1E030...0x1E06D, 0x1E08F...0x1E08F,
    ]

    /// The patterns' other classes list ASCII characters, which Regex matches only against a
    /// character that is exactly that one scalar: not `a` with a combining mark, not the Kelvin
    /// sign (canonically `K`), not "\r\n" (whose `Character.asciiValue` is a newline).
    static func asciiByte(_ c: Character) -> UInt8? {
        var bytes = c.utf8.makeIterator()
        guard let byte = bytes.next(), byte < 0x80, bytes.next() == nil else { return nil }
        return byte
    }

    /// `[A-Za-z0-9._%+\-]`
    static func isEmailLocal(_ c: Character) -> Bool {
        guard let byte = asciiByte(c) else { return false }
        return isEmailDomainByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+")
    }

    /// `[A-Za-z0-9\-]`
    static func isEmailDomain(_ c: Character) -> Bool { asciiByte(c).map(isEmailDomainByte) ?? false }

    static func isEmailDomainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// `[\d \-()]`
    static func isDigitOrSeparator(_ c: Character) -> Bool {
        switch asciiByte(c) {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"): true
        default: isDigit(c)
        }
    }

    // MARK: Scanning helpers

    /// The end of the run of characters satisfying `test` that starts at `i`.
    static func endOfRun(in text: String, from i: String.Index, where test: (Character) -> Bool) -> String.Index {
        var i = i
        while i < text.endIndex, test(text[i]) { i = text.index(after: i) }
        return i
    }

    /// `@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+` at `i`: the end of the last label, or nil. A dot not
    /// followed by a label (a full stop after the address) stays outside.
    static func endOfEmailDomain(in text: String, at i: String.Index) -> String.Index? {
        guard i < text.endIndex, asciiByte(text[i]) == UInt8(ascii: "@") else { return nil }
        let host = text.index(after: i)
        var k = endOfRun(in: text, from: host, where: isEmailDomain)
        guard k > host else { return nil }
        var end: String.Index?
        while k < text.endIndex, asciiByte(text[k]) == UInt8(ascii: ".") {
            let label = text.index(after: k)
            let labelEnd = endOfRun(in: text, from: label, where: isEmailDomain)
            guard labelEnd > label else { break }
            k = labelEnd
            end = labelEnd
        }
        return end
    }

    /// Builds the scrubbed copy only once something is replaced; text between marks is copied as is.
    struct Splicer {
        let text: String
        private var out = ""
        private var copied: String.Index

        init(_ text: String) {
            self.text = text
            copied = text.startIndex
        }

        mutating func replace(_ range: Range<String.Index>, with mark: String) {
            out += text[copied..<range.lowerBound]
            out += mark
            copied = range.upperBound
        }

        func finish() -> String {
            copied == text.startIndex ? text : out + text[copied...]
        }
    }
}
