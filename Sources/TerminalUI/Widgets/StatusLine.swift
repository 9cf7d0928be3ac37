/// The one-line message area: what just happened, or what is wrong.
public struct StatusLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, error }

    public var message: String
    public var kind: Kind

    public init(_ message: String = "", kind: Kind = .info) {
        self.message = message
        self.kind = kind
    }

    public static func error(_ message: String) -> StatusLine { StatusLine(message, kind: .error) }

    /// The most lines a message takes above the legend: a long one wraps rather than being
    /// cut at the screen's edge (`MessageFitTests` keeps every message within them at 80×24).
    public static let maxLines = 3

    /// The message broken into lines for a row `width` wide (one column of margin).
    public func lines(width: Int) -> [String] {
        let wrapped = TextWrap.lines(message, width: max(1, width - 1))
        return wrapped.isEmpty ? [""] : wrapped
    }

    /// How many rows the message needs, from 1 to `maxLines`.
    public func height(width: Int) -> Int { min(Self.maxLines, lines(width: width).count) }

    /// Draws the message in `rect` (of `height(width:)` rows), one wrapped line a row; a
    /// message longer still ends its last row with `…`, never silently.
    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme) {
        let style = theme.style(kind == .error ? .statusError : .status)
        let all = lines(width: rect.width)
        let room = max(1, rect.height)
        for (i, line) in all.prefix(room).enumerated() {
            let cut = i == room - 1 && all.count > room
            let text = cut ? String(line.prefix(max(0, rect.width - 3))) + "…" : line
            buffer.fill(rect.row(i), style: style)
            buffer.put(" " + text, x: rect.x, y: rect.y + i, style: style, maxWidth: rect.width)
        }
    }
}

/// The function-key legend: `F2 Сохранить  F10 Выход`. Items that do not fit are left
/// out before the last one, which always stays (it is the way back: `Esc Меню`), so put the
/// most important first; F1 lists every key.
public struct Legend: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var key: String
        public var label: String
        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
        public init(_ key: Key, _ label: String) { self.init(key.displayName, label) }
    }

    public var items: [Item]
    public init(_ items: [Item]) { self.items = items }

    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme) {
        let style = theme.style(.legend)
        let keyStyle = theme.style(.legendKey)
        buffer.fill(rect.row(0), style: style)
        var x = rect.x
        for item in shown(width: rect.width) {
            x += buffer.put(item.key, x: x, y: rect.y, style: keyStyle)
            x += buffer.put(" " + item.label + " ", x: x, y: rect.y, style: style)
        }
    }

    /// The items that fit in `width` columns: from the start, and the last one always.
    public func shown(width: Int) -> [Item] {
        func needed(_ item: Item) -> Int { DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label) + 1 }
        guard let last = items.last else { return [] }
        if items.map(needed).reduce(0, +) <= width { return items }
        var room = width - needed(last)
        var out: [Item] = []
        for item in items.dropLast() {
            guard needed(item) <= room else { break }
            room -= needed(item)
            out.append(item)
        }
        return needed(last) <= width ? out + [last] : out
    }
}
