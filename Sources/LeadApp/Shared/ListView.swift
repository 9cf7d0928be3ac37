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
        let names = columns.map { s.text(columnName(list, $0)) }
        let widths = columnWidths(names, room: width - 4)
        buffer.put("\(title) (\(count))", x: x, y: y, style: theme.style(focused ? .focusedField : .title), maxWidth: width)
        if focused { buffer.cursor = Point(x: x, y: y) }
        guard count > 0 else {
            buffer.put(s.text(UIText.noRows), x: x + 2, y: y + 1, style: theme.style(.disabled), maxWidth: width - 2)
            return
        }
        // The column names over their columns, each whole (`LabelFitTests`).
        for (c, name) in names.enumerated() {
            buffer.put(name, x: x + 4 + widths.prefix(c).reduce(0, +), y: y + 1, style: theme.style(.label),
                       maxWidth: widths[c] - 1)
        }
        let selected = min(entry.form.selectedRow[list] ?? 0, count - 1)
        let first = max(0, min(selected - visibleRows / 2, count - visibleRows))
        for row in first..<min(count, first + visibleRows) {
            let lineY = y + 2 + row - first
            let isSelected = row == selected
            let style = isSelected ? theme.style(focused ? .selection : .label) : theme.style(.text)
            buffer.fill(Rect(x: x, y: lineY, width: width, height: 1), style: style)
            buffer.put(String(row + 1).leftPadded(to: 3) + " ", x: x, y: lineY, style: style, maxWidth: 4)
            // A focused list's cursor is on its selected row, at the first column's value.
            if focused, isSelected { buffer.cursor = Point(x: x + 4, y: lineY) }
            for (c, column) in columns.enumerated() {
                let path = FieldPath(list.components + [.index(row)] + column.components)
                // A code by its name (Жена, not 102141), a value as the form shows it.
                let text = ReviewSummary.shown(path, EntryScreen.displayForReview(path, entry.form.text(path)), s.context) ?? ""
                buffer.put(text, x: x + 4 + widths.prefix(c).reduce(0, +), y: lineY, style: style, maxWidth: widths[c] - 1)
            }
        }
    }
}

extension ListView {
    /// The lines a list's table takes: its title, then the column names and up to five
    /// rows, or the "no rows" line.
    static func height(rows: Int) -> Int { rows > 0 ? 2 + min(rows, visibleRows) : 2 }

    /// A column's name as its field's label (`Степень родства`, `Имя атрибута`).
    static func columnName(_ list: FieldPath, _ column: FieldPath) -> LocalizedText {
        if column.leafKey == MapRow.keyField || column.leafKey == MapRow.valueField {
            return EntryView.label(for: list.appending(index: 0).appending(column.leafKey ?? ""))
        }
        return FieldNames.label(for: FieldPath(list.pattern.components + [.anyIndex] + column.components))
    }

    /// Each column gets its name's width and a space, and what is left is shared out
    /// equally; when the names do not fit together, the columns are equal.
    static func columnWidths(_ names: [String], room: Int) -> [Int] {
        guard !names.isEmpty else { return [] }
        let needed = names.map { DisplayWidth.of($0) + 1 }
        let spare = room - needed.reduce(0, +)
        guard spare >= 0 else { return Array(repeating: max(6, room / names.count), count: names.count) }
        return needed.map { $0 + spare / names.count }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
