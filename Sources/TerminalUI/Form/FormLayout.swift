/// Where the rows of a form go: line offsets and scrolling.
enum FormLayout {
    /// The line each row starts on; a section heading after other rows gets a blank line before it.
    static func offsets(of rows: [FormRow]) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(rows.count)
        var line = 0
        for (i, row) in rows.enumerated() {
            if case .section = row, i > 0 { line += 1 }
            offsets.append(line)
            line += row.height
        }
        return offsets
    }

    static func totalHeight(of rows: [FormRow], offsets: [Int]) -> Int {
        guard let last = rows.last, let lastOffset = offsets.last else { return 0 }
        return lastOffset + last.height
    }

    /// The smallest move from `current` that shows the focused row whole; the
    /// heading just above it comes along when there is room.
    static func scrollTop(for rows: [FormRow], offsets: [Int], focus: Int, current: Int, height: Int) -> Int {
        guard rows.indices.contains(focus) else { return 0 }
        let total = totalHeight(of: rows, offsets: offsets)
        var top = min(current, max(0, total - height))
        var start = offsets[focus]
        let end = start + rows[focus].height
        if focus > 0, case .section = rows[focus - 1], end - offsets[focus - 1] <= height {
            start = offsets[focus - 1]
        }
        if start < top { top = start }
        if end > top + height { top = end - height }
        return max(0, top)
    }
}

extension FormState {
    /// Draws the visible part of the form into `rect`: labels in a fixed column,
    /// fields beside them, an open dropdown on top, ▲/▼ when more is above/below.
    /// `text` gives the words widgets draw themselves (an empty list or dropdown).
    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, text: WidgetText = .russian) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme.style(.text))
        let labelColumn = min(labelWidth, rect.width * 2 / 5)
        let fieldX = rect.x + labelColumn + 2
        let fieldRoom = max(1, rect.maxX - fieldX - 1)
        let offsets = lineOffsets
        let top = FormLayout.scrollTop(for: rows, offsets: offsets, focus: focus, current: scrollTop, height: rect.height)
        var popup: (SelectState, Rect)?
        // Start at the first row in view: rows above it are never touched, so the
        // cost of a frame follows the screen's size, not the form's length.
        var first = 0
        while first < rows.count, offsets[first] + rows[first].height <= top { first += 1 }
        for i in first..<rows.count {
            let y = rect.y + offsets[i] - top
            if y >= rect.maxY { break }
            switch rows[i] {
            case .section(let title):
                buffer.put(title, x: rect.x, y: y, style: theme.style(.title), maxWidth: rect.width)
            case .field(let field):
                let look = FieldLook(focused: i == focus, hasError: field.error != nil, enabled: field.isEnabled)
                renderLabel(field, x: rect.x, y: y, width: labelColumn, into: &buffer, theme: theme)
                let height = min(field.state.height, rect.maxY - y)
                let area = Rect(x: fieldX, y: y, width: field.state.width(available: fieldRoom), height: height)
                field.state.render(into: &buffer, at: area, theme: theme, look: look, text: text)
                if i == focus, case .select(let select) = field.state, select.isOpen { popup = (select, area) }
            }
        }
        if top > 0 { buffer.put("▲", x: rect.maxX - 1, y: rect.y, style: theme.style(.border), sanitize: false) }
        if top + rect.height < FormLayout.totalHeight(of: rows, offsets: offsets) {
            buffer.put("▼", x: rect.maxX - 1, y: rect.maxY - 1, style: theme.style(.border), sanitize: false)
        }
        if let (select, area) = popup {
            select.renderPopup(into: &buffer, below: area.row(0), within: rect, theme: theme, text: text)
        }
    }

    private func renderLabel(_ field: FormField, x: Int, y: Int, width: Int, into buffer: inout Buffer, theme: Theme) {
        let role: ThemeRole = field.isEnabled ? .label : .disabled
        let room = width - (field.isRequired ? 1 : 0)
        let used = buffer.put(field.label, x: x, y: y, style: theme.style(role), maxWidth: room)
        if field.isRequired {
            buffer.put("*", x: x + used, y: y, style: theme.style(.requiredMarker), sanitize: false)
        }
    }
}
