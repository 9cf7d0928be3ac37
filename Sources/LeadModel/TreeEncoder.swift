import Foundation

/// A value's JSON tree straight from its `Encodable`, with no JSON text in between: what
/// `JSONEncoder` then `JSONDecoder` into a `JSONValue` give, at a fraction of the cost (a
/// large lead is turned into a tree on every whole-lead check; issue 18). Nil optionals are
/// left out (`encodeIfPresent`), as on the wire.
struct TreeEncoder {
    func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let slot = TreeSlot()
        try TreeSlot.put(value, into: slot, path: [])
        return slot.finished()
    }
}

/// Where one value goes while it is being encoded: containers are filled in place, so a
/// nested container written after its parent was handed out still lands in the tree.
final class TreeSlot {
    enum Content {
        case empty
        case value(JSONValue)
        case object(ObjectBox)
        case array(ArrayBox)
    }

    final class ObjectBox { var entries: [String: TreeSlot] = [:] }
    final class ArrayBox { var items: [TreeSlot] = [] }

    var content = Content.empty

    func finished() -> JSONValue {
        switch content {
        // A value that wrote nothing is an empty object, as `JSONEncoder` writes it.
        case .empty: return .object([:])
        case .value(let value): return value
        case .object(let box): return .object(box.entries.mapValues { $0.finished() })
        case .array(let box): return .array(box.items.map { $0.finished() })
        }
    }

    var objectBox: ObjectBox {
        if case .object(let box) = content { return box }
        let box = ObjectBox()
        content = .object(box)
        return box
    }

    var arrayBox: ArrayBox {
        if case .array(let box) = content { return box }
        let box = ArrayBox()
        content = .array(box)
        return box
    }

    /// Primitives become leaves at once; anything else encodes itself into the slot.
    static func put<T: Encodable>(_ value: T, into slot: TreeSlot, path: [any CodingKey]) throws {
        if let leaf = try leaf(value, path: path) {
            slot.content = .value(leaf)
        } else {
            try value.encode(to: TreeEncoding(slot: slot, codingPath: path))
        }
    }

    static func leaf<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> JSONValue? {
        switch value {
        case let v as String: return .string(v)
        case let v as Bool: return .bool(v)
        case let v as Int: return .int(Int64(v))
        case let v as Int64: return .int(v)
        case let v as Int32: return .int(Int64(v))
        case let v as Int16: return .int(Int64(v))
        case let v as Int8: return .int(Int64(v))
        case let v as UInt8: return .int(Int64(v))
        case let v as UInt16: return .int(Int64(v))
        case let v as UInt32: return .int(Int64(v))
        case let v as UInt: return try integer(v, path)
        case let v as UInt64: return try integer(v, path)
        case let v as Double: return try number(v, path)
        case let v as Float: return try number(Double(v), path)
        case let v as JSONValue: return v
        default: return nil
        }
    }

    private static func integer<I: BinaryInteger>(_ value: I, _ path: [any CodingKey]) throws -> JSONValue {
        guard let exact = Int64(exactly: value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(value) does not fit a JSON integer here"))
        }
        return .int(exact)
    }

    private static func number(_ value: Double, _ path: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        return .double(value)
    }
}

private struct TreeEncoding: Encoder {
    let slot: TreeSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(TreeKeyedEncoding<Key>(box: slot.objectBox, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeUnkeyedEncoding(box: slot.arrayBox, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleEncoding(slot: slot, codingPath: codingPath)
    }
}

private struct TreeKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: TreeSlot.ObjectBox
    let codingPath: [any CodingKey]

    private func slot(_ key: Key) -> TreeSlot {
        let slot = TreeSlot()
        box.entries[key.stringValue] = slot
        return slot
    }

    mutating func encodeNil(forKey key: Key) throws { slot(key).content = .value(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { slot(key).content = .value(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { slot(key).content = .value(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { slot(key).content = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { slot(key).content = .value(.int(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try put(value, key) }

    private func put<T: Encodable>(_ value: T, _ key: Key) throws {
        try TreeSlot.put(value, into: slot(key), path: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(TreeKeyedEncoding<NestedKey>(box: slot(key).objectBox, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeUnkeyedEncoding(box: slot(key).arrayBox, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let slot = TreeSlot()
        box.entries["super"] = slot
        return TreeEncoding(slot: slot, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoding(slot: slot(key), codingPath: codingPath + [key])
    }
}

private struct TreeUnkeyedEncoding: UnkeyedEncodingContainer {
    let box: TreeSlot.ArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.items.count }

    private func next() -> TreeSlot {
        let slot = TreeSlot()
        box.items.append(slot)
        return slot
    }

    private var nextPath: [any CodingKey] { codingPath + [TreeIndexKey(count)] }

    mutating func encodeNil() throws { next().content = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = nextPath
        try TreeSlot.put(value, into: next(), path: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        return KeyedEncodingContainer(TreeKeyedEncoding<NestedKey>(box: next().objectBox, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return TreeUnkeyedEncoding(box: next().arrayBox, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return TreeEncoding(slot: next(), codingPath: path)
    }
}

private struct TreeSingleEncoding: SingleValueEncodingContainer {
    let slot: TreeSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try TreeSlot.put(value, into: slot, path: codingPath) }
}

/// An array element's key in a coding path (`[3]`).
struct TreeIndexKey: CodingKey {
    let intValue: Int?
    let stringValue: String
    init(_ index: Int) {
        intValue = index
        stringValue = "Index \(index)"
    }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.init(intValue) }
}
