import Foundation

/// A `Decodable` read straight from a JSON tree, with no JSON text in between, failing as
/// `JSONDecoder` fails on the same JSON (`typeMismatch`, `valueNotFound`, `keyNotFound`,
/// `dataCorrupted` for a number that does not fit), with the same coding paths: the
/// messages built from them (`relatives[0].birthDate: expected a string`) do not change.
struct TreeDecoder {
    func decode<T: Decodable>(_ type: T.Type, from tree: JSONValue) throws -> T {
        try TreeDecoding.value(type, from: tree, path: [])
    }
}

private struct TreeDecoding: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func value<T: Decodable>(_ type: T.Type, from value: JSONValue, path: [any CodingKey]) throws -> T {
        if let leaf = try leaf(type, value, path) { return leaf }
        return try T(from: TreeDecoding(value: value, codingPath: path))
    }

    static func leaf<T>(_ type: T.Type, _ value: JSONValue, _ path: [any CodingKey]) throws -> T? {
        switch type {
        case is JSONValue.Type: return value as? T
        case is String.Type: return try string(value, path) as? T
        case is Bool.Type: return try bool(value, path) as? T
        case is Double.Type: return try double(value, path, Double.self) as? T
        case is Float.Type: return try Float(double(value, path, Float.self)) as? T
        case is Int.Type: return try integer(value, path, Int.self) as? T
        case is Int64.Type: return try integer(value, path, Int64.self) as? T
        case is Int32.Type: return try integer(value, path, Int32.self) as? T
        case is Int16.Type: return try integer(value, path, Int16.self) as? T
        case is Int8.Type: return try integer(value, path, Int8.self) as? T
        case is UInt.Type: return try integer(value, path, UInt.self) as? T
        case is UInt64.Type: return try integer(value, path, UInt64.self) as? T
        case is UInt32.Type: return try integer(value, path, UInt32.self) as? T
        case is UInt16.Type: return try integer(value, path, UInt16.self) as? T
        case is UInt8.Type: return try integer(value, path, UInt8.self) as? T
        default: return nil
        }
    }

    static func found(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .double: return "number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "a dictionary"
        }
    }

    static func mismatch(_ type: Any.Type, _ value: JSONValue, _ path: [any CodingKey]) -> DecodingError {
        if value == .null {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(found(value)) instead."))
    }

    static func string(_ value: JSONValue, _ path: [any CodingKey]) throws -> String {
        guard case .string(let s) = value else { throw mismatch(String.self, value, path) }
        return s
    }

    static func bool(_ value: JSONValue, _ path: [any CodingKey]) throws -> Bool {
        guard case .bool(let b) = value else { throw mismatch(Bool.self, value, path) }
        return b
    }

    static func double(_ value: JSONValue, _ path: [any CodingKey], _ type: Any.Type) throws -> Double {
        switch value {
        case .double(let d): return d
        case .int(let i): return Double(i)
        default: throw mismatch(type, value, path)
        }
    }

    static func integer<I: FixedWidthInteger>(_ value: JSONValue, _ path: [any CodingKey], _ type: I.Type) throws -> I {
        switch value {
        case .int(let i):
            if let exact = I(exactly: i) { return exact }
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "Number \(i) does not fit in \(I.self)."))
        case .double(let d):
            if d.isFinite, d.rounded(.towardZero) == d, let exact = I(exactly: d) { return exact }
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "Number \(d) is not representable in Swift."))
        default:
            throw mismatch(I.self, value, path)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw Self.mismatch([String: Any].self, value, codingPath) }
        return KeyedDecodingContainer(TreeKeyedDecoding<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw Self.mismatch([Any].self, value, codingPath) }
        return TreeUnkeyedDecoding(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TreeSingleDecoding(value: value, codingPath: codingPath)
    }
}

private struct TreeKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: [String: JSONValue]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    private func entry(_ key: Key) throws -> JSONValue {
        guard let value = object[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value associated with key \(key.stringValue)."))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { try entry(key) == .null }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try TreeDecoding.value(type, from: entry(key), path: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = object[key.stringValue], value != .null else { return nil }
        return try TreeDecoding.value(type, from: value, path: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoding(value: entry(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoding(value: entry(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoding(value: object["super"] ?? .null, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TreeDecoding(value: object[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }
}

private struct TreeUnkeyedDecoding: UnkeyedDecodingContainer {
    let items: [JSONValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [JSONValue], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private var key: TreeIndexKey { TreeIndexKey(currentIndex) }

    private func current(_ type: Any.Type) throws -> JSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard try current(Any?.self) == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try TreeDecoding.value(type, from: current(type), path: codingPath + [key])
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try TreeDecoding(value: current(type), codingPath: codingPath + [key]).container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try TreeDecoding(value: current([Any].self), codingPath: codingPath + [key]).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = TreeDecoding(value: try current(Any.self), codingPath: codingPath + [key])
        currentIndex += 1
        return decoder
    }
}

private struct TreeSingleDecoding: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try TreeDecoding.value(type, from: value, path: codingPath)
    }
}
