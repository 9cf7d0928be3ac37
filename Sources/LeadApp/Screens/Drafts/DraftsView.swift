import TerminalUI

/// The drafts: when each was changed, how full it is, whose it is.
enum DraftsView {
    static func render(_ s: ScreenState, _ drafts: DraftsScreen, into buffer: inout Buffer) {
        let body = SmallViews.frame(s, title: s.text(DraftsKeys.title),
                                    legend: DraftsKeys.map(kiosk: s.model.kiosk).legend(in: s.language), into: &buffer)
        let title = drafts.drafts.isEmpty ? UIText.noDrafts : UIText.draftsTitle
        buffer.put(s.text(title), x: body.x + 1, y: body.y, style: s.theme.style(.title), maxWidth: body.width - 2)
        // The terminal cursor on the selected draft, or on the title while there is none.
        buffer.cursor = Point(x: body.x + 1, y: body.y)
        for (i, d) in drafts.drafts.enumerated() where i < body.height - 2 {
            let style = i == drafts.selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 1, y: body.y + 2 + i, width: body.width - 2, height: 1)
            buffer.fill(line, style: style)
            let who = d.title.isEmpty ? s.text(UIText.noName) : d.title
            let kind = d.editingLeadID.map { UIText.t("заявка № \($0)", "lead #\($0)") } ?? UIText.t("новая", "new")
            let text = "\(d.updated)  \(Int(d.completeness * 100))%  \(who.sanitizedForTerminal)  · \(s.text(kind)) · \(d.owner)"
            buffer.put(text, x: line.x, y: line.y, style: style, maxWidth: line.width)
            if i == drafts.selected { buffer.cursor = Point(x: line.x, y: line.y) }
        }
    }
}
