/// JSON text of a `JSONValue` tree written straight into bytes: the same bytes as
/// `WireCoding.encode` (`JSONEncoder`, sorted keys, slashes unescaped), which goes through
/// `Encodable` value by value and takes several times as long for a large tree (a simulated
/// core answering a lead with 5,000 relatives spent most of its time there).
/// `JSONTextTests` compares the two on random and awkward trees.
public enum JSONText {
    /// The text of `value`, or nil when it holds a number JSON cannot spell (infinity, NaN).
    public static func bytes(_ value: JSONValue) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        return write(value, into: &out) ? out : nil
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8]) -> Bool {
        switch value {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .double(let d):
            guard d.isFinite else { return false }
            var text = d.description
            // As JSONEncoder spells a whole number: 12, not 12.0.
            if text.hasSuffix(".0") { text.removeLast(2) }
            out += text.utf8
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                guard write(item, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (i, key) in object.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                guard let item = object[key], write(item, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
        }
        return true
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case 0x0A: out += #"\n"#.utf8
            case 0x0D: out += #"\r"#.utf8
            case 0x09: out += #"\t"#.utf8
            case 0x08: out += #"\b"#.utf8
            case 0x0C: out += #"\f"#.utf8
            case 0..<0x20:
                out += #"\u00"#.utf8
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
