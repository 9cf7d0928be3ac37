/// Box drawing for an open dropdown.
public enum Frame {
    /// Fills `rect` with the text background and draws a single-line border, with
    /// an optional title set into the top edge.
    public static func draw(into buffer: inout Buffer, _ rect: Rect, theme: Theme, title: String?, borderRole: ThemeRole = .border) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = theme.style(borderRole)
        buffer.fill(rect, style: theme.style(.text))
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: border, sanitize: false)
        buffer.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: border, sanitize: false)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put("│", x: rect.x, y: y, style: border, sanitize: false)
            buffer.put("│", x: rect.maxX - 1, y: y, style: border, sanitize: false)
        }
        if let title, rect.width > 6 {
            buffer.put(" \(title) ", x: rect.x + 2, y: rect.y, style: theme.style(.title), maxWidth: rect.width - 4)
        }
    }
}
