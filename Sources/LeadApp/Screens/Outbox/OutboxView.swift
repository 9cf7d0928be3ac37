import LeadRules
import TerminalUI

/// Leads waiting to be sent, by their place in the queue (the outbox's own ids are never
/// shown: "№" on these screens is a lead's number in the core), the selected one's CVC typed
/// again (as dots), and below them the last leads the core took, with their numbers.
enum OutboxView {
    static func render(_ s: ScreenState, _ outbox: OutboxScreen, into buffer: inout Buffer) {
        // The selected lead's last error in full, words then detail, when nothing else is said.
        let status: StatusLine? = outbox.message.map { StatusLine(s.text($0)) }
            ?? outbox.selectedRow?.lastError.map { StatusLine(s.text(OutboxErrorWords.full($0)).sanitizedForTerminal, kind: .error) }
        let legend = OutboxKeys.map(outbox, kiosk: s.model.kiosk).legend(in: s.language)
        let body = SmallViews.frame(s, title: s.text(OutboxKeys.title), legend: legend, status: status, into: &buffer)
        let below: Int
        // The terminal cursor on the selected lead (or the empty outbox's line); the CVC
        // prompt, when up, takes it.
        buffer.cursor = Point(x: body.x + 1, y: body.y + 1)
        if outbox.rows.isEmpty {
            buffer.put(s.text(UIText.t("Очередь пуста: все заявки отправлены", "The outbox is empty: every lead has been sent")),
                       x: body.x + 1, y: body.y + 1, style: s.theme.style(.label), maxWidth: body.width - 2)
            below = body.y + 3
        } else {
            below = waiting(s, outbox, in: body, into: &buffer)
        }
        sent(s, outbox.sent, from: below, in: body, into: &buffer)
        cvcPrompt(s, outbox, in: body, into: &buffer)
    }

    /// The waiting leads; returns the first line below them (after a blank one).
    private static func waiting(_ s: ScreenState, _ outbox: OutboxScreen, in body: Rect, into buffer: inout Buffer) -> Int {
        let header = UIText.t("Место  Клиент                                  Попыток CVC    Последняя ошибка",
                              "Place  Client                                  Tries   CVC    Last error")
        buffer.put(s.text(header), x: body.x + 1, y: body.y, style: s.theme.style(.title), maxWidth: body.width - 2)
        let room = max(0, body.height - 4)
        for (i, row) in outbox.rows.enumerated() where i < room {
            let style = i == outbox.selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 1, y: body.y + 1 + i, width: body.width - 2, height: 1)
            buffer.fill(line, style: style)
            let edit = row.editingLeadID.map { s.text(UIText.outboxEditing($0)) } ?? ""
            let cvc = row.needsCvc ? s.text(UIText.t("нужен", "needed")) : "—"
            // The edited lead's number is kept whole: the name gives way to it.
            let name = String(name(s, row).prefix(max(0, 39 - edit.count)))
            let text = String(i + 1).padding(toLength: 7, withPad: " ", startingAt: 0)
                + (name + edit).padding(toLength: 40, withPad: " ", startingAt: 0)
                + String(row.attempts).padding(toLength: 8, withPad: " ", startingAt: 0)
                + cvc.padding(toLength: 7, withPad: " ", startingAt: 0)
                + (row.lastError.map { s.text(OutboxErrorWords.short($0)) } ?? "").sanitizedForTerminal
            buffer.put(text, x: line.x, y: line.y, style: style, maxWidth: line.width)
            if i == outbox.selected { buffer.cursor = Point(x: line.x, y: line.y) }
        }
        return body.y + 2 + min(room, outbox.rows.count)
    }

    /// The last leads the core took, as far as the room above the CVC prompt goes.
    private static func sent(_ s: ScreenState, _ sent: [SentListing], from top: Int, in body: Rect, into buffer: inout Buffer) {
        let bottom = body.y + body.height - 3
        guard !sent.isEmpty, top < bottom else { return }
        buffer.put(s.text(UIText.sentHeader), x: body.x + 1, y: top, style: s.theme.style(.title), maxWidth: body.width - 2)
        for (i, lead) in sent.enumerated() where top + 1 + i < bottom {
            let text = String(repeating: " ", count: 20) + String(lead.leadID).padding(toLength: 12, withPad: " ", startingAt: 0)
                + lead.when.padding(toLength: 13, withPad: " ", startingAt: 0) + lead.title.sanitizedForTerminal
            buffer.put(text, x: body.x + 1, y: top + 1 + i, style: s.theme.style(.text), maxWidth: body.width - 2)
        }
    }

    /// The CVC being typed for the selected lead, at the foot of the body.
    private static func cvcPrompt(_ s: ScreenState, _ outbox: OutboxScreen, in body: Rect, into buffer: inout Buffer) {
        guard let input = outbox.cvcInput, let row = outbox.selectedRow else { return }
        let y = body.y + body.height - 2
        let place = (outbox.rows.firstIndex(of: row) ?? 0) + 1
        let used = buffer.put(s.text(UIText.t("CVC для заявки на месте \(place):", "CVC for the lead in place \(place):")),
                              x: body.x + 1, y: y, style: s.theme.style(.label))
        input.render(into: &buffer, at: Rect(x: body.x + used + 2, y: y, width: 6, height: 1),
                     theme: s.theme, focused: true, hidden: true)
    }

    private static func name(_ s: ScreenState, _ row: OutboxRow) -> String {
        row.title.isEmpty ? s.text(UIText.noName) : row.title.sanitizedForTerminal
    }
}
