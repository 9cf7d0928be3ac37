extension TextFieldState {
    /// Draws the field into `rect` (one row). The value scrolls horizontally so
    /// the cursor stays visible; when `look.focused`, the terminal cursor is placed.
    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook) {
        guard !rect.isEmpty else { return }
        let style = theme.style(look.role)
        buffer.fill(rect.row(0), style: style)
        let text = displayText
        let cursorIndex = mask?.displayIndex(forValueIndex: cursor) ?? cursor
        let cursorColumn = DisplayWidth.of(text.prefix(cursorIndex))
        // Keep the last column free for the cursor after the final character, and
        // scroll in half-field steps: redrawing the whole field on every keystroke
        // past the edge would multiply the bytes sent per character.
        let visible = max(1, rect.width - 1)
        let step = max(1, visible / 2)
        let overflow = cursorColumn - visible
        let offset = overflow <= 0 ? 0 : (overflow + step - 1) / step * step
        var skipped = 0
        var start = text.startIndex
        while skipped < offset, start < text.endIndex {
            skipped += DisplayWidth.of(text[start])
            start = text.index(after: start)
        }
        buffer.put(String(text[start...]), x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
        if look.focused {
            buffer.cursor = Point(x: rect.x + cursorColumn - skipped, y: rect.y)
        }
    }
}
