import LeadRules
import TerminalUI

/// The login: server, customer key, user and password (as bullets), and why a login was refused.
enum LoginView {
    static func render(_ s: ScreenState, _ login: LoginScreen, into buffer: inout Buffer) {
        // The refusal is drawn whole under the fields; the status line only points at it.
        let status: StatusLine? = login.message.map { _ in .error(s.text(UIText.t("Вход отклонён — причина выше", "Login refused — the reason is above"))) }
            ?? (login.busy ? StatusLine(s.text(UIText.t("Вход…", "Logging in…"))) : nil)
        let body = SmallViews.frame(s, title: s.text(LoginKeys.title),
                                    legend: LoginKeys.map(login, kiosk: s.model.kiosk).legend(in: s.language),
                                    status: status, into: &buffer)
        for (i, field) in LoginScreen.Field.allCases.enumerated() {
            let y = body.y + 1 + i * 2
            buffer.put(s.text(UIText.loginFields[field] ?? UIText.t("", "")), x: body.x + 2, y: y, style: s.theme.style(.label))
            let input = login.inputs[field] ?? LoginScreen.emptyInput
            input.render(into: &buffer, at: Rect(x: body.x + 18, y: y, width: min(50, body.width - 20), height: 1),
                         theme: s.theme, focused: login.focus == field && !login.busy, hidden: field == .password)
        }
        if let warning = UIText.plainHTTPWarning(server: login.server, allowed: s.allowPlainHTTP) {
            buffer.put(s.text(warning), x: body.x + 2, y: body.y + 1 + LoginScreen.Field.allCases.count * 2,
                       style: s.theme.style(.fieldError))
        }
        if let message = login.message {
            let top = body.y + 2 + LoginScreen.Field.allCases.count * 2
            for (i, part) in TextWrap.lines(s.text(message).sanitizedForTerminal, width: body.width - 4).enumerated()
            where top + i < body.maxY {
                buffer.put(part, x: body.x + 2, y: top + i, style: s.theme.style(.statusError), maxWidth: body.width - 4)
            }
        }
    }
}
