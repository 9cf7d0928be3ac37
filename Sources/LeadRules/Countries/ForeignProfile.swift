import LeadModel

/// Any other country: documents and identifiers are free text (only the catalog lengths apply);
/// phones are international digits.
public struct ForeignProfile: CountryProfile {
    public let code = "FOREIGN"
    public let name = LocalizedText(ru: "Другая страна", en: "Other country")
    public let formats: [FieldPath: FieldFormat]

    public init() {
        var f: [FieldPath: FieldFormat] = [:]
        for path in ["inn", "employerInn", "relatives[].rnn", "registrationNumber", "snils"] {
            f[FieldPath(stringLiteral: path)] = FieldFormat.freeText(id: "identifier", example: "")
        }
        for key in ["seria", "no", "subdivisionCode"] {
            Self.bothPassports(key, FieldFormat.freeText(id: "document", example: ""), into: &f)
        }
        formats = f
    }
}
