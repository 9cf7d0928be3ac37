/// The ASCII theme's decoration: every box-drawing, block and marker character a frame may
/// hold, turned into a one-column ASCII character after the frame is drawn, so no widget or
/// view needs a second spelling of its border and a new one cannot slip past.
///
/// Words keep their letters (Cyrillic, `№`, quotes, dashes and the arrows that name keys);
/// only decoration changes: borders `+-|`, scroll marks `^ v`, the fold `>`, the list's `v`,
/// bullets and dots `*`, `·` as `-`, `…` as `.` (as `-` in a range of keys), `✓` as `+`, `⚠` as `!`.
public enum ASCIIGlyphs {
    /// The ASCII stand-in for a decoration scalar; nil for anything else.
    public static func replacement(_ scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0x2500, 0x2501, 0x2504...0x2509, 0x254C, 0x254D, 0x2550: return UInt8(ascii: "-")
        case 0x2502, 0x2503, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return UInt8(ascii: "|")
        case 0x250C...0x254B, 0x2552...0x256C: return UInt8(ascii: "+")
        case 0x256D...0x2570: return UInt8(ascii: "+")
        case 0x2571: return UInt8(ascii: "/")
        case 0x2572: return UInt8(ascii: "\\")
        case 0x2573: return UInt8(ascii: "X")
        case 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E: return UInt8(ascii: "-")
        case 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F: return UInt8(ascii: "|")
        case 0x2580...0x259F: return UInt8(ascii: "#")  // blocks and shades
        case 0x25B2, 0x25B3, 0x25B4, 0x25B5: return UInt8(ascii: "^")
        case 0x25BC, 0x25BD, 0x25BE, 0x25BF: return UInt8(ascii: "v")
        case 0x25B6, 0x25B7, 0x25B8, 0x25B9, 0x25BA, 0x25BB: return UInt8(ascii: ">")
        case 0x25C0, 0x25C1, 0x25C2, 0x25C3, 0x25C4, 0x25C5: return UInt8(ascii: "<")
        case 0x2022, 0x25CF, 0x25E6, 0x2219: return UInt8(ascii: "*")
        case 0x00B7: return UInt8(ascii: "-")
        case 0x2026: return UInt8(ascii: ".")
        case 0x2713, 0x2714: return UInt8(ascii: "+")
        case 0x26A0: return UInt8(ascii: "!")
        case 0x232B: return UInt8(ascii: "<")
        default: return nil
        }
    }

    /// Whether `scalar` is decoration the ASCII theme never shows.
    public static func isDecoration(_ scalar: UInt32) -> Bool { replacement(scalar) != nil }

    /// Rewrites every decoration cell of `buffer` in ASCII (each is one column, as its stand-in).
    /// An ellipsis between two characters is a range of keys (`1…6`, `Alt-1…0`): `-` there.
    public static func apply(to buffer: inout Buffer) {
        buffer.replaceScalars { scalar, next in
            if scalar == 0x2026, let next, isAlphanumeric(next) { return UInt32(UInt8(ascii: "-")) }
            return replacement(scalar).map(UInt32.init)
        }
    }

    private static func isAlphanumeric(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
