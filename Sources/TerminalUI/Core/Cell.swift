/// One screen cell: a grapheme, the columns it takes, and its style.
///
/// A double-width character occupies two cells: the first holds it with
/// `width == 2`, the second is a *continuation* (`width == 0`) that draws nothing.
/// The grapheme is stored inline as its base code point plus up to three
/// combining ones (ncurses itself keeps at most five per cell), so a cell is a
/// plain value with no heap storage: building and diffing frames never
/// allocates or reference-counts.
///
/// The fields fill the cell's 32 bytes with no padding (the explicit zero `padding` fields
/// take its place), so equal cells are equal bytes and the frame diff compares whole rows
/// as memory.
public struct Cell: Equatable, Sendable {
    var scalar: UInt32
    var marks: (UInt32, UInt32, UInt32)
    public var style: Style
    public internal(set) var width: UInt8
    private var padding8: UInt8 = 0
    private var padding16: UInt16 = 0

    /// A blank cell in `style`.
    public init(style: Style = .plain) {
        scalar = 0x20
        marks = (0, 0, 0)
        width = 1
        self.style = style
    }

    /// A cell holding one code point of known width (1 or 2).
    init(scalar: UInt32, width: Int, style: Style) {
        self.scalar = scalar
        marks = (0, 0, 0)
        self.width = UInt8(truncatingIfNeeded: width)
        self.style = style
    }

    static func continuation(style: Style) -> Cell {
        var cell = Cell(style: style)
        cell.scalar = 0
        cell.width = 0
        return cell
    }

    /// Adds a combining code point to the grapheme; returns false when full.
    mutating func appendMark(_ value: UInt32) -> Bool {
        if marks.0 == 0 { marks.0 = value } else if marks.1 == 0 { marks.1 = value } else if marks.2 == 0 { marks.2 = value } else { return false }
        return true
    }

    public static func == (a: Cell, b: Cell) -> Bool {
        a.scalar == b.scalar && a.width == b.width && a.marks.0 == b.marks.0 && a.marks.1 == b.marks.1
            && a.marks.2 == b.marks.2 && a.style == b.style
    }

    /// True for the right half of a double-width character.
    public var isContinuation: Bool { width == 0 }

    /// The text this cell shows ("" for a continuation).
    public var grapheme: String {
        var scalars = String.UnicodeScalarView()
        for value in codePoints { if let s = Unicode.Scalar(value) { scalars.append(s) } }
        return String(scalars)
    }

    /// The code points to hand to the terminal (empty for a continuation).
    public var codePoints: [UInt32] {
        if width == 0 { return [] }
        return [scalar, marks.0, marks.1, marks.2].filter { $0 != 0 }
    }
}
