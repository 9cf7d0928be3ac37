/// The standard screen: a title row, the body, a status line and the key legend.
public struct ScreenLayout: Equatable, Sendable {
    public var title: Rect
    public var body: Rect
    public var status: Rect
    public var legend: Rect

    /// `statusHeight`: the rows the message line needs (a long message wraps); the body
    /// gives them up from its bottom.
    public init(_ area: Rect, statusHeight: Int = 1) {
        let extra = max(0, min(statusHeight, StatusLine.maxLines) - 1)
        title = area.row(0)
        legend = area.row(area.height - 1)
        status = Rect(x: area.x, y: area.y + area.height - 2 - extra, width: area.width, height: 1 + extra)
        body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 4 - extra)
    }

    /// The layout that leaves room for `status` in full.
    public init(_ area: Rect, status: StatusLine) {
        self.init(area, statusHeight: status.height(width: area.width))
    }

    /// Draws the title row: `title` on the left, `detail` (theme name, record id) on the right.
    public static func renderTitle(_ title: String, detail: String = "", into buffer: inout Buffer, at rect: Rect, theme: Theme) {
        buffer.fill(rect, style: theme.style(.text))
        let detailWidth = DisplayWidth.of(detail)
        buffer.put(title, x: rect.x + 1, y: rect.y, style: theme.style(.title), maxWidth: rect.width - detailWidth - 3)
        buffer.put(detail, x: rect.maxX - detailWidth - 1, y: rect.y, style: theme.style(.label))
        let rule = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1)
        buffer.fill(rule, scalar: "─", style: theme.style(.border))
    }
}

/// Shown instead of the screen when the terminal is smaller than a layout needs:
/// a clear message in `text`'s language, never overlapping text.
public enum EnlargeNotice {
    public static func render(
        into buffer: inout Buffer, current: Size, required: Size, theme: Theme, text: WidgetText = .russian
    ) {
        let area = buffer.area
        buffer.fill(area, style: theme.style(.text))
        let lines = text.enlarge + [text.enlargeSizes(required: required, current: current)]
        let top = max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let width = min(DisplayWidth.of(line), area.width)
            let role: ThemeRole = i == 0 ? .title : .text
            buffer.put(line, x: max(0, (area.width - width) / 2), y: top + i, style: theme.style(role), maxWidth: area.width, sanitize: false)
        }
        // The cursor stays visible, at the notice's first line (where a braille display shows it).
        if let first = lines.first {
            let width = min(DisplayWidth.of(first), area.width)
            buffer.cursor = Point(x: max(0, (area.width - width) / 2), y: min(top, max(0, area.height - 1)))
        }
    }
}
