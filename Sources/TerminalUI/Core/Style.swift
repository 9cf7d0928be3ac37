/// Text attributes a monochrome terminal can still show.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// How a cell looks: colors (already fitted to the terminal) and attributes.
///
/// Colors are kept packed in integers so the per-cell comparison in every frame
/// diff is a few integer compares.
public struct Style: Hashable, Sendable {
    var foregroundCode: UInt32
    var backgroundCode: UInt32
    public var attributes: TextAttributes
    // Explicit zeros where padding would be, so a cell's bytes are all defined (see `Cell`).
    private var padding8: UInt8 = 0
    private var padding16: UInt16 = 0

    public init(foreground: Color? = nil, background: Color? = nil, attributes: TextAttributes = []) {
        foregroundCode = Style.encode(foreground)
        backgroundCode = Style.encode(background)
        self.attributes = attributes
    }

    /// nil: the terminal default (also what a colorless terminal gets).
    public var foreground: Color? {
        get { Style.decode(foregroundCode) }
        set { foregroundCode = Style.encode(newValue) }
    }

    public var background: Color? {
        get { Style.decode(backgroundCode) }
        set { backgroundCode = Style.encode(newValue) }
    }

    // Layout: kind in bits 24–31 (0 none, 1 default, 2 ANSI, 3 indexed, 4 RGB), value below.
    static func encode(_ color: Color?) -> UInt32 {
        switch color {
        case nil: return 0
        case .terminalDefault?: return 1 << 24
        case .ansi(let n)?: return 2 << 24 | UInt32(n)
        case .indexed(let n)?: return 3 << 24 | UInt32(n)
        case .rgb(let r, let g, let b)?: return 4 << 24 | UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
        }
    }

    static func decode(_ code: UInt32) -> Color? {
        let value = code & 0xFF_FFFF
        switch code >> 24 {
        case 1: return .terminalDefault
        case 2: return .ansi(UInt8(value & 0xFF))
        case 3: return .indexed(UInt8(value & 0xFF))
        case 4: return .rgb(UInt8(value >> 16), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        default: return nil
        }
    }

    public static let plain = Style()

    /// This style with extra attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}
