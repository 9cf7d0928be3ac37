import Foundation
import Testing
@testable import LeadModel

/// Walks the vendor's catalog: every one of its paths must survive
/// set → decode into `Lead` → encode → same path, same JSON type, same value → decode → equal.
struct CatalogCoverageTests {
    struct Entry: Decodable {
        let path: String
        let jsonType: String
        let format: String?
    }

    static func catalog() throws -> [Entry] {
        let url = try #require(Bundle.module.url(forResource: "lead-fields", withExtension: "json",
                                                 subdirectory: "Fixtures"))
        return try JSONDecoder().decode([Entry].self, from: Data(contentsOf: url))
    }

    /// A concrete path for a catalog pattern: item 0 of each array, key `k1` of each map.
    static func concrete(_ pattern: String) -> FieldPath? {
        FieldPath(parsing: pattern.replacingOccurrences(of: "[]", with: "[0]")
            .replacingOccurrences(of: ".*", with: ".k1"))
    }

    /// A value of the catalog's type, chosen to catch narrowing (widest int of the width,
    /// an int64 beyond double precision, Cyrillic text, a leap day).
    static func sample(_ e: Entry) -> JSONValue {
        switch (e.jsonType, e.format) {
        case ("string", _): return .string("Проверка «\(e.path)»")
        case ("integer", "int32"?): return .int(Int64(Int32.max))
        case ("integer", "byte"?): return .int(Int64(Int8.max))
        case ("integer", _): return .int(9_007_199_254_740_993)
        case ("number", _): return .double(4499.25)
        case ("boolean", _): return .bool(true)
        case ("date", _): return .string("2024-02-29")
        case ("object", _): return .object([:])
        case ("array", _): return .array([])
        default: return .null
        }
    }

    @Test func catalogHasAll209Paths() throws {
        #expect(try Self.catalog().count == 209)
    }

    @Test func everyCatalogPathRoundTrips() throws {
        var failures: [String] = []
        for entry in try Self.catalog() {
            guard let path = Self.concrete(entry.path) else {
                failures.append("\(entry.path): not a parsable path")
                continue
            }
            let value = Self.sample(entry)
            var input = JSONValue.object([:])
            input.set(value, at: path)

            let lead: Lead
            do {
                lead = try WireCoding.value(Lead.self, from: input)
            } catch {
                failures.append("\(entry.path): does not decode (\(error))")
                continue
            }
            let output = try WireCoding.tree(lead)
            guard let back = output[path] else {
                failures.append("\(entry.path): missing after encoding")
                continue
            }
            if back.typeName != JSONValue.typeName(catalogType: entry.jsonType) {
                failures.append("\(entry.path): encoded as \(back.typeName), catalog says \(entry.jsonType)")
            }
            if back != value { failures.append("\(entry.path): value changed \(value) → \(back)") }
            if output != input { failures.append("\(entry.path): encoding added or dropped something: \(output)") }
            let again = try WireCoding.value(Lead.self, from: output)
            if again != lead { failures.append("\(entry.path): second decode differs") }
        }
        #expect(failures.isEmpty, "paths not carried by Lead:\n\(failures.joined(separator: "\n"))")
    }

    /// int32 fields must be Int32: one past the limit is refused rather than silently widened.
    @Test func integerWidthsMatchTheCatalog() throws {
        for entry in try Self.catalog() where entry.jsonType == "integer" {
            let path = try #require(Self.concrete(entry.path))
            let tooBig: Int64? = switch entry.format {
            case "int32": Int64(Int32.max) + 1
            case "byte": Int64(Int8.max) + 1
            default: nil
            }
            guard let tooBig else { continue }
            var input = JSONValue.object([:])
            input.set(.int(tooBig), at: path)
            #expect(throws: DecodingError.self, "\(entry.path) accepted \(tooBig)") {
                try WireCoding.value(Lead.self, from: input)
            }
        }
    }

    @Test func everyCatalogPathIsKnownToTheGeneratedTable() throws {
        let generated = Set(FieldCatalog.all.map(\.path.description))
        let fixture = Set(try Self.catalog().map(\.path))
        #expect(generated == fixture)
        for entry in try Self.catalog() {
            let spec = try #require(FieldCatalog.byPath[FieldPath(stringLiteral: entry.path)])
            #expect(spec.jsonType.rawValue == entry.jsonType, "\(entry.path)")
            #expect(spec.format == entry.format, "\(entry.path)")
        }
    }
}

extension JSONValue {
    /// The JSON type a catalog type is written as (`date` travels as a string).
    static func typeName(catalogType: String) -> String {
        catalogType == "date" ? "string" : catalogType
    }
}
