import Glibc

/// The control strings ``FrameWriter`` uses, as the terminal's terminfo entry spells them.
///
/// Parameterised capabilities are functions; a missing optional capability is nil (or an
/// empty string for the attributes), and the writer falls back to what every terminal has.
struct TerminalControls {
    /// `clear`: blank the screen and home the cursor.
    var clearScreen: [UInt8]
    /// `sgr0`: all attributes and colours off.
    var resetAttributes: [UInt8]
    var bold: [UInt8] = []
    var reverse: [UInt8] = []
    var underline: [UInt8] = []
    var dim: [UInt8] = []
    /// `op`: both colours back to the terminal's defaults.
    var defaultColors: [UInt8] = []
    /// `setaf` / `setab` for a colour number.
    var foreground: (Int16) -> [UInt8] = { _ in [] }
    var background: (Int16) -> [UInt8] = { _ in [] }
    /// `cup`: row, column (0-based).
    var moveTo: (Int, Int) -> [UInt8]
    /// `hpa`: column on the current row.
    var moveToColumn: ((Int) -> [UInt8])?
    /// `ech`: erase n characters from the cursor, which does not move.
    var eraseCharacters: ((Int) -> [UInt8])?
    /// `el`: erase to the end of the line.
    var clearToEndOfLine: [UInt8]?
    /// `bce`: erasing paints the current background colour.
    var backgroundColorErase = false
    /// `am` without `xenl`: writing the bottom-right cell would scroll the screen.
    var bottomRightScrolls = false
}

/// What the terminal is set to draw with: attributes and colour numbers (-1: default).
struct Pen: Equatable {
    var attributes: TextAttributes
    var foreground: Int16
    var background: Int16

    static let plain = Pen(attributes: [], foreground: -1, background: -1)
}

/// Turns frame changes into terminal bytes, remembering where the cursor is and which pen
/// is set between frames, so that a typed character costs the character and little else.
///
/// ncurses' `doupdate` resets the attributes at the end of every refresh, so each frame
/// starts by setting them again: about 34 bytes of escapes around a 2-byte typed letter.
/// This writer keeps the last pen instead, moves the cursor by the shortest means it has
/// (nothing, a column move, writing over a few unchanged cells, or an absolute move),
/// and erases runs of blanks with one control where the terminal paints them right.
struct FrameWriter {
    let controls: TerminalControls
    /// nil when unknown (start, after ncurses itself wrote, after a write into the last column).
    private(set) var cursor: Point?
    private(set) var pen: Pen?
    private var out: [UInt8] = []

    init(controls: TerminalControls) {
        self.controls = controls
    }

    /// Forgets the cursor and pen: someone else wrote to the terminal.
    mutating func invalidate() {
        cursor = nil
        pen = nil
    }

    /// The bytes that take the screen from `previous` (nil: unknown, so it is cleared first)
    /// to `frame`, ending with the cursor at `frame.cursor` when it has one.
    mutating func update(from previous: Buffer?, to frame: Buffer, pen penOf: (Style) -> Pen) -> [UInt8] {
        out.removeAll(keepingCapacity: true)
        let columns = frame.size.columns, rows = frame.size.rows
        let base: Buffer?
        if let previous, previous.size == frame.size {
            base = previous
        } else {
            set(.plain, force: true)
            out += controls.clearScreen
            cursor = Point(x: 0, y: 0)
            base = nil
        }
        let spans = Self.changedSpans(from: base, to: frame)
        for y in 0..<rows {
            // Cells outside the row's changed span are skipped by the loop anyway.
            guard let span = spans[y] else { continue }
            var x = span.lowerBound
            while x < span.upperBound {
                let index = y * columns + x
                let cell = frame.cells[index]
                if !isChanged(index, cell, base, penOf) || cell.isContinuation {
                    x += 1
                    continue
                }
                if controls.bottomRightScrolls, y == rows - 1, x == columns - 1 { break }
                let cellPen = penOf(cell.style)
                if cell.isBlank, let run = blankRun(from: x, y: y, frame, cellPen, penOf),
                   erase(run, at: x, y, toEnd: x + run == columns, frame, cellPen, penOf) {
                    x += run
                    continue
                }
                move(to: x, y, frame, penOf)
                set(cellPen)
                put(cell)
                let width = max(1, Int(cell.width))
                x += width
                cursor = x < columns ? Point(x: x, y: y) : nil
            }
        }
        if let target = frame.cursor, frame.contains(x: target.x, y: target.y) {
            move(to: target.x, target.y, frame, penOf)
        }
        return out
    }

    /// Per row, the columns from the first to the last cell that differ from `base` (every
    /// column when there is no base); nil for a row with no change. A tight compare over the
    /// cells, so a frame that changes one field costs little more than that field.
    static func changedSpans(from base: Buffer?, to frame: Buffer) -> [Range<Int>?] {
        let columns = frame.size.columns, rows = frame.size.rows
        guard let base, base.size == frame.size else {
            return Array(repeating: columns > 0 ? 0..<columns : nil, count: rows)
        }
        var spans: [Range<Int>?] = Array(repeating: nil, count: rows)
        frame.cells.withUnsafeBufferPointer { new in
            base.cells.withUnsafeBufferPointer { old in
                guard let newBase = new.baseAddress, let oldBase = old.baseAddress else { return }
                let rowBytes = columns * MemoryLayout<Cell>.stride
                for y in 0..<rows {
                    let start = y * columns
                    // Equal bytes are equal cells (a cell has no padding): most rows of a
                    // frame are the same as before and cost one memory compare.
                    if memcmp(newBase + start, oldBase + start, rowBytes) == 0 { continue }
                    var first = 0
                    while first < columns, new[start + first] == old[start + first] { first += 1 }
                    guard first < columns else { continue }
                    var last = columns - 1
                    while last > first, new[start + last] == old[start + last] { last -= 1 }
                    spans[y] = first..<(last + 1)
                }
            }
        }
        return spans
    }

