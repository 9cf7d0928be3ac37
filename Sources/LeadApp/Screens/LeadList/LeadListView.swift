import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// The client's leads, newest first, a page at a time.
enum LeadListView {
    static func render(_ s: ScreenState, _ list: LeadListScreen, into buffer: inout Buffer) {
        let status: StatusLine? = list.message.map { .error(s.text($0)) }
            ?? StatusLine(list.phase == .searching ? s.text(SearchPaging.searching)
                                                   : SmallViews.pageLabel(s, list.page, count: list.leads.count))
        var phoneText = ""
        if case .mobilePhone(let p) = list.key { phoneText = SmallViews.phone(p) }
        let body = SmallViews.frame(s, title: s.text(LeadListKeys.title),
                                    legend: LeadListKeys.map(kiosk: s.model.kiosk).legend(in: s.language),
                                    status: status, into: &buffer)
        let heading = s.text(UIText.t("Телефон \(phoneText), новые сверху", "Phone \(phoneText), newest first"))
        buffer.put(heading, x: body.x + 1, y: body.y, style: s.theme.style(.label), maxWidth: body.width - 2)
        // The status column is as wide as the longest status in words, so none is cut; the
        // name takes what is left.
        let statusWidth = LeadStatusWords.known.values.map { DisplayWidth.of(s.text($0)) }.max() ?? 16
        let nameWidth = max(12, body.width - 2 - 10 - 13 - statusWidth)
        let header = SmallViews.column(s.text(UIText.t("№ заявки", "Lead no.")), width: 10)
            + SmallViews.column(s.text(UIText.t("Создана", "Created")), width: 13)
            + SmallViews.column(s.text(UIText.t("ФИО", "Full name")), width: nameWidth) + s.text(UIText.t("Статус", "Status"))
        buffer.put(header, x: body.x + 1, y: body.y + 2, style: s.theme.style(.title), maxWidth: body.width - 2)
        SmallViews.tableRows(s, count: list.leads.count, selected: list.selected, body: body, into: &buffer) { i in
            let record = list.leads[i]
            let who = [record.lead.lastName, record.lead.firstName, record.lead.patronymic].compactMap { $0 }.joined(separator: " ")
            return SmallViews.column(String(record.info.id ?? record.lead.id ?? 0), width: 10)
                + SmallViews.column(record.info.creationDate.map(created) ?? "", width: 13)
                + SmallViews.column(who, width: nameWidth) + s.text(LeadStatusWords.name(record.info.currentStatus))
        }
    }

    /// A lead's creation time (unix ms) as a local day.
    static func created(_ millis: Int64) -> String {
        ClockTime.local(Date(timeIntervalSince1970: TimeInterval(millis) / 1000)).dayMonthMinutes
    }
}
