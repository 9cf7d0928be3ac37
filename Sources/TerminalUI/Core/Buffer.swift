/// A frame of cells that widgets draw into; a backend shows it.
///
/// Widgets never talk to the terminal: they draw into a `Buffer`, the backend
/// compares it with the previous frame and writes only what changed (ratatui's
/// discipline). Tests assert on ``lines`` and ``styleMask(row:matching:)``.
/// Drawing outside the buffer is clipped silently.
public struct Buffer: Equatable, Sendable {
    public private(set) var size: Size
    var cells: [Cell]
    /// Where the terminal cursor is shown after the frame is presented; nil hides it.
    public var cursor: Point?

    public init(size: Size, style: Style = .plain) {
        self.size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
        let count = self.size.columns * self.size.rows
        cells = Array(unsafeUninitializedCapacity: count) { storage, initialized in
            if let base = storage.baseAddress { Self.store(Cell(style: style), at: base, count: count) }
            initialized = count
        }
        cursor = nil
    }

    /// Writes `count` copies of `cell` from `base` (initialized or not: a cell is plain
    /// bytes). One cell, then copies of what is written, doubling up to 64 cells (2 KiB, below
    /// where the C library switches to `rep movsb`, which is slow to start): a screenful
    /// costs a few dozen vector copies instead of a loop storing every field of every cell.
    private static func store(_ cell: Cell, at base: UnsafeMutablePointer<Cell>, count: Int) {
        guard count >= 16 else {
            base.initialize(repeating: cell, count: count)
            return
        }
        base.initialize(to: cell)
        var done = 1
        while done < count {
            let more = min(done, count - done, 64)
            UnsafeMutableRawPointer(base + done).copyMemory(from: base, byteCount: more * MemoryLayout<Cell>.stride)
            done += more
        }
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(size: size) }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < size.columns && y < size.rows }

    /// The cell at a position; a blank cell outside the buffer.
    public subscript(x x: Int, y y: Int) -> Cell {
        contains(x: x, y: y) ? cells[y * size.columns + x] : Cell()
    }

    // MARK: drawing

    /// Fills `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        fill(rect, with: Cell(style: style))
    }

    /// Fills `rect` with one narrow character in `style` (a rule of `─`, say); a zero- or
    /// double-width scalar fills with blanks instead.
    public mutating func fill(_ rect: Rect, scalar: Unicode.Scalar, style: Style) {
        guard DisplayWidth.of(scalar) == 1, TerminalText.disposition(of: scalar) == .keep else {
            return fill(rect, style: style)
        }
        fill(rect, with: Cell(scalar: scalar.value, width: 1, style: style))
    }

    /// Row by row with a bulk store: a frame starts with a fill of the whole screen.
    private mutating func fill(_ rect: Rect, with cell: Cell) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        repairWideCharacters(row: r.y, height: r.height, at: r.x, r.maxX)
        let columns = size.columns
        cells.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            if r.width == columns {  // whole rows: one run
                Self.store(cell, at: base + r.y * columns, count: r.width * r.height)
                return
            }
            for y in r.y..<r.maxY {
                Self.store(cell, at: base + y * columns + r.x, count: r.width)
            }
        }
    }

    /// Changes the style of the cells in `rect`, keeping their text.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            let base = y * size.columns
            for x in r.x..<r.maxX { cells[base + x].style = style }
        }
    }

    /// Draws `text` from (`x`, `y`) and returns the columns used.
    ///
    /// The text is passed through ``Swift/String/sanitizedForTerminal`` first unless
    /// `sanitize` is false (only for text the engine itself produced). Drawing stops
    /// at `maxWidth` columns and at the buffer's edge; a double-width character that
    /// would be cut in half is replaced by a space.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil, sanitize: Bool = true
    ) -> Int {
        guard y >= 0, y < size.rows else { return 0 }
        let limit = min(size.columns, x + min(maxWidth ?? Int.max / 4, Int.max / 4))
        var column = x
        var lastCell = -1  // index of the cell that combining marks attach to
        let row = y * size.columns
        // The first column written, for keeping double-width neighbours whole (see `set`):
        // writing a run left to right needs that repair only at its two ends.
        var runStart = -1
        // Code points, not Characters: grapheme breaking costs more than the
        // whole rest of a frame. Zero-width code points (combining marks, ZWJ,
        // variation selectors) join the preceding cell, which matches how
        // terminals place them. Sanitizing is done here, code point by code point, as
        // ``Swift/String/sanitizedForTerminal`` would (without building a new string).
        for original in text.unicodeScalars {
            var scalar = original
            if sanitize {
                switch TerminalText.disposition(of: original) {
                case .keep: break
                case .space: scalar = " "
                case .drop: continue
                }
            }
            let width = DisplayWidth.of(scalar)
            if width == 0 {
                if lastCell >= 0 { _ = cells[lastCell].appendMark(scalar.value) }
                continue
            }
            if column >= limit { break }
            if column + width > limit {
                if column >= 0 {
                    if runStart < 0 { runStart = column; repairLeftEdge(row: y, at: column) }
                    cells[row + column] = Cell(style: style)
                }
                column += 1
                break
            }
            if column >= 0 {
                if runStart < 0 { runStart = column; repairLeftEdge(row: y, at: column) }
                if width == 2 && column + 1 >= size.columns {
                    // Half a wide character does not fit at the edge: a blank, as `set` does.
                    cells[row + column] = Cell(style: style)
                } else {
                    cells[row + column] = Cell(scalar: scalar.value, width: width, style: style)
                    if width == 2 { cells[row + column + 1] = .continuation(style: style) }
                }
                lastCell = row + column
            } else {
                lastCell = -1
            }
            column += width
        }
        if runStart >= 0 { repairRightEdge(row: y, at: column) }
        return max(0, column - x)
    }

    /// A copy of the cells of row `y` in `columns` (clipped to the buffer), to draw the same
    /// again later with ``paste(_:x:y:)`` instead of drawing it anew.
    public func copyRow(_ y: Int, columns: Range<Int>) -> [Cell] {
        guard y >= 0, y < size.rows else { return [] }
        let clipped = columns.clamped(to: 0..<size.columns)
        let base = y * size.columns
        return Array(cells[(base + clipped.lowerBound)..<(base + clipped.upperBound)])
    }

    /// Puts cells copied with ``copyRow(_:columns:)`` back from (`x`, `y`), clipped, keeping
    /// double-width neighbours whole at both ends.
    public mutating func paste(_ row: [Cell], x: Int, y: Int) {
        guard y >= 0, y < size.rows, !row.isEmpty else { return }
        let start = max(0, x), end = min(size.columns, x + row.count)
        guard start < end else { return }
        repairWideCharacters(row: y, height: 1, at: start, end)
        let offset = y * size.columns + start
        cells.withUnsafeMutableBufferPointer { all in
            row.withUnsafeBufferPointer { kept in
                guard let to = all.baseAddress, let from = kept.baseAddress else { return }
                (to + offset).update(from: from + (start - x), count: end - start)
            }
        }
    }

    /// Replaces the code point of each one-column cell for which `replacement` gives one
    /// (its marks and style kept); `replacement` also sees the next cell's code point on the
    /// row (nil at its end). The ASCII theme's pass over a drawn frame.
    mutating func replaceScalars(_ replacement: (UInt32, UInt32?) -> UInt32?) {
        let columns = size.columns
        for i in cells.indices where cells[i].width == 1 && cells[i].scalar > 0x7F {
            let next = (i + 1) % columns == 0 ? nil : cells[i + 1].scalar
            if let new = replacement(cells[i].scalar, next) { cells[i].scalar = new }
        }
    }

    /// Places one cell (and its continuation when wide), keeping neighbouring
    /// double-width characters whole by blanking any half that gets overwritten.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let wide = cell.width == 2 && x + 1 < size.columns
        repairWideCharacters(row: y, height: 1, at: x, x + (wide ? 2 : 1))
        var placed = cell
        if cell.width == 2 && !wide { placed = Cell(style: cell.style) }
        let index = y * size.columns + x
        cells[index] = placed
        if wide { cells[index + 1] = .continuation(style: cell.style) }
    }

    /// Before columns `start..<end` are overwritten on rows `row..<row+height`, blanks
    /// the other half of any double-width character straddling either edge.
    mutating func repairWideCharacters(row: Int, height: Int, at start: Int, _ end: Int) {
        for y in row..<(row + height) {
            repairLeftEdge(row: y, at: start)
            repairRightEdge(row: y, at: end)
        }
    }

    /// Before column `start` of row `y` is overwritten: blanks the left half of a
    /// double-width character whose right half is there.
    private mutating func repairLeftEdge(row y: Int, at start: Int) {
        let base = y * size.columns
        if start > 0, start < size.columns, cells[base + start].isContinuation {
            cells[base + start - 1] = Cell(style: cells[base + start - 1].style)
        }
    }

    /// When cells up to column `end` (exclusive) of row `y` are overwritten: blanks the
    /// right half left over at `end`.
    private mutating func repairRightEdge(row y: Int, at end: Int) {
        let base = y * size.columns
        if end < size.columns, end > 0, cells[base + end].isContinuation {
            cells[base + end] = Cell(style: cells[base + end].style)
        }
    }

    // MARK: reading (tests, memory backend)

    /// Row `y` as it would look on screen, trailing blanks trimmed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.rows else { return "" }
        var text = ""
        let base = y * size.columns
        for x in 0..<size.columns { text += cells[base + x].grapheme }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row, trailing blanks trimmed.
    public var lines: [String] { (0..<size.rows).map(line) }

    /// Row `y` as a mask: `#` where a cell has `style`, `.` elsewhere (continuations
    /// are skipped so the mask lines up with ``line(_:)``), trailing dots trimmed.
    public func styleMask(row y: Int, matching style: Style) -> String {
        guard y >= 0, y < size.rows else { return "" }
        var mask = ""
        for x in 0..<size.columns {
            let cell = cells[y * size.columns + x]
            if cell.isContinuation { continue }
            mask += cell.style == style ? "#" : "."
        }
        while mask.last == "." { mask.removeLast() }
        return mask
    }
}
