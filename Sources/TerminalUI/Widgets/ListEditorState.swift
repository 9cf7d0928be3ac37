/// A column of a ``ListEditorState``: heading, width, and the field used to edit it.
public struct ListColumn: Equatable, Sendable {
    public var title: String
    /// Columns on screen; the last column also takes any spare width.
    public var width: Int
    /// An empty field whose mask, length and class every cell of the column uses.
    public var editor: TextFieldState

    public init(title: String, width: Int, editor: TextFieldState = TextFieldState()) {
        self.title = title
        self.width = max(1, width)
        self.editor = editor
    }
}

/// A table of rows that staff insert, edit, delete and reorder: relatives, debts,
/// goods, addresses.
///
/// Browsing: ↑/↓, PgUp/PgDn, Home/End move the selection (↑ on the first row and
/// ↓ on the last leave the table); Ins adds a row after the selection; Enter or F4
/// edits the selected row; Del deletes it; Alt-↑/Alt-↓ (or Ctrl-↑/↓) move it.
/// Editing: keys go to the current cell; Tab/Enter/auto-advance go to the next cell,
/// and past the last cell the row is saved; Shift-Tab goes back; Esc abandons the
/// edit (a new row is removed again).
///
/// Rows are arrays of cell strings; screens map them to their own records.
/// Only the visible rows are drawn, so a 500-row list redraws as fast as a 1-row one.
public struct ListEditorState: Equatable, Sendable {
    /// The row being edited.
    public struct RowEdit: Equatable, Sendable {
        public let row: Int
        public let isNew: Bool
        public internal(set) var cells: [TextFieldState]
        public internal(set) var column: Int
    }

    public let columns: [ListColumn]
    public private(set) var rows: [[String]]
    public private(set) var selected: Int
    /// First row shown.
    public private(set) var top: Int
    /// Data rows shown (the table also has a heading row).
    public let visibleRows: Int
    public private(set) var editing: RowEdit?

    public init(columns: [ListColumn], rows: [[String]] = [], visibleRows: Int = 5) {
        self.columns = columns
        self.rows = rows.map { ListEditorState.normalized($0, columns: columns.count) }
        selected = 0
        top = 0
        self.visibleRows = max(1, visibleRows)
        editing = nil
    }

    /// Rows on screen including the heading.
    public var height: Int { visibleRows + 1 }

    public var isEditing: Bool { editing != nil }

    public mutating func handle(_ key: Key) -> EditOutcome {
        editing == nil ? browse(key) : edit(key)
    }

    /// While editing, the paste goes into the current cell; otherwise it is refused.
    public mutating func paste(_ text: String) -> EditOutcome {
        guard var edit = editing else { return .rejected }
        let outcome = edit.cells[edit.column].paste(text)
        editing = edit
        return outcome == .filled ? .changed : outcome
    }

    // MARK: browsing

    private mutating func browse(_ key: Key) -> EditOutcome {
        switch key {
        case .up: return selected > 0 ? select(selected - 1) : .exitBackward
        case .down: return selected < rows.count - 1 ? select(selected + 1) : .exitForward
        case .pageUp: return select(selected - visibleRows)
        case .pageDown: return select(selected + visibleRows)
        case .home: return select(0)
        case .end: return select(rows.count - 1)
        case .insert:
            insertRow(at: rows.isEmpty ? 0 : selected + 1)
            return .moved
        case .enter, .function(4):
            guard !rows.isEmpty else {
                insertRow(at: 0)
                return .moved
            }
            beginEdit(row: selected, isNew: false)
            return .moved
        case .delete:
            guard !rows.isEmpty else { return .unchanged }
            rows.remove(at: selected)
            if selected >= rows.count { selected = max(0, rows.count - 1) }
            scrollToSelection()
            return .changed
        case .alt(.up), .ctrl(.up): return moveSelectedRow(by: -1)
        case .alt(.down), .ctrl(.down): return moveSelectedRow(by: 1)
        case .tab: return .exitForward
        case .backTab: return .exitBackward
        case .character where rows.isEmpty:
            // Typing into an empty table starts its first row.
            insertRow(at: 0)
            return edit(key)
        default: return .ignored
        }
    }

    private mutating func select(_ row: Int) -> EditOutcome {
        let target = min(max(0, row), max(0, rows.count - 1))
        guard target != selected else { return .unchanged }
        selected = target
        scrollToSelection()
        return .moved
    }

    private mutating func moveSelectedRow(by delta: Int) -> EditOutcome {
        let target = selected + delta
        guard rows.indices.contains(selected), rows.indices.contains(target) else { return .unchanged }
        rows.swapAt(selected, target)
        selected = target
        scrollToSelection()
        return .changed
    }

    private mutating func insertRow(at index: Int) {
        rows.insert(Array(repeating: "", count: columns.count), at: index)
        selected = index
        scrollToSelection()
        beginEdit(row: index, isNew: true)
    }

    private mutating func beginEdit(row: Int, isNew: Bool) {
        let cells = columns.indices.map { i -> TextFieldState in
            var field = columns[i].editor
            field.value = rows[row][i]
            field.autoAdvance = true
            return field
        }
        editing = RowEdit(row: row, isNew: isNew, cells: cells, column: 0)
    }

    // MARK: editing

    private mutating func edit(_ key: Key) -> EditOutcome {
        guard var edit = editing else { return .ignored }
        switch key {
        case .escape:
            if edit.isNew {
                rows.remove(at: edit.row)
                selected = min(selected, max(0, rows.count - 1))
                scrollToSelection()
            }
            editing = nil
            return .moved
        case .tab, .enter:
            return advance(&edit)
        case .backTab:
            edit.column = max(0, edit.column - 1)
            editing = edit
            return .moved
        default:
            let outcome = edit.cells[edit.column].handle(key)
            switch outcome {
            case .filled, .exitForward:
                _ = advance(&edit)
                return outcome == .filled || edit.isNew ? .changed : .moved
            case .exitBackward:
                edit.column = max(0, edit.column - 1)
                editing = edit
                return .moved
            case .ignored:
                editing = edit
                return .unchanged
            default:
                editing = edit
                return outcome
            }
        }
    }

    /// Next cell, or save the row after the last one.
    private mutating func advance(_ edit: inout RowEdit) -> EditOutcome {
        if edit.column < columns.count - 1 {
            edit.column += 1
            editing = edit
            return .moved
        }
        rows[edit.row] = edit.cells.map(\.value)
        editing = nil
        return .changed
    }

    // MARK: scrolling

    private mutating func scrollToSelection() {
        top = ListEditorState.top(keeping: selected, visible: visibleRows, from: top, count: rows.count)
    }

    /// The first row to show so that `row` is visible, moving as little as possible from `current`.
    static func top(keeping row: Int, visible: Int, from current: Int, count: Int) -> Int {
        var top = current
        if row < top { top = row }
        if row >= top + visible { top = row - visible + 1 }
        return max(0, min(top, max(0, count - visible)))
    }

    private static func normalized(_ row: [String], columns: Int) -> [String] {
        if row.count >= columns { return Array(row.prefix(columns)) }
        return row + Array(repeating: "", count: columns - row.count)
    }
}
