import LeadRules
import TerminalUI

/// Leads waiting to be sent; the selected one's CVC can be typed again (as dots).
enum OutboxView {
    static func render(_ s: ScreenState, _ outbox: OutboxScreen, into buffer: inout Buffer) {
        let status: StatusLine? = outbox.message.map { StatusLine(s.text($0)) }
        let legend = OutboxKeys.map(outbox, kiosk: s.model.kiosk).legend(in: s.language)
        let body = SmallViews.frame(s, title: s.text(OutboxKeys.title), legend: legend, status: status, into: &buffer)
        if outbox.rows.isEmpty {
            buffer.put(s.text(UIText.t("Очередь пуста: все заявки отправлены", "The outbox is empty: every lead has been sent")),
                       x: body.x + 1, y: body.y + 1, style: s.theme.style(.label), maxWidth: body.width - 2)
            buffer.cursor = nil
            return
        }
        let header = UIText.t("№       Клиент                         Попыток  CVC       Последняя ошибка",
                              "No.     Client                         Tries    CVC       Last error")
        buffer.put(s.text(header), x: body.x + 1, y: body.y, style: s.theme.style(.title), maxWidth: body.width - 2)
        let room = max(0, body.height - 4)
        for (i, row) in outbox.rows.enumerated() where i < room {
            let style = i == outbox.selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 1, y: body.y + 1 + i, width: body.width - 2, height: 1)
            buffer.fill(line, style: style)
            let who = row.title.isEmpty ? s.text(UIText.noName) : row.title.sanitizedForTerminal
            let edit = row.editingLeadID.map { s.text(UIText.t(" · заявка № \($0)", " · lead #\($0)")) } ?? ""
            let cvc = row.needsCvc ? s.text(UIText.t("нужен", "needed")) : "—"
            let text = String(row.id).padding(toLength: 8, withPad: " ", startingAt: 0)
                + (who + edit).padding(toLength: 31, withPad: " ", startingAt: 0)
                + String(row.attempts).padding(toLength: 9, withPad: " ", startingAt: 0)
                + cvc.padding(toLength: 10, withPad: " ", startingAt: 0)
                + (row.lastError ?? "").sanitizedForTerminal
            buffer.put(text, x: line.x, y: line.y, style: style, maxWidth: line.width)
        }
        buffer.cursor = nil
        if let input = outbox.cvcInput, let row = outbox.selectedRow {
            let y = body.y + body.height - 2
            let used = buffer.put(s.text(UIText.t("CVC для заявки \(row.id):", "CVC for entry \(row.id):")), x: body.x + 1, y: y,
                                  style: s.theme.style(.label))
            input.render(into: &buffer, at: Rect(x: body.x + used + 2, y: y, width: 6, height: 1),
                         theme: s.theme, focused: true, hidden: true)
        }
    }
}
