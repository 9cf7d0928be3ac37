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
        let text = LocalizedText(ru: spec.descriptionRu ?? either, en: spec.descriptionEn ?? either).text(in: language)
        guard text.hasSuffix(":") else { return text }
        guard !input.choices.isEmpty else { return String(text.dropLast()) + "." }
        let listed = input.choices.map { "\($0.label.text(in: language)) (\($0.value))" }
        return text + " " + listed.joined(separator: ", ") + "."
    }

    /// Texts written out in full where the vendor's Russian stops short.
    private static let completed: [String: LocalizedText] = [
        "extraFields[].key": LocalizedText(
            ru: "Название дополнительного поля. Если нужно, чтобы в процессе работы системы принятия решений (СПР) "
                + "переменные из лида были взяты в клиента, заявку или договор, их передают так: client.имя_поля — "
                + "поле клиента; loanApplication.имя_поля — поле заявки; contract.имя_поля — поле договора.",
            en: "The name of the additional field. For the decision making system (DSS) to take a variable from the "
                + "lead into the client, the application or the contract, name it so: client.field_name for the "
                + "client; loanApplication.field_name for the application; contract.field_name for the contract."),
    ]
}
