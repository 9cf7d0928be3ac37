import LeadModel
import TextMask

/// Kazakhstan: IIN/BIN (12 digits with its own check) for every tax number, identity card
/// number (9 digits) or passport number (`N` and 8 digits), no series and no subdivision code,
/// mobile numbers `7XXXXXXXXXX` (+7 like Russia).
public struct KazakhstanProfile: CountryProfile {
    public let code = "KZ"
    public let name = LocalizedText(ru: "Казахстан", en: "Kazakhstan")
    public let formats: [FieldPath: FieldFormat]

    private static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    public static let iin = FieldFormat.digits(
        id: "iin", lengths: [12], expected: t("12 цифр ИИН/БИН", "12 digits of IIN/BIN"),
        example: "900215400013", checksum: { Checksums.kazakhIIN($0) })

    public static let mobilePhone = FieldFormat.digits(
        id: "phone.kz", lengths: [11], expected: t("11 цифр, начиная с 7: 7XXXXXXXXXX", "11 digits starting with 7: 7XXXXXXXXXX"),
        example: "77012345678", mask: CommonFormats.plusSevenMask,
        prefix: ("7", t("номер начинается с 7: 7XXXXXXXXXX", "the number starts with 7: 7XXXXXXXXXX")))

    /// Identity card: 9 digits; passport: `N` and 8 digits.
    public static let documentNumber = FieldFormat.shaped(
        id: "passport.no.kz", shapes: ["#########", "N########"],
        expected: t("9 цифр (удостоверение) или N и 8 цифр (паспорт)", "9 digits (ID card) or N and 8 digits (passport)"),
        example: "N12345678", allowed: .alphanumeric,
        normalize: { String($0.uppercased().filter { $0 != " " }) })

    public static let documentSeries = FieldFormat.freeText(id: "passport.seria.kz", example: "")

    public init() {
        var f: [FieldPath: FieldFormat] = [
            "mobilePhone": Self.mobilePhone,
            "inn": Self.iin, "employerInn": Self.iin, "relatives[].rnn": Self.iin, "registrationNumber": Self.iin,
            "snils": FieldFormat.freeText(id: "snils.kz", example: ""),
        ]
        Self.bothPassports("seria", Self.documentSeries, into: &f)
        Self.bothPassports("no", Self.documentNumber, into: &f)
        Self.bothPassports("subdivisionCode", FieldFormat.freeText(id: "subdivisionCode.kz", example: ""), into: &f)
        for phone in CommonFormats.otherPhones { f[phone] = CommonFormats.plusSevenPhone }
        formats = f
    }
}