    /// Whether the cell differs from what the terminal shows (a blank default cell after a clear).
    private func isChanged(_ index: Int, _ cell: Cell, _ base: Buffer?, _ penOf: (Style) -> Pen) -> Bool {
        if let base { return base.cells[index] != cell }
        return !(cell.isBlank && penOf(cell.style) == .plain)
    }

    /// The length of the run of blank cells in `pen` starting at `x` (changed or not: erasing
    /// an unchanged one again does no harm), when long enough to be worth an erase control.
    private func blankRun(from x: Int, y: Int, _ frame: Buffer, _ pen: Pen,
                          _ penOf: (Style) -> Pen) -> Int? {
        guard controls.eraseCharacters != nil || controls.clearToEndOfLine != nil else { return nil }
        // Erasing paints the background only: never for reverse or underlined blanks, and
        // a coloured background only where the terminal erases with it.
        guard pen.attributes.isDisjoint(with: [.reverse, .underline]),
              pen.background == -1 || controls.backgroundColorErase else { return nil }
        let columns = frame.size.columns
        var end = x
        while end < columns {
            if controls.bottomRightScrolls, y == frame.size.rows - 1, end == columns - 1 { break }
            let cell = frame.cells[y * columns + end]
            guard cell.isBlank, penOf(cell.style) == pen else { break }
            end += 1
        }
        let length = end - x
        return length >= 8 ? length : nil
    }

    /// Blanks `length` cells from (`x`, `y`) in `pen` with one control (the cursor stays);
    /// false when the terminal has none.
    private mutating func erase(_ length: Int, at x: Int, _ y: Int, toEnd: Bool, _ frame: Buffer, _ pen: Pen,
                                _ penOf: (Style) -> Pen) -> Bool {
        let control: [UInt8]
        if toEnd, let el = controls.clearToEndOfLine {
            control = el
        } else if let ech = controls.eraseCharacters {
            control = ech(length)
        } else {
            return false
        }
        move(to: x, y, frame, penOf)
        set(pen)
        out += control
        return true
    }

    /// Moves the cursor to (`x`, `y`) by the cheapest means: nothing, CR, rewriting the few
    /// unchanged cells in between (when they are drawn in the current pen), a column move,
    /// or an absolute move.
    private mutating func move(to x: Int, _ y: Int, _ frame: Buffer, _ penOf: (Style) -> Pen) {
        if let cursor, cursor.y == y {
            if cursor.x == x { return }
            if x == 0 {
                out.append(0x0D)
                self.cursor = Point(x: 0, y: y)
                return
            }
            let columnMove = controls.moveToColumn?(x) ?? controls.moveTo(y, x)
            if x > cursor.x, x - cursor.x <= 4, let pen,
               let bytes = overwriteBytes(from: cursor.x, to: x, y: y, frame, pen, penOf), bytes.count < columnMove.count {
                out += bytes
            } else {
                out += columnMove
            }
        } else {
            out += controls.moveTo(y, x)
        }
        cursor = Point(x: x, y: y)
    }

    /// The bytes of the cells `from..<to` of row `y` when all are plain narrow characters
    /// in `pen` (so writing them again shows the same thing and moves the cursor).
    private func overwriteBytes(from: Int, to: Int, y: Int, _ frame: Buffer, _ pen: Pen,
                                _ penOf: (Style) -> Pen) -> [UInt8]? {
        var bytes: [UInt8] = []
        for x in from..<to {
            let cell = frame.cells[y * frame.size.columns + x]
            guard cell.width == 1, penOf(cell.style) == pen else { return nil }
            Self.appendUTF8(of: cell, to: &bytes)
        }
        return bytes
    }

    /// Switches to `target`, sending only what differs from the current pen.
    private mutating func set(_ target: Pen, force: Bool = false) {
        if !force, pen == target { return }
        var current = pen ?? .plain
        if force || pen == nil || !current.attributes.isSubset(of: target.attributes) {
            out += controls.resetAttributes
            current = .plain
        }
        let added = target.attributes.subtracting(current.attributes)
        if added.contains(.bold) { out += controls.bold }
        if added.contains(.dim) { out += controls.dim }
        if added.contains(.reverse) { out += controls.reverse }
        if added.contains(.underline) { out += controls.underline }
        if (target.foreground == -1 && current.foreground != -1) || (target.background == -1 && current.background != -1) {
            out += controls.defaultColors
            current.foreground = -1
            current.background = -1
        }
        if target.foreground != current.foreground { out += controls.foreground(target.foreground) }
        if target.background != current.background { out += controls.background(target.background) }
        pen = target
    }

    private mutating func put(_ cell: Cell) {
        Self.appendUTF8(of: cell, to: &out)
    }

    static func appendUTF8(of cell: Cell, to bytes: inout [UInt8]) {
        append(cell.scalar, to: &bytes)
        if cell.marks.0 != 0 { append(cell.marks.0, to: &bytes) }
        if cell.marks.1 != 0 { append(cell.marks.1, to: &bytes) }
        if cell.marks.2 != 0 { append(cell.marks.2, to: &bytes) }
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        bytes.append(contentsOf: scalar.utf8)
    }
}

extension Cell {
    /// A space with no combining marks.
    var isBlank: Bool { scalar == 0x20 && marks.0 == 0 }
}
