import TerminalUI

/// Menu 2: the lead number (or the client's phone) and what became of it.
enum OpenLeadView {
    static func render(_ s: ScreenState, _ open: OpenLeadScreen, into buffer: inout Buffer) {
        let waiting = open.byPhone ? SearchPaging.searching : UIText.t("Загрузка…", "Loading…")
        let status: StatusLine? = open.message.map { .error(s.text($0)) } ?? (open.busy ? StatusLine(s.text(waiting)) : nil)
        let legend = OpenLeadKeys.map(open, kiosk: s.model.kiosk).legend(in: s.language)
        let body = SmallViews.frame(s, title: s.text(OpenLeadKeys.title(kiosk: s.model.kiosk)), legend: legend,
                                    status: status, into: &buffer)
        let prompt = open.byPhone ? UIText.t("Мобильный телефон клиента:", "Client's mobile phone:") : UIText.openPrompt
        let used = buffer.put(s.text(prompt), x: body.x + 1, y: body.y, style: s.theme.style(.label))
        open.input.render(into: &buffer, at: Rect(x: body.x + used + 2, y: body.y, width: 25, height: 1),
                          theme: s.theme, focused: !open.busy)
    }
}
