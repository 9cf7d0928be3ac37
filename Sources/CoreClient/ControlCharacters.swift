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
