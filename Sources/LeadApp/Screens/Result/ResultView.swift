import LeadModel
import LeadRules
import TerminalUI

/// The result of a send, over the form: accepted, queued in the outbox, or refused (while
/// the core is asked, the message line says so and no box is drawn). The model is the entry
/// screen's (`EntryScreen`, see `ResultKeys`).
enum ResultView {
    static func render(_ s: ScreenState, _ entry: EntryScreen, into buffer: inout Buffer, at body: Rect) {
        let lines: [String]
        switch entry.phase {
        case .accepted(let lead, let client):
            var said = [s.text(UIText.outcome(entry, lead: lead, client: client))]
            if !s.model.kiosk {
                said += ["", s.text(UIText.t("F7 — отправить заявку на проверку, F9 — её статус",
                                             "F7: send the lead to its check, F9: its status"))]
            }
            lines = said
        case .queued(let why): lines = [s.text(why), "", s.text(UIText.queuedSuffix)]
        case .failed(let why): lines = [s.text(why), "", s.text(UIText.failedSuffix)]
        case .editing, .sending, .problems, .confirm: return
        }
        TextBox.render(title: "", lines: lines, selected: nil, scroll: 0, theme: s.theme, into: &buffer, at: body)
    }
}
