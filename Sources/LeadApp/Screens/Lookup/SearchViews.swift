import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// The call-centre screens: the kind of client search, the client's leads, a lead's status.
enum SearchViews {
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

    /// A mobile phone as people read it: `+7 916 123-45-67`; other lengths as digits.
    static func phone(_ digits: String?) -> String {
        guard let digits = digits?.sanitizedForTerminal, !digits.isEmpty else { return "" }
        let d = Array(digits)
        guard d.count == 11, d.allSatisfy(\.isNumber) else { return digits }
        func part(_ r: Range<Int>) -> String { String(d[r]) }
        return "+\(part(0..<1)) \(part(1..<4)) \(part(4..<7))-\(part(7..<9))-\(part(9..<11))"
    }

    /// Page figures for a list: `стр. 2 · 18–34`.
    static func pageLabel(_ s: ScreenState, _ page: SearchPage?, count: Int) -> String {
        guard let page, count > 0 else { return "" }
        let n = page.from / max(1, page.size) + 1
        return s.text(UIText.t("стр. \(n) · \(page.from + 1)–\(page.from + count)", "page \(n) · \(page.from + 1)–\(page.from + count)"))
    }

    static func leadList(_ s: ScreenState, _ list: LeadListScreen, into buffer: inout Buffer) {
        let ru = s.language == .ru
        let legend = Legend([.init("↑↓", ru ? "Выбор" : "Select"), .init("Enter", ru ? "Открыть" : "Open"),
                             .init("PgDn/PgUp", ru ? "Страницы" : "Pages"), .init("Esc", ru ? "Назад" : "Back")])
        let status: StatusLine? = list.message.map { .error(s.text($0)) }
            ?? StatusLine(list.phase == .searching ? s.text(SearchPaging.searching) : pageLabel(s, list.page, count: list.leads.count))
        var phoneText = ""
        if case .mobilePhone(let p) = list.key { phoneText = phone(p) }
        let body = SmallViews.frame(s, title: s.text(UIText.t("Заявки клиента", "The client's leads")), legend: legend,
                                    status: status, into: &buffer)
        let heading = s.text(UIText.t("Телефон \(phoneText), новые сверху", "Phone \(phoneText), newest first"))
        buffer.put(heading, x: body.x + 1, y: body.y, style: s.theme.style(.label), maxWidth: body.width - 2)
        let header = ru ? "№ заявки  Создана      ФИО                              Статус"
                        : "Lead no.  Created      Full name                        Status"
        buffer.put(header, x: body.x + 1, y: body.y + 2, style: s.theme.style(.title), maxWidth: body.width - 2)
        SmallViews.tableRows(s, count: list.leads.count, selected: list.selected, body: body, into: &buffer) { i in
            let record = list.leads[i]
            let who = [record.lead.lastName, record.lead.firstName, record.lead.patronymic].compactMap { $0 }.joined(separator: " ")
            return SmallViews.column(String(record.info.id ?? record.lead.id ?? 0), width: 10)
                + SmallViews.column(record.info.creationDate.map(created) ?? "", width: 13)
                + SmallViews.column(who, width: 33) + s.text(LeadStatusWords.name(record.info.currentStatus))
        }
    }

    /// A lead's creation time (unix ms) as a local day.
    static func created(_ millis: Int64) -> String {
        ClockTime.local(Date(timeIntervalSince1970: TimeInterval(millis) / 1000)).dayMonthMinutes
    }

    static func leadStatus(_ s: ScreenState, _ status: LeadStatusScreen, into buffer: inout Buffer) {
        let ru = s.language == .ru
        let legend = Legend([.init("F7", ru ? "Проверить" : "Check"), .init("F5", ru ? "Обновить" : "Refresh"),
                             .init("Esc", ru ? "Назад" : "Back")])
        let line: StatusLine? = status.busy ? StatusLine(s.text(UIText.t("Запрос к ядру…", "Asking the core…"))) : nil
        let body = SmallViews.frame(s, title: s.text(UIText.t("Заявка № \(status.leadId): проверка и статус",
                                                             "Lead #\(status.leadId): check and status")),
                                    legend: legend, status: line ?? StatusLine(""), into: &buffer)
        var lines: [String] = []
        if let message = status.message { lines.append(s.text(message)); lines.append("") }
        lines += status.lines(in: s.language)
        if lines.isEmpty, status.busy { lines.append(s.text(UIText.t("Читаю статус…", "Reading the status…"))) }
        PhaseView.box(title: "", lines: lines.map(\.sanitizedForTerminal), selected: nil, scroll: s.overlayScroll,
                      theme: s.theme, into: &buffer, at: body)
    }
}
