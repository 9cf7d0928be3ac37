import LeadModel

extension FieldRules {
    /// How a field is edited: kind, length, allowed keys, mask, auto-advance length, example
    /// and a one-line help (meaning, format, example) for F1.
    public func input(for path: FieldPath) -> FieldInput {
        let name = FieldNames.name(for: path)
        guard let spec = FieldCatalog.spec(for: path) else {
            return FieldInput(kind: .text, help: name)
        }
        func help(_ expected: LocalizedText, example: String?) -> LocalizedText {
            help(expected, localizedExample: example.map { LocalizedText(ru: $0, en: $0) })
        }
        func help(_ expected: LocalizedText, localizedExample example: LocalizedText?) -> LocalizedText {
            let ex = example.map { (ru: ". Пример: \($0.ru)", en: ". Example: \($0.en)") } ?? (ru: "", en: "")
            return LocalizedText(ru: "\(name.ru) — \(expected.ru)\(ex.ru)", en: "\(name.en) — \(expected.en)\(ex.en)")
        }
        if let f = format(for: path) {
            let example = f.example.isEmpty ? nil : (f.kind == .date ? f.example : f.example)
            return FieldInput(kind: f.kind, format: f.id, maxLength: spec.maxLength ?? f.fixedLength,
                              allowed: f.allowed, mask: f.mask, fixedLength: f.fixedLength,
                              example: example, help: help(f.expected, example: example))
        }
        if let values = spec.enumValues {
            let choices = values.map { InputChoice(value: $0, label: ChoiceLabels.label(pattern: path.pattern, value: $0)) }
            return FieldInput(kind: .choice, allowed: .any, example: values.first,
                              help: help(Problems.t("одно из: \(choices.map(\.label.ru).joined(separator: ", "))",
                                                    "one of: \(choices.map(\.label.en).joined(separator: ", "))"),
                                         localizedExample: choices.first.map { $0.label }),
                              choices: choices)
        }
        if let codes = spec.codes {
            let choices = codes.map { InputChoice(value: String($0.code), label: ChoiceLabels.label(code: $0)) }
            return FieldInput(kind: .code, allowed: .digits, example: choices.first.map(\.value),
                              // Named, as the list shows them: the operator never types the code.
                              help: help(Problems.t("выбор из списка", "a choice from the list"),
                                         localizedExample: choices.first.map(\.label)),
                              choices: choices)
        }
        switch spec.jsonType {
        case .integer:
            return FieldInput(kind: .integer, allowed: .numeric, example: "2",
                              help: help(Problems.t("целое число", "a whole number"), example: "2"))
        case .number:
            // Both separators are taken; each language's example shows its own.
            return FieldInput(kind: .money, allowed: .numeric, example: "4499,50",
                              help: help(Problems.t("число, дробная часть через запятую", "a number, decimals after a comma or a point"),
                                         localizedExample: Problems.t("4499,50", "4499.50")))
        case .boolean:
            return FieldInput(kind: .boolean, allowed: .any, example: "да",
                              help: help(Problems.t("да или нет", "yes or no"), localizedExample: FieldExamples.example(for: path)),
                              choices: [InputChoice(value: "true", label: Problems.t("да", "yes")),
                                        InputChoice(value: "false", label: Problems.t("нет", "no"))])
        case .string, .date, .object, .array:
            let limit = spec.maxLength.map { Problems.t("текст до \($0) символов", "text up to \($0) characters") }
                ?? Problems.t("текст", "text")
            let example = FieldExamples.example(for: path)
            return FieldInput(kind: .text, maxLength: spec.maxLength, allowed: .any, example: example?.ru,
                              help: help(limit, localizedExample: example))
        }
    }
}

/// Labels of closed-list values and documented codes.
enum ChoiceLabels {
    static func label(pattern: FieldPath, value: String) -> LocalizedText {
        let units: [String: LocalizedText] = [
            "DAYS": Problems.t("дни", "days"), "WEEKS": Problems.t("недели", "weeks"),
            "MONTHS": Problems.t("месяцы", "months"), "YEARS": Problems.t("годы", "years"),
        ]
        if pattern == "periodUnit", let l = units[value] { return l }
        if pattern == "channel", let l = channels[value] { return l }
        return LocalizedText(ru: value, en: value)
    }

    /// The lead channels (seed 002 lists only their codes); UNO_MOMENTO is taken as the
    /// instant-issue offer its name suggests.
    static let channels: [String: LocalizedText] = [
        "PRESCORE": Problems.t("Предварительный скоринг", "Pre-scoring"),
        "GENERATOR": Problems.t("Генератор лидов", "Lead generator"),
        "SITE": Problems.t("Сайт", "Website"),
        "ECOMM": Problems.t("Интернет-магазин", "Online shop"),
        "UNO_MOMENTO": Problems.t("Моментальное решение", "Instant decision"),
        "LOAN_APPLICATION": Problems.t("Заявка на кредит", "Loan application"),
    ]

    /// The period units by name, in the list's order (дни, недели, месяцы, годы).
    static func periodUnitNames(_ values: [String]) -> LocalizedText {
        let names = values.map { label(pattern: "periodUnit", value: $0) }
        return LocalizedText(ru: names.map(\.ru).joined(separator: ", "), en: names.map(\.en).joined(separator: ", "))
    }

    static func label(code: FieldSpec.Code) -> LocalizedText {
        // The vendor's Russian code lists did not render; the sex codes are worth naming.
        let russian: [Int64: String] = [101251: "Мужской", 101252: "Женский"]
        return LocalizedText(ru: code.ru ?? russian[code.code] ?? code.en, en: code.en)
    }
}
