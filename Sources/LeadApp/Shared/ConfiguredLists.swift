import LeadModel
import LeadRules

/// The lists no vendor page documents: the loan specialists and the money-getting methods.
/// The core surely has dictionaries of them, but no page names their paths, so the app
/// builds none in: a dictionary is read where `[paths]` sets `loan-specialists` or
/// `money-methods` (settings with no default), else the config's own list serves
/// (`[lists.loan-specialists]`, `[lists.money-methods]`: id = name). With neither the field
/// takes the number, and says why.
public enum ConfiguredLists {
    /// The lists that only a configured list fills.
    public static let configurable: [CodeListID] = [.loanSpecialist, .moneyMethod]

    /// A configured list as the form's code list (names are the same in both languages).
    public static func codeList(_ entries: [(id: Int64, name: String)]) -> CodeList {
        CodeList(entries.map { CodeList.Entry(code: $0.id, ru: $0.name, en: $0.name) })
    }

    /// Whether `list` is one of these and nothing filled it.
    static func isUnset(_ list: CodeListID, context: FormContext) -> Bool {
        configurable.contains(list) && context.codeList(list).entries.isEmpty
    }

    /// The message line on such a field while its list is not set.
    static func unsetMessage(for path: FieldPath, context: FormContext) -> LocalizedText? {
        guard case .code(let list)? = FormLayout.widget(for: path), isUnset(list, context: context) else { return nil }
        let key = list == .loanSpecialist ? "loan-specialists" : "money-methods"
        return LocalizedText(ru: "Список не задан: [lists.\(key)] или [paths]; введите номер",
                             en: "No list set: [lists.\(key)] or [paths]; type the number")
    }
}
