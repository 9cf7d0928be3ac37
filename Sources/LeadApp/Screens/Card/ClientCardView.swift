import LeadModel
import LeadRules
import TerminalUI

/// The read-only client card the look-up opens: every fact the core returned, in staff words.
/// It is a phase of the look-up (`LookupScreen.phase == .card`): the look-up's model holds
/// the clients found and which one the card shows.
enum ClientCardView {
    static func render(_ s: ScreenState, _ lookup: LookupScreen, into buffer: inout Buffer, at body: Rect) {
        guard lookup.clients.indices.contains(lookup.selected) else { return }
        let client = lookup.clients[lookup.selected]
        let kiosk = s.model.kiosk
        // The card has no scroll keys (↑↓ pick the next client): it is drawn from its top.
        TextBox.render(title: kiosk ? MaskedClient.initials(client) : client.fullName.sanitizedForTerminal,
                       lines: kiosk ? maskedLines(client, s) : lines(client, s),
                       selected: nil, scroll: 0, theme: s.theme, into: &buffer, at: body)
    }

    /// Kiosk: the ID, the initials and the last four digits of the numbers; nothing else.
    static func maskedLines(_ c: Client, _ s: ScreenState) -> [String] {
        let row = MaskedClient.Row(c, masked: true)
        let name = { (p: String) in s.text(FieldNames.name(for: FieldPath(stringLiteral: p))) }
        let facts = [(s.text(UIText.t("ФИО", "Name")), row.name), (name("birthDate"), row.born),
                     (name("mobilePhone"), row.phone), (s.text(UIText.t("Паспорт", "Passport")), row.passport)]
        return ["ID: \(c.id.map(String.init) ?? "—")"] + facts.filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }
    }

    static func lines(_ c: Client, _ s: ScreenState) -> [String] {
        func name(_ p: String) -> String { s.text(FieldNames.name(for: FieldPath(stringLiteral: p))) }
        func words(_ entry: CodeList.Entry) -> String { s.text(LocalizedText(ru: entry.ru, en: entry.en)) }
        var out: [String] = ["ID: \(c.id.map(String.init) ?? "—")"]
        func add(_ path: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out.append("\(name(path)): \(value.sanitizedForTerminal)")
        }
        add("lastName", c.lastName); add("firstName", c.firstName); add("patronymic", c.patronymic)
        add("sexId", c.sexId.flatMap { DocumentedCodes.sex.entry(for: $0) }.map(words))
        add("birthDate", c.birthDate.map(DateText.display)); add("birthPlace", c.birthPlace)
        add("birthCountryId", c.birthCountryId.map { id in
            s.context.codeList(.country).entry(for: id).map(words) ?? String(id)
        })
        add("mobilePhone", SmallViews.phone(c.mobilePhone)); add("email", c.email); add("snils", c.snils)
        add("passport.seria", c.passport?.seria); add("passport.no", c.passport?.no)
        add("passport.issueDate", c.passport?.issueDate.map(DateText.display)); add("passport.manager", c.passport?.manager)
        add("passport.subdivisionCode", c.passport?.subdivisionCode)
        add("addressData.fullAddressText", c.addressData?.fullAddressText)
        add("registrationAddressData.fullAddressText", c.registrationAddressData?.fullAddressText)
        add("title", c.title)
        return out
    }
}
