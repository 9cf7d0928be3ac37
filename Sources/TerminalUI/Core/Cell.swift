/// One screen cell: a grapheme, the columns it takes, and its style.
///
/// A double-width character occupies two cells: the first holds it with
/// `width == 2`, the second is a *continuation* (`width == 0`) that draws nothing.
/// The grapheme is stored as its first code point plus, only for multi-code-point
/// clusters, the full string, so comparing cells in the diff stays cheap.
public struct Cell: Equatable, Sendable {
    var scalar: UInt32
    var cluster: String?
    public internal(set) var width: UInt8
    public var style: Style

    /// A blank cell in `style`.
    public init(style: Style = .plain) {
        scalar = 0x20
        cluster = nil
        width = 1
        self.style = style
    }

    /// A cell holding `character`; its width must already be known (1 or 2).
    init(_ character: Character, width: Int, style: Style) {
        let scalars = character.unicodeScalars
        scalar = scalars.first?.value ?? 0x20
        cluster = scalars.count > 1 ? String(character) : nil
        self.width = UInt8(clamping: width)
        self.style = style
    }

    static func continuation(style: Style) -> Cell {
        var cell = Cell(style: style)
        cell.scalar = 0
        cell.width = 0
        return cell
    }

    /// True for the right half of a double-width character.
    public var isContinuation: Bool { width == 0 }

    /// The text this cell shows ("" for a continuation).
    public var grapheme: String {
        if let cluster { return cluster }
        if width == 0 { return "" }
        return Unicode.Scalar(scalar).map { String(Character($0)) } ?? " "
    }

    /// The code points to hand to the terminal (empty for a continuation).
    public var codePoints: [UInt32] {
        if let cluster { return cluster.unicodeScalars.map(\.value) }
        return width == 0 ? [] : [scalar]
    }
}
