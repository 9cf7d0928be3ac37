import LeadModel

/// Checks a raw lead JSON tree against the field catalog: unknown keys (warnings, with the
/// key a typo probably meant), wrong JSON types and impossible dates (errors), `null` extra
/// field values (errors), then each value's own rules. Values of the wrong type are listed
/// so they can be dropped before the tree is decoded, and every other rule still runs.
struct CatalogCheck {
    let rules: FieldRules
    var problems: [Problem] = []
    /// Concrete paths of values that cannot be decoded into a `Lead`.
    var unusable: [FieldPath] = []

    init(rules: FieldRules) { self.rules = rules }

    mutating func walkObject(_ object: [String: JSONValue], at path: FieldPath?) {
        for key in object.keys.sorted() {
            let child = path?.appending(key) ?? FieldPath([.key(key)])
            guard let value = object[key] else { continue }
            guard let spec = FieldCatalog.spec(for: child) else {
                problems.append(Problems.unknownField(child, suggestion: suggestion(for: key, under: path)))
                continue
            }
            walk(value, at: child, spec: spec)
        }
    }

    private mutating func walk(_ value: JSONValue, at path: FieldPath, spec: FieldSpec) {
        if case .null = value {
            if path.pattern == "extraFields[].value" {
                problems.append(Problem.field(path, code: "extraField.null", FieldLimits.nullValueText))
                unusable.append(path)
            }
            return
        }
        switch (spec.jsonType, value) {
        case (.object, .object(let o)):
            walkObject(o, at: path)
        case (.array, .array(let items)):
            for (i, item) in items.enumerated() {
                let itemPath = path.appending(index: i)
                if spec.itemType == "object" {
                    guard case .object(let o) = item else {
                        typeError(itemPath, expected: Problems.t("объект", "an object"), found: item)
                        continue
                    }
                    walkObject(o, at: itemPath)
                }
            }
        case (.number, .int(let i)) where !Self.keptExactly(i):
            // The decoder would put it in a Double and send it rounded.
            problems.append(Problem.field(path, code: "number.precision",
                                          Problems.t("\(i): больше 15 значащих цифр, число было бы округлено",
                                                     "\(i): more than 15 significant digits, the number would be rounded")))
            unusable.append(path)
        case (.string, .string), (.integer, .int), (.number, .int), (.number, .double), (.boolean, .bool):
            problems += rules.valueProblems(at: path, value: value, spec: spec)
        case (.date, .string(let s)):
            if s.isEmpty { return }
            if CalendarDate(iso: s) == nil {
                problems.append(Problem.field(path, code: "date.format",
                                              Problems.t("«\(s)» — не дата; нужна реальная дата в виде ГГГГ-ММ-ДД",
                                                         "“\(s)” is not a date; expected a real date as YYYY-MM-DD")))
                unusable.append(path)
            }
        default:
            typeError(path, expected: Self.expected(spec.jsonType), found: value)
        }
    }

    private mutating func typeError(_ path: FieldPath, expected: LocalizedText, found: JSONValue) {
        let found = Self.typeName(found)
        problems.append(Problem.field(path, code: "type",
                                      Problems.t("ожидается \(expected.ru), а передано: \(found.ru)",
                                                 "expected \(expected.en), found \(found.en)")))
        unusable.append(path)
    }

    /// The catalog key at the same level closest to a misspelt one.
    private func suggestion(for key: String, under parent: FieldPath?) -> String? {
        let siblings = parent.map { FieldCatalog.children(of: $0.pattern).compactMap(\.path.leafKey) }
            ?? FieldCatalog.all.filter { $0.path.components.count == 1 }.compactMap(\.path.leafKey)
        let best = siblings.map { ($0, Problems.distance($0.lowercased(), key.lowercased())) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= 2, best.1 < key.count / 2 else { return nil }
        return best.0
    }

    static func expected(_ type: FieldSpec.JSONType) -> LocalizedText {
        switch type {
        case .string: return Problems.t("строка", "a string")
        case .integer: return Problems.t("целое число", "an integer")
        case .number: return Problems.t("число", "a number")
        case .boolean: return Problems.t("true или false", "true or false")
        case .date: return Problems.t("дата строкой ГГГГ-ММ-ДД", "a date string YYYY-MM-DD")
        case .object: return Problems.t("объект", "an object")
        case .array: return Problems.t("массив", "an array")
        }
    }

    static func typeName(_ value: JSONValue) -> LocalizedText {
        switch value {
        case .null: return Problems.t("null", "null")
        case .bool: return Problems.t("логическое значение", "a boolean")
        case .int: return Problems.t("целое число", "an integer")
        case .double: return Problems.t("дробное число", "a fractional number")
        case .string: return Problems.t("строка", "a string")
        case .array: return Problems.t("массив", "an array")
        case .object: return Problems.t("объект", "an object")
        }
    }

    /// Whether an integer placed in a `number` field reaches the wire as written: at most
    /// 15 significant digits, the most a double keeps for every value.
    static func keptExactly(_ value: Int64) -> Bool {
        var digits = String(value.magnitude)
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits.count <= 15
    }
}
