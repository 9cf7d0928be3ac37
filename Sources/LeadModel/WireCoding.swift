import Foundation

/// The one place that says how the wire JSON is written and read, so every caller (client,
/// simulator, store, tests) produces the same bytes for the same lead.
public enum WireCoding {
    /// Sorted keys: stable output for comparing, hashing and logging lead shapes.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                    : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    public static func decoder() -> JSONDecoder { JSONDecoder() }

    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        try encoder(pretty: pretty).encode(value)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decoder().decode(type, from: data)
    }

    /// A value as a JSON tree (for path-level work).
    /// Straight from the value's `Encodable`, no JSON text in between (`TreeEncoder`): the
    /// same tree `JSONEncoder` then `JSONDecoder` would give.
    public static func tree<T: Encodable>(_ value: T) throws -> JSONValue {
        try TreeEncoder().encode(value)
    }

    /// A typed value from a JSON tree, failing as `JSONDecoder` fails on the same JSON
    /// (`TreeDecoder`).
    public static func value<T: Decodable>(_ type: T.Type, from tree: JSONValue) throws -> T {
        try TreeDecoder().decode(type, from: tree)
    }
}

extension DecodingError {
    /// The JSON path of the value that failed (`relatives[0].birthDate`) and what was wrong,
    /// for messages a person can act on.
    public var pathAndReason: (path: String, reason: String) {
        func render(_ keys: [CodingKey]) -> String {
            var out = ""
            for k in keys {
                if let i = k.intValue { out += "[\(i)]" } else { out += out.isEmpty ? k.stringValue : ".\(k.stringValue)" }
            }
            return out
        }
        switch self {
        case .typeMismatch(let type, let ctx):
            return (render(ctx.codingPath), "expected \(Self.jsonName(of: type))")
        case .valueNotFound(let type, let ctx):
            return (render(ctx.codingPath), "expected \(Self.jsonName(of: type)), found null")
        case .keyNotFound(let key, let ctx):
            return (render(ctx.codingPath + [key]), "is missing")
        case .dataCorrupted(let ctx):
            return (render(ctx.codingPath), ctx.debugDescription)
        @unknown default:
            return ("", String(describing: self))
        }
    }

    private static func jsonName(of type: Any.Type) -> String {
        switch type {
        case is String.Type, is CalendarDate.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type, is Int8.Type, is Int32.Type, is Int64.Type: return "an integer"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }
}
