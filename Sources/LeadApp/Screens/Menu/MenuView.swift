import TerminalUI

/// The menu: the numbered items, and under them what start-up found wrong with the stored data.
enum MenuView {
    static func render(_ s: ScreenState, selected: Int, into buffer: inout Buffer) {
        let items = s.model.menuItems()
        let legend = MenuKeys.map(items: items.count, kiosk: s.model.kiosk).legend(in: s.language)
        let body = SmallViews.frame(s, title: s.text(MenuKeys.title), legend: legend, into: &buffer)
        for (i, item) in items.enumerated() {
            let style = i == selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 4, y: body.y + 1 + i * 2, width: min(60, body.width - 6), height: 1)
            buffer.fill(line, style: style)
            buffer.put("\(i + 1)  \(s.text(UIText.menu(item, kiosk: s.model.kiosk)))", x: line.x + 1, y: line.y, style: style,
                       maxWidth: line.width - 2)
            // The terminal cursor on the selected item: a braille display shows that line.
            if i == selected { buffer.cursor = Point(x: line.x + 1, y: line.y) }
        }
        var y = body.y + 2 + items.count * 2
        for paragraph in s.storageReport {
            for line in TextWrap.lines(s.text(paragraph), width: body.width - 4) where y < body.y + body.height {
                buffer.put(line, x: body.x + 2, y: y, style: s.theme.style(.statusError), maxWidth: body.width - 4)
                y += 1
            }
        }
    }
}
