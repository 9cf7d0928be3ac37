import LeadModel
import Testing
@testable import LeadStore

/// The Regex implementation the scanners replaced, kept here only as the reference they must equal.
enum RegexRedactorReference {
    static func scrub(_ text: String) -> String {
        var out = text.replacing(#/[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+/#) { _ in LogRedactor.emailMark }
        out = out.replacing(#/\+?\d[\d \-()]*\d/#) { match in
            match.output.filter(\.isNumber).count >= 6 ? LogRedactor.digitsMark : String(match.output)
        }
        out = out.replacing(#/\p{Script=Cyrillic}+/#) { _ in LogRedactor.wordMark }
        return out
    }
}

/// Every string on which the scanners and the old regexes disagree, each with its scalars.
func redactorDifferences(_ lines: [String]) -> [String] {
    lines.compactMap { line in
        let (scanned, reference) = (LogRedactor.scrub(line), RegexRedactorReference.scrub(line))
        guard scanned != reference else { return nil }
        return "\(line.debugDescription) \(scalarCodes(line)): scanner \(scanned.debugDescription), regex \(reference.debugDescription)"
    }
}

func scalarCodes(_ text: String) -> String {
    "[" + text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ") + "]"
}

@Suite("Log scrubbing without Regex gives what the regexes gave")
struct RedactorDifferentialTests {
    static let edgeCases: [String] = [
        "", " ", "@", "@@", "a@@b.c", "a@b", "a@b.", "a@.b", "a@b.c", "a@b.c.d", "a@b.c.d.", "a@b..c", ".a@b.c.",
        "...@b.c", "a.@b.c", ".@x.y", "x@y.z@w.v", "a@b@c.d", "a@b.c@d.e", "a@-.-", "%+_@x-y.z-", "ivan.petrov@example.ru.",
        "<ivan@mail.ru>", "mail: a_b%c+d@sub.example.co.uk, then", "i\u{301}van@mail.ru", "ivan@mail.ru\u{301}",
        "ivan@mail.r\u{301}u", "ivan\u{212A}@mail.ru", "иван@почта.рф", "ivan@почта.рф", "a@b.c\u{0306}d",
        "12345", "123456", "12345 6", "1 2 3 4 5", "1 2 3 4 5 6", "+7 (916) 123-45-67", "+ 7 916 123 45 67",
        "++79161234567", "8(916)1234567)", "(916) 123-45-", "-123456-", "12--34--56", "1+23456", "12+3456789",
        "4510 123456", "4276 3800 1234 5678", "\u{663}\u{664}\u{665}\u{666}\u{667}\u{668}", "tel \u{661}\u{662}\u{663}-45",
        "\u{96B}\u{96C}\u{96D} 1 2 3", "\u{FF11}\u{FF12}\u{FF13}\u{FF14}\u{FF15}\u{FF16}", "½½½ 123", "Ⅻ 12345", "①②③④⑤⑥",
        "1\u{301}23456", "12345\u{301}6", "1 \u{301}23456", "+\u{301}123456", "1\u{FE0F}\u{20E3}23456", "\u{1D7D8}12345",
        "12\r\n3456", "123\n456", "12\t3456", "12345\u{0}6",
        "Иванов", "Иван Иванович", "Ivan Иванов", "ИвановIvanov", "Ив4нов", "й", "и\u{306}", "\u{306}и", "и\u{306}\u{301}ван",
        "Ѐԯ", "\u{485}\u{486}", "и\u{485}", "ᲀᲊ\u{1C8B}", "ⷠⷿ", "Ꙁꚟ", "\u{FE2E}\u{FE2F}", "\u{1E030}\u{1E06D}\u{1E06E}\u{1E08F}",
        "ᴫ ᵸ", "Пётр, тел. +7 916 123-45-67, p@e.ru", "😀", "👍🏽 123456", "🇷🇺 Россия", "1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣", "👨‍👩‍👧 Семья",
        "submitted \u{1B}[31m for Петров", "Иванов 79161234567", "passport.no", "relatives[1].passport.no",
    ]

