extension ListEditorState {
    /// Draws the heading and the visible rows into `rect` (``height`` rows tall).
    /// Cost depends on the rows shown, never on how many rows the list holds.
    /// `text` gives the words for an empty list.
    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook, text: WidgetText = .russian) {
        guard !rect.isEmpty else { return }
        let frames = columnFrames(in: rect)
        let heading = theme.style(.label).adding(.underline)
        buffer.fill(rect.row(0), style: heading)
        for (column, frame) in zip(columns, frames) {
            buffer.put(column.title, x: frame.x, y: rect.y, style: heading, maxWidth: frame.width)
        }
        if rows.count > visibleRows {
            let counter = "\(selected + 1)/\(rows.count)"
            buffer.put(counter, x: rect.maxX - DisplayWidth.of(counter), y: rect.y, style: heading, sanitize: false)
        }
        let shownRows = min(visibleRows, rect.height - 1)
        guard shownRows > 0 else { return }
        if rows.isEmpty {
            let hint = look.focused ? text.emptyListAddHint : text.emptyList
            buffer.fill(rect.row(1), style: theme.style(.field))
            buffer.put(hint, x: rect.x, y: rect.y + 1, style: theme.style(.disabled), maxWidth: rect.width)
            if look.focused { buffer.cursor = Point(x: rect.x, y: rect.y + 1) }
            return
        }
        let first = ListEditorState.top(keeping: selected, visible: shownRows, from: top, count: rows.count)
        for line in 0..<shownRows {
            let index = first + line
            let y = rect.y + 1 + line
            guard index < rows.count else {
                buffer.fill(rect.row(1 + line), style: theme.style(.text))
                continue
            }
            if let editing, editing.row == index {
                buffer.fill(rect.row(1 + line), style: theme.style(.field))
                renderEditedRow(editing, frames: frames, y: y, into: &buffer, theme: theme, focused: look.focused)
                continue
            }
            let isSelected = index == selected && look.focused
            let style = theme.style(isSelected ? .selection : look.enabled ? .field : .disabled)
            buffer.fill(rect.row(1 + line), style: style)
            for (i, frame) in frames.enumerated() {
                let cell = rows[index][i]
                let shown = cell.isEmpty ? "" : columns[i].editor.mask?.format(Array(cell)) ?? cell
                buffer.put(shown, x: frame.x, y: y, style: style, maxWidth: frame.width)
            }
            if isSelected { buffer.cursor = Point(x: rect.x, y: y) }
        }
    }

    private func renderEditedRow(
        _ editing: RowEdit, frames: [Rect], y: Int, into buffer: inout Buffer, theme: Theme, focused: Bool
    ) {
        for (i, frame) in frames.enumerated() {
            let cellRect = Rect(x: frame.x, y: y, width: frame.width, height: 1)
            let look = FieldLook(focused: focused && i == editing.column)
            editing.cells[i].render(into: &buffer, at: cellRect, theme: theme, look: look)
        }
    }

    /// Column rectangles on the heading row, one space apart; the last takes the rest.
    func columnFrames(in rect: Rect) -> [Rect] {
        var x = rect.x
        var frames: [Rect] = []
        for (i, column) in columns.enumerated() {
            let isLast = i == columns.count - 1
            let width = isLast ? rect.maxX - x : min(column.width, rect.maxX - x)
            frames.append(Rect(x: x, y: rect.y, width: max(0, width), height: 1))
            x += width + 1
        }
        return frames
    }
}
