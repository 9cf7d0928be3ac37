/// A terminal color as a theme names it, before it is fitted to what the terminal can show.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colors: 0–7 normal, 8–15 bright.
    case ansi(UInt8)
    /// An entry of the xterm 256-color palette.
    case indexed(UInt8)
    /// A 24-bit color; shown as the nearest palette entry.
    case rgb(UInt8, UInt8, UInt8)

    /// ANSI names accepted in theme files, index = ANSI number.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses `default`, an ANSI name (`cyan`, `bright-white`; `gray` = bright-black),
    /// a palette index `0`…`255`, or `#rrggbb`.
    public init?(parsing text: String) {
        let name = text.lowercased().replacingOccurrences(of: "_", with: "-")
        if name == "default" || name == "none" {
            self = .terminalDefault
        } else if name == "gray" || name == "grey" {
            self = .ansi(8)
        } else if let index = Color.ansiNames.firstIndex(of: name) {
            self = .ansi(UInt8(index))
        } else if let index = UInt8(name) {
            self = index < 16 ? .ansi(index) : .indexed(index)
        } else if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }
}

/// How many colors a terminal can show; themes are fitted down to it.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    case none = 0
    case eight = 8
    case sixteen = 16
    case palette256 = 256

    /// The depth for a terminal reporting `colors` colors (ncurses' `COLORS`).
    public init(colorCount colors: Int) {
        switch colors {
        case 256...: self = .palette256
        case 16..<256: self = .sixteen
        case 8..<16: self = .eight
        default: self = .none
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Color {
    /// This color as the terminal at `depth` can show it; nil means "no color at all".
    public func fitted(to depth: ColorDepth) -> Color? {
        if depth == .none { return nil }
        switch self {
        case .terminalDefault:
            return self
        case .ansi(let n):
            return depth == .eight && n >= 8 ? .ansi(n - 8) : self
        case .indexed(let n):
            if depth == .palette256 { return self }
            return Color.nearestANSI(to: Color.paletteRGB(n), depth: depth)
        case .rgb(let r, let g, let b):
            if depth == .palette256 { return .indexed(Color.nearestPaletteIndex(r, g, b)) }
            return Color.nearestANSI(to: (r, g, b), depth: depth)
        }
    }

    /// Conventional xterm RGB values of the 16 ANSI colors.
    static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func paletteRGB(_ n: UInt8) -> (UInt8, UInt8, UInt8) {
        switch n {
        case 0..<16:
            return ansiRGB[Int(n)]
        case 16..<232:
            let i = Int(n) - 16
            let level = { (v: Int) -> UInt8 in v == 0 ? 0 : UInt8(55 + v * 40) }
            return (level(i / 36), level(i / 6 % 6), level(i % 6))
        default:
            let gray = UInt8(8 + (Int(n) - 232) * 10)
            return (gray, gray, gray)
        }
    }

    /// The nearer of the closest 6×6×6 cube entry and the closest gray-ramp entry.
    static func nearestPaletteIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let step = { (v: UInt8) -> Int in v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
        let cube = UInt8(16 + 36 * step(r) + 6 * step(g) + step(b))
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let gray = UInt8(232 + min(23, max(0, (average - 3) / 10)))
        return distance(paletteRGB(gray), (r, g, b)) < distance(paletteRGB(cube), (r, g, b)) ? gray : cube
    }

    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return dr * dr + dg * dg + db * db
    }

    static func nearestANSI(to rgb: (UInt8, UInt8, UInt8), depth: ColorDepth) -> Color {
        let candidates = depth == .eight ? 8 : 16
        var best = 0, bestDistance = Int.max
        for i in 0..<candidates {
            let d = distance(ansiRGB[i], rgb)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return .ansi(UInt8(best))
    }
}
