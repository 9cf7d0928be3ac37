import Foundation
import LeadModel

/// The rules of single fields for one country: formats, input descriptors, live checking of
/// a field as typed, and conversion between typed text and wire values.
///
/// Everything here looks at one field only, so a form can call it on every key press.
public struct FieldRules: Sendable {
    public let country: any CountryProfile
    private let formats: [FieldPath: FieldFormat]

    public init(country: any CountryProfile = CountryProfiles.defaultProfile) {
        self.country = country
        formats = CommonFormats.byPattern.merging(country.formats) { _, countrys in countrys }
    }

    /// The format of a field (concrete path or pattern), if it has one.
    public func format(for path: FieldPath) -> FieldFormat? {
        format(forPattern: path.pattern, spec: nil)
    }

    /// `format(for:)` of a pattern, with its spec when the caller has it.
    func format(forPattern pattern: FieldPath, spec: FieldSpec?) -> FieldFormat? {
        if let f = formats[pattern] { return f }
        if (spec ?? FieldCatalog.spec(forPattern: pattern))?.jsonType == .date { return CommonFormats.date }
        return nil
    }

    // MARK: - Live checking

    /// Checks one field as typed (`text` as in the field: digits for phones, `NNN-NNN` for a
    /// subdivision code, `ДД.ММ.ГГГГ` or `ГГГГ-ММ-ДД` for dates). Only this field is looked at.
    public func check(path: FieldPath, text: String) -> FieldCheck {
        // The pattern once: each question below is asked of it (a lead opens with 40,000 checks).
        let pattern = path.pattern
        guard let spec = FieldCatalog.spec(forPattern: pattern) else {
            return .invalid(Problems.unknownField(path))
        }
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty { return .empty }
        if let values = spec.enumValues, !values.contains(trimmed),
           values.contains(where: { $0.hasPrefix(trimmed.uppercased()) }) {
            return .incomplete(Problems.notInEnum(path, values: values).message)
        }
        if spec.jsonType == .number || spec.jsonType == .integer,
           trimmed == "-" || trimmed.hasSuffix(",") || trimmed.hasSuffix(".") {
            return .incomplete(FieldNames.name(for: path).joined(Problems.t("введите число", "enter a number")))
        }
        let format = format(forPattern: pattern, spec: spec)
        if let format {
            let fieldText = format.normalize(trimmed)
            switch format.verdict(fieldText) {
            case .valid: break
            case .incomplete(_, let detail): return .incomplete(FieldNames.name(for: path).joined(detail))
            case .invalid(let code, let detail): return .invalid(Problem.field(path, code: code, detail))
            }
        }
        switch wireValue(path: path, text: text, spec: spec, format: format) {
        case .failure(let problem):
            return .invalid(problem)
        case .success(nil):
            return .empty
        case .success(let value?):
            let problems = valueProblems(at: path, value: value, spec: spec, pattern: pattern, format: format)
            if let error = problems.first(where: \.isError) { return .invalid(error) }
            if let warning = problems.first { return .warning(warning) }
            return .valid
        }
    }

    // MARK: - Text and wire values

    /// The wire value for what is typed in a field: nil for an empty field; trimmed and
    /// normalized text for strings (`+7 (905) 735-70-14` → `79057357014`); ISO for dates;
    /// numbers from `4 499,50` or `4499.50`; integers with their range; booleans from
    /// да/нет, yes/no, true/false, 1/0. A failure names the field and what is expected.
    public func wireValue(path: FieldPath, text: String) -> Result<JSONValue?, Problem> {
        let pattern = path.pattern
        guard let spec = FieldCatalog.spec(forPattern: pattern) else { return .failure(Problems.unknownField(path)) }
        return wireValue(path: path, text: text, spec: spec, format: format(forPattern: pattern, spec: spec))
    }

    /// `wireValue(path:text:)` with the field's spec and format already looked up.
    func wireValue(path: FieldPath, text: String, spec: FieldSpec, format: FieldFormat?) -> Result<JSONValue?, Problem> {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty { return .success(nil) }
        switch spec.jsonType {
        case .string:
            return .success(.string(format?.normalize(trimmed) ?? trimmed))
        case .date:
            guard let date = DateText.date(fromTyped: trimmed) else {
                if case .incomplete(let code, let detail) = DateText.verdict(trimmed) {
                    return .failure(Problem.field(path, code: code, detail))
                }
                return .failure(Problem.field(path, code: "date.invalid", DateText.noSuchDate))
            }
            return .success(.string(date.iso))
        case .integer:
            let digits = trimmed.filter { !" \u{00A0}\u{202F}".contains($0) }
            guard let value = Int64(digits) else {
                return .failure(Problem.field(path, code: "integer.invalid", Problems.t("нужно целое число", "expected a whole number")))
            }
            if let problem = Problems.outOfRange(path, value, format: spec.format) { return .failure(problem) }
            return .success(.int(value))
        case .number:
            guard let value = NumberText.parse(trimmed) else {
                return .failure(Problem.field(path, code: "number.invalid",
                                              Problems.t("нужно число, например 4499,50", "expected a number, e.g. 4499.50")))
            }
            return .success(.double(value))
        case .boolean:
            switch trimmed.lowercased() {
            case "да", "д", "yes", "y", "true", "1": return .success(.bool(true))
            case "нет", "н", "no", "n", "false", "0": return .success(.bool(false))
            default:
                return .failure(Problem.field(path, code: "boolean.invalid", Problems.t("нужно «да» или «нет»", "expected yes or no")))
            }
        case .object, .array:
            return .failure(Problem.field(path, code: "notAField",
                                          Problems.t("это раздел, а не поле", "this is a section, not a field")))
        }
    }

