extension String {
    /// This text made safe to draw: C0/C1 control characters (ESC included), DEL and
    /// bidirectional overrides are removed, and tabs and line breaks become spaces.
    ///
    /// Everything drawn from outside data goes through this (``Buffer/put(_:x:y:style:maxWidth:)``
    /// does it by default), so a value from a file or a paste can never move the
    /// cursor, change colors or retitle the terminal.
    public var sanitizedForTerminal: String {
        if !utf8.contains(where: TerminalText.mayNeedSanitizing) { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch TerminalText.disposition(of: scalar) {
            case .keep: result.append(scalar)
            case .space: result.append(" ")
            case .drop: break
            }
        }
        return String(result)
    }

    /// Paste text cleaned for a field: controls stripped like
    /// ``sanitizedForTerminal``, but line breaks kept as `\n` unless `singleLine`,
    /// in which case each line break (CRLF counts once) becomes one space.
    public func sanitizedForPaste(singleLine: Bool) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" || scalar == "\r" {
                if scalar == "\n" && previousWasCR { continue }
                result.append(singleLine ? " " : "\n")
                continue
            }
            switch TerminalText.disposition(of: scalar) {
            case .keep: result.append(scalar)
            case .space: result.append(" ")
            case .drop: break
            }
        }
        return String(result)
    }
}

enum TerminalText {
    enum Disposition { case keep, space, drop }

    /// A cheap first pass over UTF-8: false means the text is certainly clean.
    /// 0xC2 leads C1 controls, 0xE2 leads the bidi controls.
    @inline(__always)
    static func mayNeedSanitizing(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    static func disposition(of scalar: Unicode.Scalar) -> Disposition {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return .space
        case 0x00..<0x20, 0x7F..<0xA0: return .drop
        // Bidi embeddings/overrides/isolates could reorder what staff see.
        case 0x202A...0x202E, 0x2066...0x2069: return .drop
        default: return .keep
        }
    }
}
