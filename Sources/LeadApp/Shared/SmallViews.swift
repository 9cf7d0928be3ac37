import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// What the small screens share: the frame (title, message line, legend), result tables,
/// and the F1 help box.
enum SmallViews {
    static func frame(_ s: ScreenState, title: String, legend: Legend, status: StatusLine? = nil,
                      into buffer: inout Buffer) -> Rect {
        let status = status ?? ChromeView.status(for: s, entry: nil)
        let layout = ScreenLayout(buffer.area, status: status)
        ScreenLayout.renderTitle("leadterm · \(title)", detail: ChromeView.outboxDetail(s), into: &buffer,
                                 at: layout.title, theme: s.theme)
        status.render(into: &buffer, at: layout.status, theme: s.theme)
        legend.render(into: &buffer, at: layout.legend, theme: s.theme)
        // Until the body puts it on what has focus, the cursor is on the message line: a
        // screen waiting for an answer (a login, a search) says so there.
        buffer.cursor = Point(x: layout.status.x + 1, y: layout.status.y)
        return layout.body
    }

    /// The rows of a result table under its header (from the body's fourth line), the selected
    /// one highlighted, as many as fit: one search page.
    /// The terminal cursor stands on the selected row (on the header while there is none).
    static func tableRows(_ s: ScreenState, count: Int, selected: Int, body: Rect, into buffer: inout Buffer,
                          row: (Int) -> String) {
        buffer.cursor = Point(x: body.x + 1, y: body.y + 2)
        for i in 0..<min(count, max(0, body.height - 4)) {
            let style = i == selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 1, y: body.y + 3 + i, width: body.width - 2, height: 1)
            buffer.fill(line, style: style)
            buffer.put(row(i), x: line.x, y: line.y, style: style, maxWidth: line.width)
            if i == selected { buffer.cursor = Point(x: line.x, y: line.y) }
        }
    }

    /// A table cell from server text: cleaned first (a control character dropped after padding
    /// would pull every later column left), cut to leave one blank column, padded to `width`.
    static func column(_ text: String, width: Int) -> String {
        var out = ""
        var used = 0
        for character in text.sanitizedForTerminal {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + String(repeating: " ", count: width - used)
    }

    /// A mobile phone as people read it: `+7 916 123-45-67`; other lengths as digits.
    static func phone(_ digits: String?) -> String {
        guard let digits = digits?.sanitizedForTerminal, !digits.isEmpty else { return "" }
        let d = Array(digits)
        guard d.count == 11, d.allSatisfy(\.isNumber) else { return digits }
        func part(_ r: Range<Int>) -> String { String(d[r]) }
        return "+\(part(0..<1)) \(part(1..<4)) \(part(4..<7))-\(part(7..<9))-\(part(9..<11))"
    }

    /// Page figures for a list: `стр. 2 · 18–34`.
    static func pageLabel(_ s: ScreenState, _ page: SearchPage?, count: Int) -> String {
        guard let page, count > 0 else { return "" }
        let n = page.from / max(1, page.size) + 1
        return s.text(UIText.t("стр. \(n) · \(page.from + 1)–\(page.from + count)", "page \(n) · \(page.from + 1)–\(page.from + count)"))
    }

    /// F1: what the focused field means, its format and an example.
    static func help(_ s: ScreenState, into buffer: inout Buffer) {
        guard let help = s.model.help else { return }
        let body = ScreenLayout(buffer.area).body
        TextBox.render(title: help.title, lines: help.body.components(separatedBy: "\n"), selected: nil,
                       scroll: help.scroll, theme: s.theme, into: &buffer, at: body, marks: s.text(UIText.helpMore))
    }
}
