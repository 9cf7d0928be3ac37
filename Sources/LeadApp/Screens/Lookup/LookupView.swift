import LeadModel
import LeadRules
import TerminalUI

/// The client look-up: the kind of search, the input, the results table, the client's card.
enum LookupView {
    static func render(_ s: ScreenState, _ lookup: LookupScreen, into buffer: inout Buffer) {
        // The page figures stand on the message line when nothing else is said.
        let figures = lookup.phase == .results ? SmallViews.pageLabel(s, lookup.page, count: lookup.clients.count) : ""
        let status: StatusLine? = lookup.message.map { .error(s.text($0)) } ?? (figures.isEmpty ? nil : StatusLine(figures))
        let title = LookupKeys.title(lookup)
        let legend = LookupKeys.map(lookup, kiosk: s.model.kiosk).legend(in: s.language)
        let body = SmallViews.frame(s, title: s.text(title), legend: legend, status: status, into: &buffer)
        var top = body.y
        if lookup.keySearch {
            choiceRow(s, lookup, y: body.y, x: body.x + 1, width: body.width - 2, into: &buffer)
            top += 1
        }
        let used = buffer.put(s.text(prompt(lookup.searchBy)), x: body.x + 1, y: top, style: s.theme.style(.label))
        let field = Rect(x: body.x + used + 2, y: top, width: min(40, body.width - used - 3), height: 1)
        lookup.input.render(into: &buffer, at: field, theme: s.theme, focused: lookup.phase == .entering)
        if lookup.phase == .searching {
            buffer.put(s.text(SearchPaging.searching), x: body.x + 1, y: top + 1, style: s.theme.style(.label))
        }
        if lookup.phase == .results {
            let header = UIText.t("ID       ФИО                        Дата рожд.  Телефон           Паспорт",
                                  "ID       Full name                  Born        Phone             Passport")
            buffer.put(s.text(header), x: body.x + 1, y: body.y + 2, style: s.theme.style(.title), maxWidth: body.width - 2)
            SmallViews.tableRows(s, count: lookup.clients.count, selected: lookup.selected, body: body, into: &buffer) { i in
                let c = lookup.clients[i]
                // A kiosk is a public terminal: initials and last four digits only.
                let shown = MaskedClient.Row(c, masked: s.model.kiosk)
                return SmallViews.column(String(c.id ?? 0), width: 9) + SmallViews.column(shown.name, width: 27)
                    + SmallViews.column(shown.born, width: 12)
                    + SmallViews.column(shown.phone, width: 18) + shown.passport.sanitizedForTerminal
            }
        }
        if lookup.phase == .card { ClientCardView.render(s, lookup, into: &buffer, at: body) }
    }

    static func searchByName(_ by: LookupScreen.SearchBy) -> LocalizedText {
        switch by {
        case .ids: return UIText.t("ID", "ID")
        case .phone: return UIText.t("Телефон", "Phone")
        case .passport: return UIText.t("Паспорт", "Passport")
        case .nameAndBirthDate: return UIText.t("Фамилия + дата рожд.", "Last name + birth date")
        }
    }

    static func prompt(_ by: LookupScreen.SearchBy) -> LocalizedText {
        switch by {
        case .ids: return UIText.lookupPrompt
        case .phone: return UIText.t("Мобильный телефон:", "Mobile phone:")
        case .passport: return UIText.t("Серия и номер паспорта:", "Passport series and number:")
        case .nameAndBirthDate: return UIText.t("Фамилия и дата рождения:", "Last name and birth date:")
        }
    }

    /// The choice row: every kind of search, the current one marked; Tab moves the mark.
    static func choiceRow(_ s: ScreenState, _ lookup: LookupScreen, y: Int, x: Int, width: Int, into buffer: inout Buffer) {
        var used = buffer.put(s.text(UIText.t("Искать по (Tab):", "Search by (Tab):")), x: x, y: y, style: s.theme.style(.label))
        for by in LookupScreen.SearchBy.allCases {
            let label = " " + s.text(searchByName(by)) + " "
            let style = by == lookup.searchBy ? s.theme.style(.selection) : s.theme.style(.text)
            guard used + 1 + DisplayWidth.of(label) <= width else { break }
            used += 1
            used += buffer.put(label, x: x + used, y: y, style: style)
        }
    }
}
