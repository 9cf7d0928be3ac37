import LeadModel
import TextMask

/// Russia: internal passport (series 4 digits, number 6, subdivision code `NNN-NNN`), INN,
/// SNILS, OGRN/OGRNIP, 6-digit postal codes, mobile numbers `7XXXXXXXXXX`.
public struct RussiaProfile: CountryProfile {
    public let code = "RU"
    public let name = LocalizedText(ru: "Россия", en: "Russia")
    public let formats: [FieldPath: FieldFormat]

    private static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    public static let mobilePhone = FieldFormat.digits(
        id: "phone.ru", lengths: [11], expected: t("11 цифр, начиная с 7: 7XXXXXXXXXX", "11 digits starting with 7: 7XXXXXXXXXX"),
        example: "79057357014", mask: CommonFormats.plusSevenMask,
        prefix: ("7", t("российский номер начинается с 7 (не с 8): 7XXXXXXXXXX",
                        "a Russian number starts with 7 (not 8): 7XXXXXXXXXX")))

    /// INN of a person (12 digits) or an organization (10), with check digits.
    public static let inn = FieldFormat.digits(
        id: "inn", lengths: [10, 12], expected: t("12 цифр (физлицо) или 10 (организация)", "12 digits (person) or 10 (organization)"),
        example: "500100732259", checksum: { Checksums.inn($0) })

    public static let snils = FieldFormat.digits(
        id: "snils", lengths: [11], expected: t("11 цифр", "11 digits"), example: "11223344595",
        mask: InputMask("___-___-___ __", keepsLiterals: false), checksum: { Checksums.snils($0) })

    /// OGRN of an organization (13 digits) or OGRNIP of an entrepreneur (15).
    public static let ogrn = FieldFormat.digits(
        id: "ogrn", lengths: [13, 15], expected: t("13 цифр (ОГРН) или 15 (ОГРНИП)", "13 digits (OGRN) or 15 (OGRNIP)"),
        example: "1027700132195", checksum: { Checksums.ogrn($0) })

    public static let passportSeries = FieldFormat.digits(
        id: "passport.seria", lengths: [4], expected: t("4 цифры", "4 digits"), example: "4509")

    public static let passportNumber = FieldFormat.digits(
        id: "passport.no", lengths: [6], expected: t("6 цифр", "6 digits"), example: "123456")

    public static let subdivisionCode = FieldFormat.shaped(
        id: "subdivisionCode", shapes: ["###-###"], expected: t("код вида NNN-NNN", "a code NNN-NNN"),
        example: "772-045", kind: .digits, allowed: .digits,
        mask: InputMask("___-___", keepsLiterals: true),
        normalize: { text in
            // Typed without the dash (`772045`): put it in.
            let digits = text.filter { $0 != "-" && $0 != " " }
            guard digits.count > 3, FieldFormat.isDigits(digits) else { return text }
            return String(digits.prefix(3)) + "-" + String(digits.dropFirst(3))
        })

    public static let postalCode = FieldFormat.digits(
        id: "postalCode.ru", lengths: [6], expected: t("6 цифр", "6 digits"), example: "125009")

    public init() {
        var f: [FieldPath: FieldFormat] = [
            "mobilePhone": Self.mobilePhone,
            "inn": Self.inn, "employerInn": Self.inn, "relatives[].rnn": Self.inn,
            "snils": Self.snils, "registrationNumber": Self.ogrn,
        ]
        Self.bothPassports("seria", Self.passportSeries, into: &f)
        Self.bothPassports("no", Self.passportNumber, into: &f)
        Self.bothPassports("subdivisionCode", Self.subdivisionCode, into: &f)
        for address in ["addressData", "registrationAddressData", "addresses[]"] {
            f[FieldPath(stringLiteral: "\(address).postalCode")] = Self.postalCode
        }
        for phone in CommonFormats.otherPhones { f[phone] = CommonFormats.plusSevenPhone }
        formats = f
    }
}
