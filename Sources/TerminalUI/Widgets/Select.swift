extension SelectState {
    /// Draws the closed field: the chosen label, or while open the filter being typed.
    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook) {
        guard !rect.isEmpty else { return }
        let style = theme.style(look.role)
        buffer.fill(rect.row(0), style: style)
        let arrowWidth = rect.width > 4 ? 2 : 0
        if isOpen {
            let shown = buffer.put(filter, x: rect.x, y: rect.y, style: style, maxWidth: rect.width - arrowWidth)
            if look.focused { buffer.cursor = Point(x: rect.x + shown, y: rect.y) }
        } else {
            buffer.put(selected?.label ?? "", x: rect.x, y: rect.y, style: style, maxWidth: rect.width - arrowWidth)
            if look.focused { buffer.cursor = Point(x: rect.x, y: rect.y) }
        }
        if arrowWidth > 0 { buffer.put("▾", x: rect.maxX - 1, y: rect.y, style: style, sanitize: false) }
    }

    /// Draws the open dropdown under `field` (above it when there is no room below),
    /// inside `screen`. Does nothing while closed. Draw it after everything else so
    /// it lies on top. `text` gives the words for an empty match list.
    public func renderPopup(
        into buffer: inout Buffer, below field: Rect, within screen: Rect, theme: Theme, text: WidgetText = .russian
    ) {
        guard isOpen else { return }
        let rows = max(1, min(popupRows, matches.count))
        let height = rows + 2
        let labelWidth = options.reduce(12) { max($0, DisplayWidth.of($1.label)) }
        let width = min(max(field.width, labelWidth + 2), screen.width)
        let x = max(screen.x, min(field.x, screen.maxX - width))
        let fitsBelow = field.maxY + height <= screen.maxY
        let y = fitsBelow ? field.maxY : max(screen.y, field.y - height)
        let box = Rect(x: x, y: y, width: width, height: min(height, screen.height))
        Frame.draw(into: &buffer, box, theme: theme, title: nil)
        let inner = box.inset(dx: 1, dy: 1)
        if matches.isEmpty {
            buffer.put(text.noMatches, x: inner.x, y: inner.y, style: theme.style(.disabled), maxWidth: inner.width)
            return
        }
        for row in 0..<min(rows, inner.height) {
            let position = popupTop + row
            guard position < matches.count else { break }
            let style = theme.style(position == highlighted ? .selection : .text)
            buffer.fill(inner.row(row), style: style)
            buffer.put(options[matches[position]].label, x: inner.x, y: inner.y + row, style: style, maxWidth: inner.width)
            // The terminal cursor on the highlighted option: a braille display shows that one.
            if position == highlighted { buffer.cursor = Point(x: inner.x, y: inner.y + row) }
        }
        if matches.count > rows {
            let counter = " \(highlighted + 1)/\(matches.count) "
            buffer.put(counter, x: box.maxX - 1 - DisplayWidth.of(counter), y: box.maxY - 1, style: theme.style(.border), sanitize: false)
        }
    }
}
