import TerminalUI

/// F1's box over whatever screen is up: the whole text, scrolled with ↑↓, PgUp/PgDn,
/// Home/End; any other key closes it.
public struct HelpOverlay: Hashable, Sendable {
    public let title: String
    public let body: String
    /// The first wrapped line shown.
    public var scroll = 0

    public init(title: String, body: String) {
        self.title = title
        self.body = body
    }

    /// The text area inside the box's border on a screen of `size` (as `TextBox` draws it).
    public static func textArea(on size: Size) -> Size { TextBox.textArea(at: size) }

    /// The body as the box shows it, for a box `width` columns wide inside its border.
    public func lines(width: Int) -> [String] {
        body.components(separatedBy: "\n").flatMap { TextWrap.lines($0, width: width) }
    }

    /// A scrolling key moves the text and returns true; any other key is not the box's.
    mutating func scroll(with key: Key, box: Size) -> Bool {
        let page = max(1, box.rows - 1)
        let last = max(0, lines(width: box.columns).count - box.rows)
        switch key {
        case .down: scroll += 1
        case .up: scroll -= 1
        case .pageDown: scroll += page
        case .pageUp: scroll -= page
        case .home: scroll = 0
        case .end: scroll = last
        default: return false
        }
        scroll = max(0, min(scroll, last))
        return true
    }
}