    static let yes = LocalizedText(ru: "да", en: "yes")
    static let no = LocalizedText(ru: "нет", en: "no")

    /// The text shown in a field for a wire value: dates as `ДД.ММ.ГГГГ`, amounts with a
    /// decimal comma in Russian, booleans as да/нет. `wireValue` reads every result back.
    public func displayText(path: FieldPath, value: JSONValue, language: Language = .ru) -> String {
        switch value {
        case .null, .array, .object: return ""
        case .string(let s):
            // The catalog is asked only of what is shaped like a date (10 characters).
            if s.utf8.count == 10, let d = CalendarDate(iso: s), FieldCatalog.spec(for: path)?.jsonType == .date {
                return DateText.display(d)
            }
            return s
        case .int(let i): return String(i)
        case .double(let d): return NumberText.display(d, language: language)
        case .bool(let b): return (b ? Self.yes : Self.no).text(in: language)
        }
    }

    // MARK: - Rules on one wire value

    /// Problems of one wire value whose JSON type is already right: format, length in
    /// characters, closed lists, dictionary codes, ranges and the field's own limits.
    func valueProblems(at path: FieldPath, value: JSONValue, spec: FieldSpec) -> [Problem] {
        let pattern = path.pattern
        return valueProblems(at: path, value: value, spec: spec, pattern: pattern, format: format(forPattern: pattern, spec: spec))
    }

    /// `valueProblems(at:value:spec:)` with the pattern and format already made.
    func valueProblems(at path: FieldPath, value: JSONValue, spec: FieldSpec, pattern: FieldPath, format: FieldFormat?) -> [Problem] {
        var out: [Problem] = []
        switch value {
        case .string(let s):
            if s.isEmpty {
                if pattern == FieldLimits.extraFieldValue {
                    out.append(Problem.field(path, code: "extraField.emptyValue",
                                             Problems.t("значение не может быть пустым", "the value must not be empty")))
                }
                return out
            }
            if let max = spec.maxLength, s.count > max {
                out.append(Problem.field(path, code: "maxLength",
                                         Problems.t("не больше \(max) символов, сейчас \(s.count)",
                                                    "at most \(max) characters, now \(s.count)")))
            }
            if let values = spec.enumValues, !values.contains(s) {
                out.append(Problems.notInEnum(path, values: values, found: s))
            }
            if spec.jsonType != .date, let format {
                switch format.verdict(s) {
                case .valid: break
                case .incomplete(let code, let detail), .invalid(let code, let detail):
                    out.append(Problem.field(path, code: code, detail))
                }
            }
            out += FieldLimits.stringProblems(path: path, pattern: pattern, value: s)
        case .int(let i):
            if let p = Problems.outOfRange(path, i, format: spec.format) { out.append(p) }
            if let codes = spec.codes, !codes.contains(where: { $0.code == i }) {
                out.append(Problems.unknownCode(path, i, codes: codes))
            }
            out += FieldLimits.numberProblems(path: path, pattern: pattern, spec: spec, value: Double(i))
        case .double(let d):
            out += FieldLimits.numberProblems(path: path, pattern: pattern, spec: spec, value: d)
        case .null, .bool, .array, .object:
            break
        }
        return out
    }
}

/// Amounts as people type them and as forms show them.
public enum NumberText {
    /// `4 499,50`, `4499.50`, `-3` → the number; nil for anything else.
    public static func parse(_ text: String) -> Double? {
        var s = text.filter { !" \u{00A0}\u{202F}".contains($0) }
        s = String(s.map { $0 == "," ? "." : $0 })
        guard !s.isEmpty, s.filter({ $0 == "." }).count <= 1,
              s.enumerated().allSatisfy({ i, ch in (ch.isASCII && ch.isNumber) || ch == "." || (ch == "-" && i == 0) }),
              s.contains(where: { $0.isNumber }),
              let v = Double(s.hasSuffix(".") ? String(s.dropLast()) : s), v.isFinite
        else { return nil }
        return v
    }

    /// The shortest text that reads back as the same number; a decimal comma in Russian.
    public static func display(_ value: Double, language: Language) -> String {
        let text: String
        if value == value.rounded(), abs(value) < 1e15 {
            text = String(Int64(value))
        } else {
            text = "\(value)"
        }
        return String(text.map { $0 == "." ? language.decimalSeparator : $0 })
    }
}
