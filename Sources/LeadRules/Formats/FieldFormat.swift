import Foundation
import LeadModel
import TextMask

/// The verdict of a format on a field text.
public enum FormatVerdict: Hashable, Sendable {
    case valid
    /// Could still become valid by typing more; in a submitted lead it is an error.
    case incomplete(code: String, LocalizedText)
    case invalid(code: String, LocalizedText)
}

/// A text format of a field (a phone, an INN, a date): how typed text becomes the field text,
/// whether that text is valid, and how the field is edited.
///
/// Formats are values, so a country profile is a table of them and a new country adds its own
/// without touching the others.
public struct FieldFormat: Sendable {
    /// Stable name, also the prefix of the problem codes (`snils` → `snils.checksum`).
    public let id: String
    public let kind: InputKind
    public let allowed: AllowedCharacters
    public let mask: InputMask?
    public let fixedLength: Int?
    public let example: String
    /// What the format expects, for help and messages ("11 цифр", "ДД.ММ.ГГГГ").
    public let expected: LocalizedText
    private let normalizeText: @Sendable (String) -> String
    private let judge: @Sendable (String) -> FormatVerdict

    public init(id: String, kind: InputKind, allowed: AllowedCharacters, mask: InputMask? = nil,
                fixedLength: Int? = nil, example: String, expected: LocalizedText,
                normalize: @escaping @Sendable (String) -> String = { $0 },
                verdict: @escaping @Sendable (String) -> FormatVerdict) {
        self.id = id; self.kind = kind; self.allowed = allowed; self.mask = mask
        self.fixedLength = fixedLength; self.example = example; self.expected = expected
        self.normalizeText = normalize; self.judge = verdict
    }

    /// The field text for what was typed (separators a person types are dropped, typed dates
    /// become ISO); the result is what goes on the wire.
    public func normalize(_ typed: String) -> String {
        normalizeText(typed.trimmingWhitespace)
    }

    /// The verdict on a field text as it is on the wire (not normalized).
    public func verdict(_ text: String) -> FormatVerdict { judge(text) }
}

// MARK: - Builders shared by the country profiles

extension FieldFormat {
    /// Removes the separators people type inside numbers (spaces, dashes, brackets, `+`).
    static func stripSeparators(_ s: String) -> String {
        String(s.filter { !" \u{00A0}-()+".contains($0) })
    }

    static func isDigits(_ s: some StringProtocol) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// A number of digits whose length is one of `lengths`, optionally with check digits.
    ///
    /// A shorter text is incomplete; a text of a valid length that fails the check is
    /// incomplete while a longer valid length remains (a 10-digit prefix of a 12-digit INN).
    static func digits(
        id: String, lengths: [Int], expected: LocalizedText, example: String,
        mask: InputMask? = nil, prefix: (digit: Character, message: LocalizedText)? = nil,
        checksum: (@Sendable (String) -> Bool)? = nil, normalize: Bool = true
    ) -> FieldFormat {
        let sorted = lengths.sorted()
        let maxLength = sorted.last ?? 0
        let strips = normalize
        let strip: @Sendable (String) -> String = { strips ? FieldFormat.stripSeparators($0) : $0 }
        return FieldFormat(
            id: id, kind: .digits, allowed: .digits, mask: mask,
            fixedLength: sorted.count == 1 ? maxLength : nil, example: example, expected: expected,
            normalize: strip,
            verdict: { (text: String) -> FormatVerdict in
                FieldFormat.digitsVerdict(text, id: id, lengths: sorted, expected: expected, prefix: prefix, checksum: checksum)
            })
    }

    private static func digitsVerdict(
        _ text: String, id: String, lengths: [Int], expected: LocalizedText,
        prefix: (digit: Character, message: LocalizedText)?, checksum: (@Sendable (String) -> Bool)?
    ) -> FormatVerdict {
        let maxLength = lengths.last ?? 0
        guard isDigits(text) else {
            return .invalid(code: "\(id).characters",
                            LocalizedText(ru: "только цифры; нужно \(expected.ru)", en: "digits only; expected \(expected.en)"))
        }
        if let prefix, let first = text.first, first != prefix.digit {
            return .invalid(code: "\(id).prefix", prefix.message)
        }
        let n = text.count
        if n > maxLength {
            return .invalid(code: "\(id).length",
                            LocalizedText(ru: "слишком много цифр; нужно \(expected.ru)", en: "too many digits; expected \(expected.en)"))
        }
        guard lengths.contains(n) else {
            return .incomplete(code: "\(id).length", LocalizedText(ru: "нужно \(expected.ru)", en: "expected \(expected.en)"))
        }
        if let checksum, !checksum(text) {
            let detail = LocalizedText(ru: "неверное контрольное число", en: "check number does not match")
            return n < maxLength ? .incomplete(code: "\(id).checksum", detail) : .invalid(code: "\(id).checksum", detail)
        }
        return .valid
    }

    /// Free text (foreign documents): any characters, only the catalog's length applies.
    static func freeText(id: String, example: String) -> FieldFormat {
        FieldFormat(id: id, kind: .text, allowed: .any, example: example,
                    expected: LocalizedText(ru: "произвольный текст", en: "free text"),
                    verdict: { _ in .valid })
    }

    /// Text that must match `shape` (`#` a digit, `L` a Latin letter, `X` a letter or digit,
    /// anything else literally); a prefix of the shape is incomplete.
    static func shaped(id: String, shapes: [String], expected: LocalizedText, example: String,
                       kind: InputKind = .identifier, allowed: AllowedCharacters,
                       mask: InputMask? = nil,
                       normalize: @escaping @Sendable (String) -> String = { $0 }) -> FieldFormat {
        let lengths = Set(shapes.map(\.count))
        return FieldFormat(
            id: id, kind: kind, allowed: allowed, mask: mask,
            fixedLength: lengths.count == 1 ? lengths.first : nil, example: example, expected: expected,
            normalize: normalize,
            verdict: { text in
                let chars = Array(text)
                var prefixOfSome = false
                for shape in shapes {
                    let pattern = Array(shape)
                    guard chars.count <= pattern.count else { continue }
                    let matches = zip(chars, pattern).allSatisfy { ch, p in
                        switch p {
                        case "#": return ch.isASCII && ch.isNumber
                        case "L": return ch.isASCII && ch.isLetter
                        case "X": return ch.isASCII && (ch.isLetter || ch.isNumber)
                        case "h": return ch.isHexDigit
                        default: return ch == p
                        }
                    }
                    if matches {
                        if chars.count == pattern.count { return .valid }
                        prefixOfSome = true
                    }
                }
                let detail = LocalizedText(ru: "нужно \(expected.ru), например \(example)",
                                           en: "expected \(expected.en), e.g. \(example)")
                return prefixOfSome ? .incomplete(code: "\(id).length", detail)
                                    : .invalid(code: "\(id).format", detail)
            })
    }
}
