import TerminalUI

/// Kiosk: the supervisor's PIN, drawn as dots.
enum SupervisorView {
    static func render(_ s: ScreenState, _ prompt: SupervisorScreen, into buffer: inout Buffer) {
        let status: StatusLine? = prompt.message.map { .error(s.text($0)) }
            ?? (prompt.busy ? StatusLine(s.text(UIText.t("Проверка…", "Checking…"))) : nil)
        let body = SmallViews.frame(s, title: s.text(SupervisorKeys.title),
                                    legend: SupervisorKeys.map(prompt, kiosk: s.model.kiosk).legend(in: s.language),
                                    status: status, into: &buffer)
        let used = buffer.put(s.text(UIText.t("PIN супервизора:", "Supervisor PIN:")), x: body.x + 2, y: body.y + 1,
                              style: s.theme.style(.label))
        prompt.input.render(into: &buffer, at: Rect(x: body.x + used + 3, y: body.y + 1, width: 20, height: 1),
                            theme: s.theme, focused: !prompt.busy, hidden: true)
    }
}
