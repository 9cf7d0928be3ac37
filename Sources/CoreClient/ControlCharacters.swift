extension String {
    /// The text without C0/C1 control characters, DEL, bidirectional overrides and other
    /// format characters, so a server's text cannot move the cursor, recolour or rewrite a
    /// terminal. Tabs and line breaks become spaces; runs of spaces collapse.
    public var strippingControlCharacters: String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in unicodeScalars {
            let v = scalar.value
            let isLineOrTab = v == 0x09 || v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029
            let isControl = v < 0x20 || (0x7F...0x9F).contains(v)
            let isFormat = scalar.properties.generalCategory == .format  // U+202E, U+200B…
            if isLineOrTab || scalar == " " {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else if isControl || isFormat {
                continue
            } else {
                out.append(scalar)
                lastWasSpace = false
            }
        }
        return String(out).trimmingSpaces
    }

    private var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// For JSON text about to be printed: C1 controls, DEL and format characters (bidi
    /// overrides, zero-width…) that JSON leaves raw are written as `\uXXXX` escapes instead.
    /// Lossless: any JSON reader gets the same strings back, and no terminal acts on them.
    /// (C0 controls are already escaped by every JSON encoder.)
    public var escapingTerminalControlsInJSON: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            let v = scalar.value
            if (0x7F...0x9F).contains(v) || scalar.properties.generalCategory == .format || v == 0x2028 || v == 0x2029 {
                let hex = String(v, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
