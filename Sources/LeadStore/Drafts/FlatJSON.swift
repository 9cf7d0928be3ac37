/// A flat `{"key": "text", …}` object written directly: a draft's fields are a string
/// dictionary, and `JSONEncoder` spent most of a large lead's autosave wrapping each of its
/// 40,000 strings (issue 18). Read back with `JSONDecoder`, as before.
enum FlatJSON {
    static func object(_ pairs: [String: String]) -> String {
        var out = "{"
        out.reserveCapacity(pairs.reduce(2) { $0 + $1.key.utf8.count + $1.value.utf8.count + 6 })
        var first = true
        for (key, value) in pairs {
            if !first { out += "," }
            first = false
            append(key, to: &out)
            out += ":"
            append(value, to: &out)
        }
        out += "}"
        return out
    }

    /// A JSON string: quote, backslash and the control characters escaped (RFC 8259 §7);
    /// everything else as it is, in UTF-8.
    static func append(_ text: String, to out: inout String) {
        out += "\""
        var plainStart = text.unicodeScalars.startIndex
        var index = plainStart
        let scalars = text.unicodeScalars
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                out += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        out += "\""
    }
}
