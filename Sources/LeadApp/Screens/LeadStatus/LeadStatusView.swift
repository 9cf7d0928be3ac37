import LeadRules
import TerminalUI

/// A lead's check and status, in a box.
enum LeadStatusView {
    static func render(_ s: ScreenState, _ status: LeadStatusScreen, into buffer: inout Buffer) {
        let line: StatusLine? = status.busy ? StatusLine(s.text(UIText.t("Запрос к ядру…", "Asking the core…"))) : nil
        let body = SmallViews.frame(s, title: s.text(LeadStatusKeys.title(status)),
                                    legend: LeadStatusKeys.map(kiosk: s.model.kiosk).legend(in: s.language),
                                    status: line ?? StatusLine(""), into: &buffer)
        var lines: [String] = []
        if let message = status.message { lines.append(s.text(message)); lines.append("") }
        lines += status.lines(in: s.language)
        if lines.isEmpty, status.busy { lines.append(s.text(UIText.t("Читаю статус…", "Reading the status…"))) }
        // Nothing scrolls the box: its keys are the check, the refresh and the way back.
        TextBox.render(title: "", lines: lines.map(\.sanitizedForTerminal), selected: nil, scroll: 0,
                      theme: s.theme, into: &buffer, at: body)
    }
}
