import LeadModel
import LeadRules

/// What the call centre types to find a client or a lead, read into a search key.
public enum SearchInput {
    /// A mobile phone as people say it (`+7 916 123-45-67`, `8 916…`, `916…`) → the core's
    /// digits, country code first (`79161234567`).
    public static func phone(_ text: String) -> Result<String, LocalizedText> {
        let typed = text.filter(\.isNumber)
        var digits = typed
        if digits.count == 11, digits.first == "8" { digits = "7" + digits.dropFirst() }
        if digits.count == 10, digits.first == "9" { digits = "7" + digits }
        guard (11...15).contains(digits.count), typed.allSatisfy(\.isASCII) else {
            return .failure(LocalizedText(
                ru: text.isEmpty ? "Введите мобильный телефон клиента" : "Телефон «\(text)»: нужно 11 цифр, например +7 916 123-45-67",
                en: text.isEmpty ? "Enter the client's mobile phone" : "Phone \"\(text)\": 11 digits are expected, e.g. +7 916 123-45-67"))
        }
        return .success(digits)
    }

    /// Passport series and number, `4510 123456` (spaces optional): 4 digits, then 6 or 7.
    public static func passport(_ text: String) -> Result<ClientSearchKey, LocalizedText> {
        let digits = text.filter(\.isNumber)
        let onlyDigitsAndSpaces = text.allSatisfy { $0.isNumber || $0 == " " || $0 == "-" }
        guard onlyDigitsAndSpaces, digits.count == 10 || digits.count == 11, digits.allSatisfy(\.isASCII) else {
            return .failure(LocalizedText(
                ru: "Паспорт «\(text)»: нужны серия (4 цифры) и номер (6 цифр), например 4510 123456",
                en: "Passport \"\(text)\": the series (4 digits) and number (6 digits) are expected, e.g. 4510 123456"))
        }
        return .success(.passport(seria: String(digits.prefix(4)), number: String(digits.dropFirst(4))))
    }

    /// Last name and birth date, `Иванов 01.02.1980`.
    public static func nameAndBirthDate(_ text: String) -> Result<ClientSearchKey, LocalizedText> {
        let words = text.split(separator: " ").map(String.init)
        let problem = LocalizedText(
            ru: "Фамилия и дата рождения «\(text)»: нужно, например, Иванов 01.02.1980",
            en: "Last name and birth date \"\(text)\": e.g. Ivanov 01.02.1980 is expected")
        guard words.count >= 2, let last = words.last, let date = DateText.date(fromTyped: last) else {
            return .failure(problem)
        }
        let name = words.dropLast().joined(separator: " ")
        guard name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == " " }) else { return .failure(problem) }
        return .success(.nameAndBirthDate(lastName: name, birthDate: date))
    }
}