    @Test("the scrub vectors of LoggingTests")
    func existingVectors() {
        let differences = redactorDifferences(LoggingTests.scrubVectors.map(\.line))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("hand-picked edge cases: dots around e-mails, separators, Unicode digits, combining marks, emoji")
    func edgeCasesMatch() {
        let differences = redactorDifferences(Self.edgeCases)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    static let randomCount = 30_000

    @Test("30 000 seeded random strings from a biased alphabet")
    func randomStrings() {
        var random = SeededRandom(seed: 0x1ead_7e5)
        let lines = (0..<Self.randomCount).map { _ in RedactorInputGenerator.line(using: &random) }
        #expect(Set(lines).count > Self.randomCount / 2, "the generator repeats itself")
        // The alphabet must actually reach each pattern, or equality would prove little.
        let scrubbed = lines.map(RegexRedactorReference.scrub)
        for mark in [LogRedactor.emailMark, LogRedactor.digitsMark, LogRedactor.wordMark] {
            let hits = scrubbed.filter { $0.contains(mark) }.count
            print("random lines scrubbed to \(mark): \(hits) of \(lines.count)")
            #expect(hits > lines.count / 50, "too few lines with \(mark)")
        }
        let differences = redactorDifferences(lines)
        #expect(differences.isEmpty, "\(differences.count) differ:\n\(differences.prefix(20).joined(separator: "\n"))")
    }
}

/// Random log-like lines that hit every branch of the three patterns often: e-mail-like, phone-like
/// and word-like tokens, each sprinkled with characters from the whole biased alphabet (Unicode
/// digits, combining marks that regroup graphemes, emoji, control characters).
enum RedactorInputGenerator {
    static let latin = Array("abcxyzABCXYZ").map(String.init)
    static let asciiDigits = (0...9).map(String.init)
    static let localExtras = [".", "_", "%", "+", "-"]
    static let separators = [" ", "-", "(", ")"]
    static let cyrillic = ["и", "в", "Ж", "ё", "й", "\u{400}", "\u{484}", "\u{487}", "\u{52F}", "\u{1C80}", "\u{1C8A}",
                           "\u{1D2B}", "\u{1D78}", "\u{2DE0}", "\u{A640}", "\u{A69F}", "\u{FE2E}", "\u{1E030}", "\u{1E08F}"]
    static let unicodeDigits = ["\u{660}", "\u{669}", "\u{6F5}", "\u{96B}", "\u{FF11}", "\u{1D7D8}", "½", "Ⅻ", "①", "²",
                                "一", "\u{2070}"]
    static let marks = ["\u{301}", "\u{306}", "\u{485}", "\u{20E3}", "\u{FE0F}", "\u{200D}", "\u{1F3FD}"]
    static let odd = ["😀", "👍", "🇷", "🇺", "👨‍👩‍👧", "\r", "\n", "\r\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}",
                      "\u{212A}", "\u{2028}", ",", "<", ">", "é", "ß", "α", "@", ".", " "]
    static let alphabet = latin + asciiDigits + localExtras + separators + cyrillic + unicodeDigits + marks + odd

    static func line(using random: inout SeededRandom) -> String {
        (0..<Int.random(in: 0...5, using: &random)).map { _ in
            switch Int.random(in: 0..<4, using: &random) {
            case 0: email(using: &random)
            case 1: phone(using: &random)
            case 2: run(of: cyrillic, 1...6, using: &random)
            default: run(of: alphabet, 1...4, using: &random)
            }
        }.joined(separator: Bool.random(using: &random) ? " " : "")
    }

    static func email(using random: inout SeededRandom) -> String {
        let labels = (0..<Int.random(in: 1...3, using: &random)).map { _ in run(of: latin + asciiDigits + ["-"], 0...4, using: &random) }
        return run(of: latin + asciiDigits + localExtras, 1...6, using: &random) + (Int.random(in: 0..<8, using: &random) == 0 ? "@@" : "@")
            + labels.joined(separator: ".") + (Bool.random(using: &random) ? "." : "")
    }

    static func phone(using random: inout SeededRandom) -> String {
        (Bool.random(using: &random) ? "+" : "") + run(of: asciiDigits + asciiDigits + separators + unicodeDigits, 1...14, using: &random)
    }

    /// `count` pieces from `pieces`, one in ten swapped for any character of the alphabet.
    static func run(of pieces: [String], _ count: ClosedRange<Int>, using random: inout SeededRandom) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in
            (Int.random(in: 0..<10, using: &random) == 0 ? alphabet : pieces).randomElement(using: &random) ?? ""
        }.joined()
    }
}

@Suite("The scanners' character classes equal the regexes' on single scalars")
struct RedactorCoverageTests {
    /// The whole BMP, the supplementary Cyrillic block and digit-rich blocks of plane 1.
    static let scalars: [Unicode.Scalar] = (Array(0...0xFFFF) + Array(0x1E000...0x1E0FF) + Array(0x1D7C0...0x1D7FF)
        + Array(0x10100...0x1019F) + Array(0x1FBF0...0x1FBFF)).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test("is digit (\\d) and is Cyrillic (\\p{Script=Cyrillic}) for every scalar")
    func digitAndCyrillic() {
        var differences: [String] = []
        for scalar in Self.scalars {
            let text = String(scalar)
            guard let character = text.first else { continue }
            let regexDigit = (try? #/\d/#.wholeMatch(in: text)) != nil
            let regexCyrillic = (try? #/\p{Script=Cyrillic}/#.wholeMatch(in: text)) != nil
            if regexDigit != LogRedactor.isDigit(character) || regexCyrillic != LogRedactor.isCyrillic(character) {
                differences.append("\(scalarCodes(text)): regex digit \(regexDigit), Cyrillic \(regexCyrillic)")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(40).joined(separator: "\n"))")
        #expect(Self.scalars.count >= 0x10000 - 0x800, "the BMP without surrogates, at least")
    }

    @Test("the ASCII classes of the e-mail and digit patterns for every scalar up to U+FFFF")
    func asciiClasses() {
        var differences: [String] = []
        for scalar in Self.scalars where scalar.value <= 0xFFFF {
            let text = String(scalar)
            guard let character = text.first else { continue }
            let regex = [(try? #/[A-Za-z0-9._%+\-]/#.wholeMatch(in: text)) != nil,
                         (try? #/[A-Za-z0-9\-]/#.wholeMatch(in: text)) != nil,
                         (try? #/[\d \-()]/#.wholeMatch(in: text)) != nil]
            let scanner = [LogRedactor.isEmailLocal(character), LogRedactor.isEmailDomain(character),
                           LogRedactor.isDigitOrSeparator(character)]
            if regex != scanner { differences.append("\(scalarCodes(text)): regex \(regex), scanner \(scanner)") }
        }
        #expect(differences.isEmpty, "\(differences.prefix(40).joined(separator: "\n"))")
    }
}
