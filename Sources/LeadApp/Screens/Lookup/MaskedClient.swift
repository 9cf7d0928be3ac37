import LeadModel
import LeadRules

/// Kiosk: what a public terminal may show of a client found by ID — initials instead of the
/// name, and of every number (phone, passport, birth date) only its last four digits.
enum MaskedClient {
    /// `Иванов Пётр Сергеевич` → `И. П. С.`
    static func initials(_ c: Client) -> String {
        [c.lastName, c.firstName, c.patronymic].compactMap { $0?.sanitizedForTerminal.first }
            .map { "\($0)." }.joined(separator: " ")
    }

    /// Every digit but the last four becomes a dot; separators stay (`+• ••• •••-45-67`).
    static func lastFour(_ text: String) -> String {
        var keep = 4
        var out: [Character] = []
        for character in text.sanitizedForTerminal.reversed() {
            if character.isNumber {
                out.append(keep > 0 ? character : "•")
                keep -= 1
            } else {
                out.append(character)
            }
        }
        return String(out.reversed())
    }

    /// The facts a results row shows: in clear, or masked for a kiosk.
    struct Row {
        let name, born, phone, passport: String

        init(_ c: Client, masked: Bool) {
            let passport = [c.passport?.seria, c.passport?.no].compactMap { $0 }.joined(separator: " ")
            let born = c.birthDate.map { DateText.display($0) } ?? ""
            let phone = SmallViews.phone(c.mobilePhone)
            self.name = masked ? MaskedClient.initials(c) : c.fullName
            self.born = masked ? MaskedClient.lastFour(born) : born
            self.phone = masked ? MaskedClient.lastFour(phone) : phone
            self.passport = masked ? MaskedClient.lastFour(passport) : passport
        }
    }
}
