import LeadModel

/// The document and identifier formats of one country: which format each catalog field has
/// (passport series and number, tax and pension numbers, mobile phone, postal code…).
///
/// A country only lists the fields it defines; the rest come from `CommonFormats`. To add a
/// country, write a new type conforming to this protocol and add it to
/// `CountryProfiles.all`: no other country changes.
public protocol CountryProfile: Sendable {
    /// ISO 3166-1 alpha-2 code (`RU`, `KZ`), or `FOREIGN` for the free-text fallback.
    var code: String { get }
    var name: LocalizedText { get }
    /// Formats by catalog pattern (`passport.no`, `relatives[].passport.no`).
    var formats: [FieldPath: FieldFormat] { get }
}

/// The registry of country profiles, keyed by code.
public enum CountryProfiles {
    public static let all: [any CountryProfile] = [RussiaProfile(), KazakhstanProfile(), ForeignProfile()]

    /// Russia: the default.
    public static let defaultProfile: any CountryProfile = RussiaProfile()

    /// The profile for a code, case-insensitively; nil for an unknown code.
    public static func profile(code: String) -> (any CountryProfile)? {
        let wanted = code.uppercased()
        return all.first { $0.code == wanted }
    }

    public static var codes: [String] { all.map(\.code) }
}

extension CountryProfile {
    /// Adds the same format for the lead's own passport and each relative's.
    static func bothPassports(_ key: String, _ format: FieldFormat, into table: inout [FieldPath: FieldFormat]) {
        table[FieldPath(stringLiteral: "passport.\(key)")] = format
        table[FieldPath(stringLiteral: "relatives[].passport.\(key)")] = format
    }
}
