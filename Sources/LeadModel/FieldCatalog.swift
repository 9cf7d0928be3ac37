/// The vendor's field catalog: every path a lead may carry, with its JSON type, format,
/// maximum length, documented codes and descriptions. Generated from `lead-fields.json`
/// by `scripts/gen-catalog.py`; a test keeps the two identical.
public struct FieldSpec: Hashable, Sendable {
    public enum JSONType: String, Hashable, Sendable {
        case string, integer, number, boolean, date, object, array
    }

    /// A documented dictionary code (`sexId` 101251 = Male…).
    public struct Code: Hashable, Sendable {
        public let code: Int64
        public let en: String
        public let ru: String?
    }

    /// The catalog pattern (`relatives[].passport.no`, `addressData.attributes.*`).
    public let path: FieldPath
    public let jsonType: JSONType
    /// `int32`, `int64`, `double`, `byte` or `date`, where the docs give one.
    public let format: String?
    /// In characters, not bytes.
    public let maxLength: Int?
    /// The vendor's R/M/O hint; not a rule (the core's Model Editor decides).
    public let requirement: String?
    public let enumValues: [String]?
    public let codes: [Code]?
    /// Item type for arrays (`object`, or `undefined` where the docs don't say).
    public let itemType: String?
    public let descriptionEn: String?
    public let descriptionRu: String?
}

public enum FieldCatalog {
    /// All specs by their catalog pattern.
    public static let byPath: [FieldPath: FieldSpec] = {
        var out: [FieldPath: FieldSpec] = [:]
        for spec in all { out[spec.path] = spec }
        return out
    }()

    /// The spec for a concrete or pattern path; map values (`attributes.x`) match `attributes.*`.
    public static func spec(for path: FieldPath) -> FieldSpec? {
        spec(forPattern: path.pattern)
    }

    /// `spec(for:)` of a path already made a pattern (`relatives[].lastName`): a caller asking
    /// several questions of one field makes its pattern once.
    public static func spec(forPattern pattern: FieldPath) -> FieldSpec? {
        if let s = byPath[pattern] { return s }
        guard let parent = pattern.parent, byPath[parent]?.jsonType == .object,
              let mapValue = byPath[parent.appending("*")] else { return nil }
        return mapValue
    }

    /// The catalog paths whose parent is `pattern` (direct children only).
    public static func children(of pattern: FieldPath) -> [FieldSpec] {
        all.filter { $0.path.parent == pattern }
    }
}
