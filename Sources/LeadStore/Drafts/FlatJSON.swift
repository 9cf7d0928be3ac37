import LeadModel

/// A flat `{"key": "text", …}` object written directly: a draft's fields are a string
/// dictionary, and `JSONEncoder` spent most of a large lead's autosave wrapping each of its
/// 40,000 strings (issue 18). Written as UTF-8 bytes; read back with `JSONDecoder`, as before.
enum FlatJSON {
    /// A draft's fields, each path written as its `description` (`relatives[0].lastName`)
    /// straight into the bytes: no string is made for the 40,000 paths of a large lead.
    static func object(_ fields: [FieldPath: String]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(fields.reduce(2) { $0 + $1.key.components.count * 12 + $1.value.utf8.count + 6 })
        out.append(UInt8(ascii: "{"))
        var key: [UInt8] = []
        var first = true
        for (path, text) in fields {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            key.removeAll(keepingCapacity: true)
            describe(path, into: &key)
            appendString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendString(text.utf8, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of `path.description`.
    static func describe(_ path: FieldPath, into key: inout [UInt8]) {
        for component in path.components {
            switch component {
            case .key(let name):
                if !key.isEmpty { key.append(UInt8(ascii: ".")) }
                key += name.utf8
            case .index(let i):
                key.append(UInt8(ascii: "["))
                key += String(i).utf8
                key.append(UInt8(ascii: "]"))
            case .anyIndex:
                key += [UInt8(ascii: "["), UInt8(ascii: "]")]
            }
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string: quote, backslash and the control characters escaped (RFC 8259 §7);
    /// every other byte of the UTF-8 as it is.
    static func appendString<Bytes: Sequence<UInt8>>(_ text: Bytes, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
