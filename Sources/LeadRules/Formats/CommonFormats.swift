import Foundation
import LeadModel
import TextMask

/// Formats that are the same whatever the country: e-mail, card data, FIAS id, dates and
/// international phone numbers.
public enum CommonFormats {
    private static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    /// The formats by catalog pattern, before a country adds or overrides its own.
    public static let byPattern: [FieldPath: FieldFormat] = {
        var out: [FieldPath: FieldFormat] = [
            "email": email, "relatives[].email": email,
            "cardNumber": cardNumber, "cardCvc": cvc,
            "validThruMonth": cardMonth, "validThruYear": cardYear,
            "mobilePhone": internationalPhone, "relatives[].telephone": internationalPhone,
        ]
        for address in ["addressData", "registrationAddressData", "addresses[]"] {
            out[FieldPath(stringLiteral: "\(address).fiasId")] = fiasId
            out[FieldPath(stringLiteral: "\(address).telephone")] = internationalPhone
        }
        return out
    }()

    /// Digits in international format, country code first: 10 to 15 digits (E.164).
    public static let internationalPhone = FieldFormat.digits(
        id: "phone", lengths: Array(10...15),
        expected: t("от 10 до 15 цифр в международном формате, с кода страны",
                    "10 to 15 digits in international format, country code first"),
        example: "74951001112")

    /// A bank card number: 13 to 19 digits with the Luhn check.
    public static let cardNumber = FieldFormat.digits(
        id: "card", lengths: Array(13...19), expected: t("от 13 до 19 цифр", "13 to 19 digits"),
        example: "4111111111111111", mask: InputMask("____ ____ ____ ____ ___", keepsLiterals: false),
        checksum: { Checksums.luhn($0) })

    public static let cvc = FieldFormat.digits(
        id: "cvc", lengths: [3], expected: t("3 цифры", "3 digits"), example: "123", normalize: false)

    public static let cardMonth = FieldFormat.shaped(
        id: "cardMonth", shapes: (1...12).map { $0 < 10 ? "0\($0)" : "\($0)" },
        expected: t("месяц ММ от 01 до 12", "month MM from 01 to 12"), example: "07",
        kind: .digits, allowed: .digits)

    public static let cardYear = FieldFormat.shaped(
        id: "cardYear", shapes: ["##"], expected: t("две последние цифры года ГГ", "the year's last two digits YY"),
        example: "27", kind: .digits, allowed: .digits)

    /// A FIAS object id: a UUID, `8-4-4-4-12` hexadecimal digits.
    public static let fiasId = FieldFormat.shaped(
        id: "fiasId", shapes: ["hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh"],
        expected: t("UUID из 32 шестнадцатеричных цифр вида 8-4-4-4-12", "a UUID of 32 hex digits, 8-4-4-4-12"),
        example: "77523bc3-b053-456b-b99b-0a26e2e6af0c", allowed: .hexAndDash,
        normalize: { $0.lowercased() })

    /// An e-mail address: `local@domain.tld`, no spaces; a prefix of one is incomplete.
    public static let email = FieldFormat(
        id: "email", kind: .email, allowed: .any, example: "ivanov@mail.ru",
        expected: t("адрес вида имя@домен.ru", "an address like name@domain.com"),
        verdict: { emailVerdict($0) })

    static func emailVerdict(_ text: String) -> FormatVerdict {
        let detail = t("нужен адрес вида имя@домен.ru", "expected an address like name@domain.com")
        let localAllowed = Set("!#$%&'*+/=?^_`{|}~-.")
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count <= 2, !text.contains(where: { $0.isWhitespace }) else {
            return .invalid(code: "email.format", detail)
        }
        let local = parts[0]
        guard local.allSatisfy({ ($0.isLetter || $0.isNumber) || localAllowed.contains($0) }),
              !local.hasPrefix("."), !local.contains("..")
        else { return .invalid(code: "email.format", detail) }
        guard parts.count == 2 else { return .incomplete(code: "email.format", detail) }
        guard !local.isEmpty else { return .invalid(code: "email.format", detail) }
        let domain = parts[1]
        guard domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }),
              !domain.hasPrefix("."), !domain.hasPrefix("-"), !domain.contains("..")
        else { return .invalid(code: "email.format", detail) }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter),
              labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") })
        else { return .incomplete(code: "email.format", detail) }
        return .valid
    }

    /// How a date is typed: `ДД.ММ.ГГГГ`, the dots part of the field text.
    public static let dateMask = InputMask("__.__.____", keepsLiterals: true)

    /// A real calendar date. Typed as `ДД.ММ.ГГГГ` or `ГГГГ-ММ-ДД`; the field text is ISO.
    public static let date = FieldFormat(
        id: "date", kind: .date, allowed: .numeric, mask: dateMask,
        fixedLength: 10, example: "29.07.1987",
        expected: t("дата ДД.ММ.ГГГГ", "a date DD.MM.YYYY"),
        normalize: { DateText.iso(fromTyped: $0) ?? $0 },
        verdict: { DateText.verdict($0) })
}

/// Typed and wire forms of calendar dates.
public enum DateText {
    /// `29.07.1987`, `29.7.1987` or `1987-07-29` → `1987-07-29`, when it is a real date.
    public static func date(fromTyped text: String) -> CalendarDate? {
        let s = text.trimmingSpaces
        if let d = CalendarDate(iso: s) { return d }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
              (1...2).contains(parts[1].count), parts.allSatisfy({ FieldFormat.isDigits($0) }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static func iso(fromTyped text: String) -> String? { date(fromTyped: text)?.iso }

    /// `DD.MM.YYYY` for showing a date.
    public static func display(_ date: CalendarDate) -> String {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(pad(date.day)).\(pad(date.month)).\(date.year)"
    }

    static func verdict(_ text: String) -> FormatVerdict {
        if CalendarDate(iso: text) != nil { return .valid }
        let detail = LocalizedText(ru: "нет такой даты; нужна дата ДД.ММ.ГГГГ", en: "no such date; expected DD.MM.YYYY")
        let chars = Array(text)
        for shape in [Array("##.##.####"), Array("####-##-##")] {
            guard chars.count <= shape.count else { continue }
            let fits = zip(chars, shape).allSatisfy { ch, p in p == "#" ? (ch.isASCII && ch.isNumber) : ch == p }
            if fits {
                if chars.count < shape.count { return .incomplete(code: "date.incomplete", detail) }
                return .invalid(code: "date.invalid", detail)
            }
        }
        return .invalid(code: "date.format", detail)
    }
}
