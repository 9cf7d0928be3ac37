import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// The menu, lookup, open-by-number, login and drafts screens.
enum SmallViews {
    static func frame(_ s: ScreenState, title: String, legend: Legend, status: StatusLine? = nil,
                      into buffer: inout Buffer) -> Rect {
        let layout = ScreenLayout(buffer.area)
        ScreenLayout.renderTitle("leadterm · \(title)", detail: ChromeView.outboxDetail(s), into: &buffer,
                                 at: layout.title, theme: s.theme)
        (status ?? ChromeView.status(for: s, entry: nil)).render(into: &buffer, at: layout.status, theme: s.theme)
        legend.render(into: &buffer, at: layout.legend, theme: s.theme)
        return layout.body
    }

    static func menu(_ s: ScreenState, selected: Int, into buffer: inout Buffer) {
        let ru = s.language == .ru
        let body = frame(s, title: s.text(UIText.appTitle),
                         legend: Legend([.init("↑↓", ru ? "Выбор" : "Select"), .init("Enter", ru ? "Открыть" : "Open"),
                                         .init("1…\(s.model.menuItems().count)", ru ? "Сразу" : "Direct")] + [s.model.kiosk ? .init("F10", ru ? "Супервизор" : "Supervisor")
                                                                                  : .init("F10", ru ? "Выход" : "Quit")]),
                         into: &buffer)
        for (i, item) in s.model.menuItems().enumerated() {
            let style = i == selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 4, y: body.y + 1 + i * 2, width: min(60, body.width - 6), height: 1)
            buffer.fill(line, style: style)
            buffer.put("\(i + 1)  \(s.text(UIText.menu(item, kiosk: s.model.kiosk)))", x: line.x + 1, y: line.y, style: style,
                       maxWidth: line.width - 2)
        }
        var y = body.y + 2 + s.model.menuItems().count * 2
        for paragraph in s.storageReport {
            for line in TextWrap.lines(s.text(paragraph), width: body.width - 4) where y < body.y + body.height {
                buffer.put(line, x: body.x + 2, y: y, style: s.theme.style(.statusError), maxWidth: body.width - 4)
                y += 1
            }
        }
        buffer.cursor = nil
    }

    static func lookup(_ s: ScreenState, _ lookup: LookupScreen, into buffer: inout Buffer) {
        let ru = s.language == .ru
        var legend: [Legend.Item] = [.init("Enter", lookup.phase == .entering ? (ru ? "Найти" : "Search") : (ru ? "Карточка" : "Card"))]
        if lookup.phase == .entering, lookup.keySearch { legend.append(.init("Tab", ru ? "Вид поиска" : "Search by")) }
        if lookup.phase == .results || lookup.phase == .card { legend.append(.init("F2", ru ? "Новая заявка" : "New lead")) }
        if lookup.phase == .results, lookup.page != nil { legend.append(.init("PgDn/PgUp", ru ? "Страницы" : "Pages")) }
        legend.append(.init("Esc", ru ? "Назад" : "Back"))
        // The page figures stand on the message line when nothing else is said.
        let figures = lookup.phase == .results ? SearchViews.pageLabel(s, lookup.page, count: lookup.clients.count) : ""
        let status: StatusLine? = lookup.message.map { .error(s.text($0)) } ?? (figures.isEmpty ? nil : StatusLine(figures))
        let title = lookup.keySearch ? UIText.t("Поиск клиента", "Find a client") : UIText.menu(.lookup)
        let body = frame(s, title: s.text(title), legend: Legend(legend), status: status, into: &buffer)
        var top = body.y
        if lookup.keySearch {
            SearchViews.choiceRow(s, lookup, y: body.y, x: body.x + 1, width: body.width - 2, into: &buffer)
            top += 1
        }
        let prompt = s.text(SearchViews.prompt(lookup.searchBy))
        let used = buffer.put(prompt, x: body.x + 1, y: top, style: s.theme.style(.label))
        let field = Rect(x: body.x + used + 2, y: top, width: min(40, body.width - used - 3), height: 1)
        s.oneLine.render(into: &buffer, at: field, theme: s.theme, look: FieldLook(focused: lookup.phase == .entering))
        if lookup.phase == .searching {
            buffer.put(s.text(SearchPaging.searching), x: body.x + 1, y: top + 1, style: s.theme.style(.label))
        }
        if lookup.phase == .results {
            let header = ru ? "ID       ФИО                        Дата рожд.  Телефон           Паспорт"
                            : "ID       Full name                  Born        Phone             Passport"
            buffer.put(header, x: body.x + 1, y: body.y + 2, style: s.theme.style(.title), maxWidth: body.width - 2)
            tableRows(s, count: lookup.clients.count, selected: lookup.selected, body: body, into: &buffer) { i in
                let c = lookup.clients[i]
                let passport = [c.passport?.seria, c.passport?.no].compactMap { $0 }.joined(separator: " ")
                return column(String(c.id ?? 0), width: 9) + column(c.fullName, width: 27)
                    + column(c.birthDate.map(DateText.display) ?? "", width: 12)
                    + column(SearchViews.phone(c.mobilePhone), width: 18) + passport.sanitizedForTerminal
            }
        }
        if lookup.phase == .card, lookup.clients.indices.contains(lookup.selected) {
            let lines = card(lookup.clients[lookup.selected], s)
            PhaseView.box(title: lookup.clients[lookup.selected].fullName.sanitizedForTerminal, lines: lines,
                          selected: nil, scroll: s.overlayScroll, theme: s.theme, into: &buffer, at: body)
        }
    }

    /// The rows of a result table under its header (from the body's fourth line), the selected
    /// one highlighted, as many as fit: one search page.
    static func tableRows(_ s: ScreenState, count: Int, selected: Int, body: Rect, into buffer: inout Buffer,
                          row: (Int) -> String) {
        for i in 0..<min(count, max(0, body.height - 4)) {
            let style = i == selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 1, y: body.y + 3 + i, width: body.width - 2, height: 1)
            buffer.fill(line, style: style)
            buffer.put(row(i), x: line.x, y: line.y, style: style, maxWidth: line.width)
        }
        buffer.cursor = nil
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

    /// The read-only client card: every fact the lookup returned, labelled in staff words.
    static func card(_ c: Client, _ s: ScreenState) -> [String] {
        func name(_ p: String) -> String { s.text(FieldNames.name(for: FieldPath(stringLiteral: p))) }
        var out: [String] = ["ID: \(c.id.map(String.init) ?? "—")"]
        func add(_ path: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out.append("\(name(path)): \(value.sanitizedForTerminal)")
        }
        add("lastName", c.lastName); add("firstName", c.firstName); add("patronymic", c.patronymic)
        add("sexId", c.sexId.flatMap { DocumentedCodes.sex.entry(for: $0) }.map { s.language == .ru ? $0.ru : $0.en })
        add("birthDate", c.birthDate.map(DateText.display)); add("birthPlace", c.birthPlace)
        add("birthCountryId", c.birthCountryId.map { id in
            s.context.codeList(.country).entry(for: id).map { s.language == .ru ? $0.ru : $0.en } ?? String(id)
        })
        add("mobilePhone", SearchViews.phone(c.mobilePhone)); add("email", c.email); add("snils", c.snils)
        add("passport.seria", c.passport?.seria); add("passport.no", c.passport?.no)
        add("passport.issueDate", c.passport?.issueDate.map(DateText.display)); add("passport.manager", c.passport?.manager)
        add("passport.subdivisionCode", c.passport?.subdivisionCode)
        add("addressData.fullAddressText", c.addressData?.fullAddressText)
        add("registrationAddressData.fullAddressText", c.registrationAddressData?.fullAddressText)
        add("title", c.title)
        return out
    }

    static func openLead(_ s: ScreenState, _ open: OpenLeadScreen, into buffer: inout Buffer) {
        let ru = s.language == .ru
        let waiting = open.byPhone ? SearchPaging.searching : UIText.t("Загрузка…", "Loading…")
        let status: StatusLine? = open.message.map { .error(s.text($0)) } ?? (open.busy ? StatusLine(s.text(waiting)) : nil)
        var legend: [Legend.Item] = [.init("Enter", ru ? (open.byPhone ? "Найти" : "Открыть") : (open.byPhone ? "Search" : "Open"))]
        if !s.model.kiosk {
            legend.append(.init("Tab", open.byPhone ? (ru ? "По номеру заявки" : "By lead number")
                                                   : (ru ? "По телефону клиента" : "By client's phone")))
        }
        legend.append(.init("Esc", ru ? "Назад" : "Back"))
        let body = frame(s, title: s.text(UIText.menu(.openLead, kiosk: s.model.kiosk)), legend: Legend(legend), status: status,
                         into: &buffer)
        let prompt = open.byPhone ? UIText.t("Мобильный телефон клиента:", "Client's mobile phone:") : UIText.openPrompt
        let used = buffer.put(s.text(prompt), x: body.x + 1, y: body.y, style: s.theme.style(.label))
        s.oneLine.render(into: &buffer, at: Rect(x: body.x + used + 2, y: body.y, width: 25, height: 1),
                         theme: s.theme, look: FieldLook(focused: !open.busy))
    }

    static func login(_ s: ScreenState, _ login: LoginScreen, into buffer: inout Buffer) {
        let ru = s.language == .ru
        // The refusal is drawn whole under the fields; the status line only points at it.
        let status: StatusLine? = login.message.map { _ in .error(s.text(UIText.t("Вход отклонён — причина выше", "Login refused — the reason is above"))) }
            ?? (login.busy ? StatusLine(s.text(UIText.t("Вход…", "Logging in…"))) : nil)
        let body = frame(s, title: s.text(UIText.loginTitle),
                         legend: Legend([.init("Tab", ru ? "Поле" : "Field"), .init("Enter", ru ? "Войти" : "Log in"),
                                         .init("F10", ru ? "Выход" : "Quit")]),
                         status: status, into: &buffer)
        for (i, field) in LoginScreen.Field.allCases.enumerated() {
            let y = body.y + 1 + i * 2
            buffer.put(s.text(UIText.loginFields[field] ?? UIText.t("", "")), x: body.x + 2, y: y, style: s.theme.style(.label))
            // Prefilled from flags, environment and config until the operator types there.
            let state = s.loginFields[field] ?? TextFieldState(value: login.text(of: field))
            let shown = field == .password ? TextFieldState(value: String(repeating: "•", count: state.value.count)) : state
            shown.render(into: &buffer, at: Rect(x: body.x + 18, y: y, width: min(50, body.width - 20), height: 1),
                         theme: s.theme, look: FieldLook(focused: login.focus == field && !login.busy))
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

    /// Kiosk: the supervisor's PIN, drawn as dots.
    static func supervisor(_ s: ScreenState, _ prompt: SupervisorScreen, into buffer: inout Buffer) {
        let ru = s.language == .ru
        let status: StatusLine? = prompt.message.map { .error(s.text($0)) }
            ?? (prompt.busy ? StatusLine(ru ? "Проверка…" : "Checking…") : nil)
        let body = frame(s, title: ru ? "Выход из киоска" : "Leave the kiosk",
                         legend: Legend([.init("Enter", ru ? "Проверить" : "Check"), .init("Esc", ru ? "Назад" : "Back")]),
                         status: status, into: &buffer)
        let used = buffer.put(ru ? "PIN супервизора:" : "Supervisor PIN:", x: body.x + 2, y: body.y + 1,
                              style: s.theme.style(.label))
        let dots = TextFieldState(value: String(repeating: "•", count: s.oneLine.value.count))
        dots.render(into: &buffer, at: Rect(x: body.x + used + 3, y: body.y + 1, width: 20, height: 1),
                    theme: s.theme, look: FieldLook(focused: !prompt.busy))
    }

    /// Leads waiting to be sent; the selected one's CVC can be typed again (as dots).
    static func outbox(_ s: ScreenState, _ outbox: OutboxScreen, into buffer: inout Buffer) {
        let ru = s.language == .ru
        let legend: [Legend.Item] = outbox.cvc != nil
            ? [.init("Enter", ru ? "Принять CVC" : "Take CVC"), .init("Esc", ru ? "Отмена" : "Cancel")]
            : [.init("Enter", ru ? "Ввести CVC" : "Enter CVC"), .init("F5", ru ? "Без CVC" : "Without CVC"),
               .init("Esc", ru ? "Меню" : "Menu")]
        let status: StatusLine? = outbox.message.map { StatusLine(s.text($0)) }
        let body = frame(s, title: s.text(UIText.menu(.outbox)), legend: Legend(legend), status: status, into: &buffer)
        if outbox.rows.isEmpty {
            buffer.put(ru ? "Очередь пуста: все заявки отправлены" : "The outbox is empty: every lead has been sent",
                       x: body.x + 1, y: body.y + 1, style: s.theme.style(.label), maxWidth: body.width - 2)
            buffer.cursor = nil
            return
        }
        let header = ru ? "№       Клиент                         Попыток  CVC       Последняя ошибка"
                        : "No.     Client                         Tries    CVC       Last error"
        buffer.put(header, x: body.x + 1, y: body.y, style: s.theme.style(.title), maxWidth: body.width - 2)
        let room = max(0, body.height - 4)
        for (i, row) in outbox.rows.enumerated() where i < room {
            let style = i == outbox.selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 1, y: body.y + 1 + i, width: body.width - 2, height: 1)
            buffer.fill(line, style: style)
            let who = row.title.isEmpty ? (ru ? "(без имени)" : "(no name)") : row.title.sanitizedForTerminal
            let edit = row.editingLeadID.map { ru ? " · заявка № \($0)" : " · lead #\($0)" } ?? ""
            let cvc = row.needsCvc ? (ru ? "нужен" : "needed") : "—"
            let text = String(row.id).padding(toLength: 8, withPad: " ", startingAt: 0)
                + (who + edit).padding(toLength: 31, withPad: " ", startingAt: 0)
                + String(row.attempts).padding(toLength: 9, withPad: " ", startingAt: 0)
                + cvc.padding(toLength: 10, withPad: " ", startingAt: 0)
                + (row.lastError ?? "").sanitizedForTerminal
            buffer.put(text, x: line.x, y: line.y, style: style, maxWidth: line.width)
        }
        buffer.cursor = nil
        if outbox.cvc != nil, let row = outbox.selectedRow {
            let y = body.y + body.height - 2
            let used = buffer.put((ru ? "CVC для заявки " : "CVC for entry ") + "\(row.id):", x: body.x + 1, y: y,
                                  style: s.theme.style(.label))
            let dots = TextFieldState(value: String(repeating: "•", count: s.oneLine.value.count))
            dots.render(into: &buffer, at: Rect(x: body.x + used + 2, y: y, width: 6, height: 1),
                        theme: s.theme, look: FieldLook(focused: true))
        }
    }

    static func drafts(_ s: ScreenState, _ drafts: DraftsScreen, into buffer: inout Buffer) {
        let ru = s.language == .ru
        let body = frame(s, title: s.text(UIText.menu(.drafts)),
                         legend: Legend([.init("Enter", ru ? "Продолжить" : "Resume"), .init("Del", ru ? "Удалить" : "Discard"),
                                         .init("Esc", ru ? "Меню" : "Menu")]),
                         into: &buffer)
        buffer.put(s.text(UIText.draftsTitle), x: body.x + 1, y: body.y, style: s.theme.style(.title), maxWidth: body.width - 2)
        for (i, d) in drafts.drafts.enumerated() where i < body.height - 2 {
            let style = i == drafts.selected ? s.theme.style(.selection) : s.theme.style(.text)
            let line = Rect(x: body.x + 1, y: body.y + 2 + i, width: body.width - 2, height: 1)
            buffer.fill(line, style: style)
            let who = d.title.isEmpty ? (ru ? "(без имени)" : "(no name)") : d.title
            let kind = d.editingLeadID.map { ru ? "заявка № \($0)" : "lead #\($0)" } ?? (ru ? "новая" : "new")
            let text = "\(d.updated)  \(Int(d.completeness * 100))%  \(who.sanitizedForTerminal)  · \(kind) · \(d.owner)"
            buffer.put(text, x: line.x, y: line.y, style: style, maxWidth: line.width)
        }
        buffer.cursor = nil
    }

    /// F1: what the focused field means, its format and an example.
    static func help(_ s: ScreenState, into buffer: inout Buffer) {
        guard let help = s.model.help else { return }
        let body = ScreenLayout(buffer.area).body
        PhaseView.box(title: help.title, lines: help.body.components(separatedBy: "\n"), selected: nil, scroll: 0,
                      theme: s.theme, into: &buffer, at: body)
    }
}
