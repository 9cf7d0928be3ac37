import LeadModel
import LeadRules
import TerminalUI

/// A list's table (relatives, debts, goods, addresses, extra fields, attributes): a heading
/// row and up to five rows around the selected one. Drawing costs the same whatever the
/// number of rows, so a list of 500 goods redraws as fast as a list of one.
enum ListView {
    static let visibleRows = 5

    static func render(_ list: FieldPath, _ spec: ListSpec, depth: Int, _ s: ScreenState, _ entry: EntryScreen,
                       y: Int, rect: Rect, into buffer: inout Buffer) {
        let theme = s.theme
        let focused = entry.form.focus == list
        let x = rect.x + depth * 2 + 1
        let width = rect.maxX - x - 1
        let title = s.text(FieldNames.label(for: list.pattern))
        let count = entry.form.rowCount(list)
        let columns: [FieldPath] = spec.isMap ? [FieldPath([.key(MapRow.keyField)]), FieldPath([.key(MapRow.valueField)])] : spec.columns
        let columnWidth = max(6, (width - 4) / max(1, columns.count))
        var header = "\(title) (\(count))"
        if !spec.isMap {
            header += ": " + columns.map { s.text(FieldNames.label(for: FieldPath(list.pattern.components + [.anyIndex] + $0.components))) }
                .joined(separator: " · ")
        }
        buffer.put(header, x: x, y: y, style: theme.style(focused ? .focusedField : .title), maxWidth: width)
        if focused { buffer.cursor = Point(x: x, y: y) }
        guard count > 0 else {
            buffer.put(s.text(UIText.noRows), x: x + 2, y: y + 1, style: theme.style(.disabled), maxWidth: width - 2)
            return
        }
        let selected = min(entry.form.selectedRow[list] ?? 0, count - 1)
        let first = max(0, min(selected - visibleRows / 2, count - visibleRows))
        for row in first..<min(count, first + visibleRows) {
            let lineY = y + 1 + row - first
            let isSelected = row == selected
            let style = isSelected ? theme.style(focused ? .selection : .label) : theme.style(.text)
            buffer.fill(Rect(x: x, y: lineY, width: width, height: 1), style: style)
            buffer.put(String(row + 1).leftPadded(to: 3) + " ", x: x, y: lineY, style: style, maxWidth: 4)
            for (c, column) in columns.enumerated() {
                let path = FieldPath(list.components + [.index(row)] + column.components)
                let text = EntryScreen.displayForReview(path, entry.form.text(path))
                buffer.put(text, x: x + 4 + c * columnWidth, y: lineY, style: style, maxWidth: columnWidth - 1)
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
