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
        // Keep the last column free for the cursor after the final character.
        let offset = max(0, cursorColumn - (rect.width - 1))
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
