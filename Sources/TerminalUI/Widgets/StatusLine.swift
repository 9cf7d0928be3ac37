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

    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme) {
        let style = theme.style(kind == .error ? .statusError : .status)
        buffer.fill(rect.row(0), style: style)
        buffer.put(" " + message, x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
    }
}

/// The function-key legend: `F2 Сохранить  F10 Выход`. Items that do not fit
/// are left out from the end, so put the most important first.
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
        for item in items {
            let needed = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label) + 1
            guard x + needed <= rect.maxX else { break }
            x += buffer.put(item.key, x: x, y: rect.y, style: keyStyle)
            x += buffer.put(" " + item.label + " ", x: x, y: rect.y, style: style)
        }
    }
}
