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

    /// How a number with the country code 7 (Russia, Kazakhstan) is typed: `+7 (___) ___-__-__`,
    /// the field text `7` and ten digits. A leading `8` or `7`, typed or pasted, is that `+7`
    /// (`8 (916) 123-45-67` is `79161234567`).
    public static let plusSevenMask = InputMask("+7 (___) ___-__-__", textPrefix: "7", keepsLiterals: false,
                                                absorbs: ["7", "8"])

    /// A landline or a relative's phone where numbers start with +7: typed into the mobile's
    /// mask, while the wire keeps the international digits (10 to 15) a lead file may hold.
    public static let plusSevenPhone = FieldFormat.digits(
        id: "phone", lengths: Array(10...15),
        expected: t("от 10 до 15 цифр в международном формате, с кода страны",
                    "10 to 15 digits in international format, country code first"),
        example: "74951001112", mask: plusSevenMask)

    /// The phones other than the mobile (landlines of the addresses, relatives' phones).
    static let otherPhones: [FieldPath] = ["relatives[].telephone", "addressData.telephone",
                                            "registrationAddressData.telephone", "addresses[].telephone"]

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

    /// A FIAS object id: a UUID, `8-4-4-4-12` hexadecimal digits, typed into that mask.
    public static let fiasId = FieldFormat.shaped(
        id: "fiasId", shapes: ["hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh"],
        expected: t("UUID из 32 шестнадцатеричных цифр вида 8-4-4-4-12", "a UUID of 32 hex digits, 8-4-4-4-12"),
        example: "77523bc3-b053-456b-b99b-0a26e2e6af0c", allowed: .hexAndDash,
        mask: InputMask("________-____-____-____-____________", defaultClass: .hexDigit, keepsLiterals: true),
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
    /// A dot typed after one digit of the day or the month puts a zero before it (`1.3.` is `01.03.`).
    public static let dateMask = InputMask("__.__.____", keepsLiterals: true, padding: "0")

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
        let chars = Array(text)
        if fits(chars, Array("##.##.####")) { return dottedVerdict(chars) }
        let iso = Array("####-##-##")
        if fits(chars, iso) {
            return chars.count < iso.count ? .incomplete(code: "date.incomplete", incomplete) : .invalid(code: "date.invalid", noSuchDate)
        }
        return .invalid(code: "date.format", noSuchDate)
    }

    static let noSuchDate = LocalizedText(ru: "нет такой даты; нужна дата ДД.ММ.ГГГГ", en: "no such date; expected DD.MM.YYYY")
    static let incomplete = LocalizedText(ru: "дата не дописана; нужна дата ДД.ММ.ГГГГ", en: "the date is not complete; expected DD.MM.YYYY")

    private static func fits(_ chars: [Character], _ shape: [Character]) -> Bool {
        chars.count <= shape.count
            && zip(chars, shape).allSatisfy { ch, p in p == "#" ? (ch.isASCII && ch.isNumber) : ch == p }
    }

    /// A prefix of `ДД.ММ.ГГГГ`: incomplete while some way of typing on makes a real date,
    /// invalid as soon as none does (`4`, `00`, `31.02`, `30.02`, `01.13`, `29.02.2023`).
    private static func dottedVerdict(_ chars: [Character]) -> FormatVerdict {
        func part(_ range: Range<Int>) -> String {
            String(chars[min(range.lowerBound, chars.count)..<min(range.upperBound, chars.count)])
        }
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        let day = part(0..<2), month = part(3..<5), year = part(6..<10)
        let days = (1...31).filter { pad($0, 2).hasPrefix(day) }
        let months = (1...12).filter { pad($0, 2).hasPrefix(month) }
        // Ten years or more are still open while the year is short, and any ten in a row hold a
        // leap year, so only a typed year can rule out the 29th of February.
        let years: [Int] = year.count == 4 ? [Int(year) ?? 0] : [2024]
        let possible = days.contains { d in
            months.contains { m in years.contains { CalendarDate(year: $0, month: m, day: d) != nil } }
        }
        guard possible else { return .invalid(code: "date.invalid", noSuchDate) }
        return chars.count < 10 ? .incomplete(code: "date.incomplete", incomplete) : .invalid(code: "date.invalid", noSuchDate)
    }
}
