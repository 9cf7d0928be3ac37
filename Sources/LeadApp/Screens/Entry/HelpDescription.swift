import LeadModel
import LeadRules

/// The catalog's description of a field for F1, made whole: several of the vendor's Russian
/// texts stop at a colon where the English goes on with a list the Russian seed never got
/// (`Пол:`, the extra field's `…нужно их передать следующим образом:`).
enum HelpDescription {
    static func text(for pattern: FieldPath, input: FieldInput, in language: Language) -> String? {
        guard let spec = FieldCatalog.spec(for: pattern), let either = spec.descriptionRu ?? spec.descriptionEn else {
            return nil
        }
        if let whole = completed[pattern.description] { return whole.text(in: language) }
        // Where the vendor wrote no Russian, a Russian screen shows none rather than the English.
        let text = LocalizedText(ru: spec.descriptionRu ?? "", en: spec.descriptionEn ?? either).text(in: language)
        guard !text.isEmpty else { return nil }
        guard text.hasSuffix(":") else { return text }
        guard !input.choices.isEmpty else { return String(text.dropLast()) + "." }
        let listed = input.choices.map { "\($0.label.text(in: language)) (\($0.value))" }
        return text + " " + listed.joined(separator: ", ") + "."
    }

    /// Texts written out in full where the vendor's Russian stops short or is missing (the
    /// English of the last five is an id's name or a list of codes the form shows by name).
    private static let completed: [String: LocalizedText] = [
        "managerId": LocalizedText(ru: "Кредитный специалист, который ведёт заявку.",
                                   en: "The loan specialist who handles the lead."),
        "gettingMoneyMethodId": LocalizedText(ru: "Как клиент получит деньги по займу.",
                                              en: "How the client gets the loan's money."),
        "howYouKnowId": LocalizedText(ru: "Откуда клиент узнал о нас: выберите из списка.",
                                      en: "How the client heard about us: pick it from the list."),
        "subdivisionId": LocalizedText(ru: "Подразделение, в котором оформлена заявка: выберите из списка.",
                                       en: "The branch the lead is keyed in: pick it from the list."),
        "addressData.id": LocalizedText(ru: "Номер адреса проживания в системе; его ставит система.",
                                        en: "The residence address's number in the core; the core sets it."),
        "extraFields[].key": LocalizedText(
            ru: "Название дополнительного поля. Если нужно, чтобы в процессе работы системы принятия решений (СПР) "
                + "переменные из лида были взяты в клиента, заявку или договор, их передают так: client.имя_поля — "
                + "поле клиента; loanApplication.имя_поля — поле заявки; contract.имя_поля — поле договора.",
            en: "The name of the additional field. For the decision making system (DSS) to take a variable from the "
                + "lead into the client, the application or the contract, name it so: client.field_name for the "
                + "client; loanApplication.field_name for the application; contract.field_name for the contract."),
    ]
}
