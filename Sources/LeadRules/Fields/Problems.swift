import LeadModel

/// Problems shared by several rules, worded once.
enum Problems {
    static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    static func unknownField(_ path: FieldPath, suggestion: String? = nil) -> Problem {
        let key = path.leafKey ?? path.description
        let section = path.parent.map { FieldNames.name(for: $0) }
        var ru = "Неизвестное поле «\(key)»"
        var en = "Unknown field “\(key)”"
        if let section { ru += " в разделе «\(section.ru)»"; en += " in “\(section.en)”" }
        ru += ": ядро его не знает и не сохранит"
        en += ": the core does not know it and will not store it"
        if let suggestion {
            let name = path.parent.map { FieldNames.label(for: $0.appending(suggestion)) } ?? FieldNames.label(for: FieldPath([.key(suggestion)]))
            ru += "; возможно, имелось в виду «\(suggestion)» (\(name.ru))"
            en += "; did you mean “\(suggestion)” (\(name.en))?"
        }
        return Problem(path: path, code: "unknownField", message: t(ru, en), severity: .warning)
    }

    /// What was typed, quoted in a message: a long text is shortened so the message still
    /// fits the message line (three lines at 80 columns).
    static func quoted(_ text: String) -> String {
        text.count > 24 ? String(text.prefix(23)) + "…" : text
    }

    /// The allowed values by name (`дни, недели, месяцы, годы`), as the operator picks them;
    /// a value from a file or the core (`found`) is quoted as it was. (The wire values are in
    /// `lead-fields.json`; with them the message would not fit the message line.)
    static func notInEnum(_ path: FieldPath, values: [String], found: String? = nil) -> Problem {
        let labels = values.map { ChoiceLabels.label(pattern: path.pattern, value: $0) }
        func list(_ language: KeyPath<LocalizedText, String>) -> String {
            labels.map { $0[keyPath: language] }.joined(separator: ", ")
        }
        let ru = found.map { "недопустимое значение «\(quoted($0))»; допустимо одно из: \(list(\.ru))" } ?? "допустимо одно из: \(list(\.ru))"
        let en = found.map { "“\(quoted($0))” is not allowed; expected one of: \(list(\.en))" } ?? "expected one of: \(list(\.en))"
        return Problem.field(path, code: "enum", t(ru, en))
    }

    static func unknownCode(_ path: FieldPath, _ code: Int64, codes: [FieldSpec.Code]) -> Problem {
        // A long list of codes would push the message past the message line: F1 lists them.
        let list = codes.count > 6 ? nil : codes.map { "\($0.code)" }.joined(separator: ", ")
        let ru = list.map { "(\($0))" } ?? "(список — в справке F1)"
        let en = list.map { "(\($0))" } ?? "(F1 lists them)"
        return Problem.field(path, code: "code.unknown",
                             t("код \(code) не из документированного списка \(ru); ядро проверит по своему справочнику",
                               "code \(code) is not in the documented list \(en); the core checks its own dictionary"),
                             severity: .warning)
    }

    static func outOfRange(_ path: FieldPath, _ value: Int64, format: String?) -> Problem? {
        let range: ClosedRange<Int64>
        switch format {
        case "int32": range = Int64(Int32.min)...Int64(Int32.max)
        case "byte": range = Int64(Int8.min)...Int64(Int8.max)
        default: return nil
        }
        guard !range.contains(value) else { return nil }
        return Problem.field(path, code: "integer.range",
                             t("число вне допустимого диапазона \(range.lowerBound)…\(range.upperBound)",
                               "number out of range \(range.lowerBound)…\(range.upperBound)"))
    }

    /// Edit distance, for suggesting the key a typo meant (`counryId` → `countryId`).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return b.isEmpty ? a.count : row[b.count]
    }
}

/// The limits of single fields that are not formats: amounts and counts.
enum FieldLimits {
    static let extraFieldPrefixes = ["client.", "loanApplication.", "contract."]

    // Parsed once: a string-literal case would parse its path on every check (every key).
    static let extraFieldKey: FieldPath = "extraFields[].key"
    static let extraFieldValue: FieldPath = "extraFields[].value"
    static let amount: FieldPath = "amount"
    static let goodsQuantity: FieldPath = "goods[].quantity"
    static let period: FieldPath = "period"

    static func stringProblems(path: FieldPath, pattern: FieldPath, value: String) -> [Problem] {
        switch pattern {
        case extraFieldKey:
            guard let prefix = extraFieldPrefixes.first(where: { value.hasPrefix($0) }),
                  value.count > prefix.count else {
                return [Problem.field(path, code: "extraField.key",
                                      Problems.t("ключ начинается с client., loanApplication. или contract. и имени поля, например client.education.id",
                                                 "the key starts with client., loanApplication. or contract. and a field name, e.g. client.education.id"))]
            }
            return []
        case extraFieldValue:
            guard value.trimmingSpaces.lowercased() != "null" else {
                return [Problem.field(path, code: "extraField.null", nullValueText)]
            }
            return []
        default:
            return []
        }
    }

    /// Why `null` must never be an extra field's value: the core fails the whole lead.
    static let nullValueText = Problems.t(
        "значение null недопустимо: ядро отклоняет весь лид с ошибкой «Ошибка при выполнении коммита транзакции»; уберите поле или укажите значение строкой",
        "a null value is not allowed: the core rejects the whole lead with “Ошибка при выполнении коммита транзакции” (error while committing the transaction); remove the field or give the value as a string")

    static func numberProblems(path: FieldPath, pattern: FieldPath, spec: FieldSpec, value: Double) -> [Problem] {
        switch pattern {
        case amount where value <= 0:
            return [Problem.field(path, code: "amount.notPositive", Problems.t("сумма должна быть больше 0", "the amount must be greater than 0"))]
        case goodsQuantity where value < 1:
            return [Problem.field(path, code: "quantity.tooSmall", Problems.t("не меньше 1", "at least 1"))]
        case period where value == 0:
            return [Problem.field(path, code: "period.zero",
                                  Problems.t("срок 0 — похоже на заглушку; укажите срок займа", "a term of 0 looks like a placeholder; enter the loan term"),
                                  severity: .warning)]
        default:
            break
        }
        // Amounts and counts are never negative (ids and codes are not checked here).
        let isCount = spec.jsonType == .integer && (spec.format == "int32" || spec.format == "byte")
        if (spec.jsonType == .number || isCount) && value < 0 {
            return [Problem.field(path, code: "negative", Problems.t("не может быть отрицательным", "must not be negative"))]
        }
        return []
    }
}
