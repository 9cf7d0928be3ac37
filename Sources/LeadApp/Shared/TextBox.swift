import TerminalUI

/// A bordered box of wrapped text over a screen's body: the review, the result, a lead's
/// status, the client card and F1's help.
enum TextBox {
    /// A bordered box of wrapped lines; `selected` highlights one line (the problem list).
    /// `marks`: when the text runs past the box, the words on the bottom border that say so
    /// (`▼ PgDn`), and `▲` on the top border once it is scrolled.
    static func render(title: String, lines: [String], selected: Int?, scroll: Int, theme: Theme,
                       into buffer: inout Buffer, at body: Rect, marks: String? = nil) {
        let rect = frame(of: body)
        guard rect.width > 4, rect.height > 2 else { return }
        // The rows the box covers, margins included: what showed at its sides (the first
        // letter of a section's name) would read as stray letters beside the box.
        buffer.fill(Rect(x: body.x, y: rect.y, width: body.width, height: rect.height), style: theme.style(.text))
        let border = theme.style(.border)
        buffer.put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", x: rect.x, y: rect.y, style: border, sanitize: false)
        buffer.put("└" + String(repeating: "─", count: rect.width - 2) + "┘", x: rect.x, y: rect.maxY - 1, style: border, sanitize: false)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put("│", x: rect.x, y: y, style: border, sanitize: false)
            buffer.put("│", x: rect.maxX - 1, y: y, style: border, sanitize: false)
        }
        if !title.isEmpty { buffer.put(" \(title) ", x: rect.x + 2, y: rect.y, style: theme.style(.title), maxWidth: rect.width - 4) }
        let inner = text(of: rect)
        var wrapped: [(String, Int)] = []
        for (i, line) in lines.enumerated() {
            for part in TextWrap.lines(line, width: inner.width) { wrapped.append((part, i)) }
        }
        var top = min(scroll, max(0, wrapped.count - inner.height))
        if let selected, let first = wrapped.firstIndex(where: { $0.1 == selected }) {
            if first < top { top = first }
            if first >= top + inner.height { top = first - inner.height + 1 }
        }
        if let marks {
            if top + inner.height < wrapped.count {
                let text = " \(marks) "
                buffer.put(text, x: rect.maxX - 2 - DisplayWidth.of(text), y: rect.maxY - 1, style: border, sanitize: false)
            }
            if top > 0 { buffer.put(" ▲ ", x: rect.maxX - 5, y: rect.y, style: border, sanitize: false) }
        }
        // The terminal cursor stands at the box's first line, or the selected one's: a braille
        // display follows the cursor, so it shows what the box says, not the form under it.
        buffer.cursor = Point(x: inner.x, y: inner.y)
        var cursorOnSelection = false
        for (row, item) in wrapped.dropFirst(top).prefix(inner.height).enumerated() {
            let style = item.1 == selected ? theme.style(.selection) : theme.style(.text)
            let line = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            if item.1 == selected {
                buffer.fill(line, style: style)
                if !cursorOnSelection { buffer.cursor = Point(x: inner.x, y: line.y) }
                cursorOnSelection = true
            }
            buffer.put(item.0, x: inner.x, y: line.y, style: style, maxWidth: inner.width)
        }
    }

    /// The box over a screen's body, border included.
    static func frame(of body: Rect) -> Rect { body.inset(dx: 3, dy: 1) }

    /// Where a box's lines go inside its border.
    static func text(of frame: Rect) -> Rect {
        Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
    }

    /// The lines' area of a box over a screen's body at a terminal size: what a key that
    /// scrolls the box needs to know (`ReviewSummary.lastTop`).
    static func textArea(at size: Size) -> Size {
        let body = ScreenLayout(Rect(x: 0, y: 0, width: size.columns, height: size.rows)).body
        let inner = text(of: frame(of: body))
        return Size(columns: max(0, inner.width), rows: max(0, inner.height))
    }
}
