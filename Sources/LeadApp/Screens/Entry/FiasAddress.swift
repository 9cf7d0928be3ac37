import LeadModel
import LeadRules

/// The FIAS look-up from an address typed as words (F4 in an address's full-address field),
/// and the FIAS id field's own typing aid.
public enum FiasAddress {
    /// Whether `path` is an address's "full address (FIAS)" text, where F4 looks the id up.
    public static func isAddressText(_ path: FieldPath) -> Bool {
        path.leafKey == "fullAddressText" && FormLayout.widget(for: path) != nil
    }

    /// The FIAS id field of the same address.
    public static func idPath(besides textPath: FieldPath) -> FieldPath {
        textPath.parent.map { $0.appending("fiasId") } ?? FieldPath(stringLiteral: "fiasId")
    }

    /// 32 hexadecimal digits without hyphens (typed or pasted) become the 8-4-4-4-12 form;
    /// anything else is left as it is, for the field's own check to judge.
    public static func hyphenated(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 32, trimmed.allSatisfy(\.isHexDigit) else { return text }
        var out = ""
        for (i, c) in trimmed.enumerated() {
            if [8, 12, 16, 20].contains(i) { out.append("-") }
            out.append(c)
        }
        return out.lowercased()
    }

    /// The address a field belongs to, short enough for a message line at 80 columns.
    static func addressName(_ field: FieldPath) -> LocalizedText {
        let comps = field.components
        if case .key("addresses")? = comps.first, comps.count > 1, case .index(let i) = comps[1] {
            return LocalizedText(ru: "Доп. адрес \(i + 1)", en: "Additional address \(i + 1)")
        }
        if case .key(let head)? = comps.first, comps.count > 1 { return FieldNames.name(for: FieldPath([.key(head)])) }
        return FieldNames.name(for: EntryForm.rulesPath(field))
    }

    /// The message for a look-up that filled nothing, naming the address.
    public static func message(for result: FiasLookup, field: FieldPath) -> LocalizedText? {
        let name = addressName(field)
        switch result {
        case .found: return nil
        case .noMatch:
            return LocalizedText(ru: "\(name.ru): такого адреса нет в ФИАС — проверьте написание",
                                 en: "\(name.en): FIAS has no such address — check the spelling")
        case .ambiguous(let count):
            let n = count.map { " (\($0))" } ?? ""
            return LocalizedText(ru: "\(name.ru): подходят несколько адресов\(n) — уточните адрес",
                                 en: "\(name.en): several addresses fit\(n) — type more of it")
        }
    }

    static func found(_ id: String, field: FieldPath) -> LocalizedText {
        let name = addressName(field)
        return LocalizedText(ru: "\(name.ru): код ФИАС \(id)", en: "\(name.en): FIAS id \(id)")
    }

    static func emptyText(_ field: FieldPath) -> LocalizedText {
        let name = addressName(field)
        return LocalizedText(ru: "\(name.ru): введите адрес словами, затем F4",
                             en: "\(name.en): type the address in words, then F4")
    }

    static func failed(_ why: LocalizedText, field: FieldPath) -> LocalizedText {
        let name = addressName(field)
        return LocalizedText(ru: "\(name.ru): \(why.ru)", en: "\(name.en): \(why.en)")
    }

    static let searching = LocalizedText(ru: "Поиск в ФИАС…", en: "Searching FIAS…")
}
