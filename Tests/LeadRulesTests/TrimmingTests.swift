import Foundation
import Testing
@testable import LeadRules

/// The rules trim typed text without Foundation (it runs on every key press); the answers
/// must be Foundation's, white space of every kind included.
@Suite struct TrimmingTests {
    static let samples: [String] = [
        "", " ", "\t\n", "Иванов", "  Иванов  ", "\u{00A0}Иван\u{00A0}", "\u{2003}a b\u{3000}", "\u{2028}x\u{2029}",
        "\u{0085}y\u{000B}\u{000C}\r", "\u{202F}z\u{205F}", "\u{200B}zero width\u{200B}", "a\u{0301} ", " e\u{0301}",
        "\u{FEFF}bom", "😀 ", "\u{1680}ogham", "\t \n\r\u{00A0}",
    ]

    @Test func whitespaceAndNewlinesAsFoundationTrimsThem() {
        for text in Self.samples {
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test func spacesAsFoundationTrimsThem() {
        for text in Self.samples {
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func everyWhiteSpaceScalarOfTheBasicPlane() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(Character(scalar))x\(Character(scalar))"
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }
}
