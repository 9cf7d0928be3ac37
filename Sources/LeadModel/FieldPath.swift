/// A path to one value in a lead: `relatives[1].passport.no`, `addresses[0].fiasId`.
///
/// The field catalog writes `[]` for "any item" and `.*` for "any key of a map";
/// `pattern` turns a concrete path back into that form.
public struct FieldPath: Hashable, Sendable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
        /// `[]` in a catalog pattern.
        case anyIndex
    }

    public var components: [Component]

    public init(_ components: [Component]) { self.components = components }

    /// Parses `a.b[2].c`, `a[].b`, `a.attributes.*`. Returns nil for a malformed path.
    public init?(parsing text: String) {
        var parts: [Component] = []
        var current = ""
        var chars = Array(text)[...]
        func flushKey() -> Bool {
            guard !current.isEmpty else { return false }
            parts.append(.key(current))
            current = ""
            return true
        }
        while let ch = chars.popFirst() {
            switch ch {
            case ".":
                if !current.isEmpty { _ = flushKey() } else if case .key? = parts.last { return nil }
                if parts.isEmpty { return nil }
            case "[":
                if !current.isEmpty { _ = flushKey() }
                guard !parts.isEmpty else { return nil }
                var digits = ""
                while let d = chars.popFirst(), d != "]" { digits.append(d) }
                if digits.isEmpty {
                    parts.append(.anyIndex)
                } else if let i = Int(digits), i >= 0 {
                    parts.append(.index(i))
                } else {
                    return nil
                }
            case "]":
                return nil
            default:
                current.append(ch)
            }
        }
        if !current.isEmpty { _ = flushKey() }
        guard !parts.isEmpty else { return nil }
        self.components = parts
    }

    public init(stringLiteral value: String) {
        self = FieldPath(parsing: value) ?? FieldPath([.key(value)])
    }

    public var description: String {
        var out = ""
        for c in components {
            switch c {
            case .key(let k): out += out.isEmpty ? k : ".\(k)"
            case .index(let i): out += "[\(i)]"
            case .anyIndex: out += "[]"
            }
        }
        return out
    }

    /// The catalog form: every index replaced by `[]`.
    public var pattern: FieldPath {
        // Most fields are in no list: their pattern is themselves, with no copy made.
        guard components.contains(where: { if case .index = $0 { return true } else { return false } }) else { return self }
        return FieldPath(components.map { if case .index = $0 { return .anyIndex } else { return $0 } })
    }

    /// The last key of the path (`no` for `relatives[1].passport.no`).
    public var leafKey: String? {
        for c in components.reversed() { if case .key(let k) = c { return k } }
        return nil
    }

    public var parent: FieldPath? {
        components.count > 1 ? FieldPath(Array(components.dropLast())) : nil
    }

    public func appending(_ key: String) -> FieldPath { FieldPath(components + [.key(key)]) }
    public func appending(index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

    public func hasPrefix(_ other: FieldPath) -> Bool {
        components.starts(with: other.components)
    }

    public static func < (a: FieldPath, b: FieldPath) -> Bool { a.description < b.description }
}

extension FieldPath: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let path = FieldPath(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a field path: \(text)"))
        }
        self = path
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension JSONValue {
    /// The value at `path`, or nil when any step is missing.
    public subscript(path: FieldPath) -> JSONValue? {
        var node: JSONValue? = self
        for c in path.components {
            switch (c, node) {
            case (.key(let k), .object(let o)?): node = o[k]
            case (.index(let i), .array(let a)?): node = a.indices.contains(i) ? a[i] : nil
            default: return nil
            }
        }
        return node
    }

    /// Sets the value at `path`, creating the objects and array items on the way
    /// (missing array items are filled with empty objects). A nil removes the key.
    public mutating func set(_ value: JSONValue?, at path: FieldPath) {
        set(value, at: path.components[...])
    }

    /// In place: the container is taken out of `self` before it changes, so it is never
    /// copied (copying a 5,000-row list for each of its values made building a lead quadratic).
    private mutating func set(_ value: JSONValue?, at rest: ArraySlice<Component>) {
        guard let head = rest.first else {
            self = value ?? .null
            return
        }
        let tail = rest.dropFirst()
        switch head {
        case .key(let k):
            var o = objectValue ?? [:]
            self = .null
            if tail.isEmpty && value == nil {
                o[k] = nil
            } else {
                o[k, default: .null].set(value, at: tail)
            }
            self = .object(o)
        case .index(let i):
            var a = arrayValue ?? []
            self = .null
            while a.count <= i { a.append(.object([:])) }
            a[i].set(value, at: tail)
            self = .array(a)
        case .anyIndex:
            return
        }
    }

    public typealias Component = FieldPath.Component

    /// Every leaf (scalar, null, empty array or empty object) with its concrete path.
    public func leaves(under prefix: FieldPath? = nil) -> [(FieldPath, JSONValue)] {
        var out: [(FieldPath, JSONValue)] = []
        func walk(_ v: JSONValue, _ path: [Component]) {
            switch v {
            case .object(let o) where !o.isEmpty:
                for k in o.keys.sorted() { walk(o[k] ?? .null, path + [.key(k)]) }
            case .array(let a) where !a.isEmpty:
                for (i, item) in a.enumerated() { walk(item, path + [.index(i)]) }
            default:
                if !path.isEmpty { out.append((FieldPath(path), v)) }
            }
        }
        walk(self, prefix?.components ?? [])
        return out
    }
}
