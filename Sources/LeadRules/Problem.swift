import LeadModel

/// The language of a message or a label. Staff work in Russian; English is for logs read
/// by the vendor and for non-Russian-speaking support.
public enum Language: String, Codable, Hashable, Sendable, CaseIterable {
    case ru, en

    /// How numbers are written in the language: `4 499,50` in Russian, `4,499.50` in English.
    public var decimalSeparator: Character {
        switch self {
        case .ru: return ","
        case .en: return "."
        }
    }

    public var groupingSeparator: Character {
        switch self {
        case .ru: return " "
        case .en: return ","
        }
    }
}

/// A text in every language the application speaks.
/// Also an `Error`, so a parse can fail with a message a person reads.
public struct LocalizedText: Codable, Hashable, Sendable, Error {
    public var ru: String
    public var en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .ru: return ru
        case .en: return en
        }
    }

    /// `"<self><separator><other>"` in each language.
    public func joined(_ other: LocalizedText, separator: String = ": ") -> LocalizedText {
        LocalizedText(ru: Self.concatenated(ru, separator, other.ru), en: Self.concatenated(en, separator, other.en))
    }

    /// The three texts as one, its storage no larger than the text (`a + b + c` grows it
    /// by doubling: a lead's thousands of messages, kept until printed, took half again).
    private static func concatenated(_ a: String, _ b: String, _ c: String) -> String {
        var s = String()
        s.reserveCapacity(a.utf8.count + b.utf8.count + c.utf8.count)
        s += a
        s += b
        s += c
        return s
    }
}

/// How bad a problem is: an error stops a submit; a warning is shown and the core decides.
public enum Severity: String, Codable, Hashable, Sendable {
    case error, warning
}

/// One thing wrong with a lead or a field, as a value every caller (form, command line,
/// submit path) shows in its own way.
///
/// JSON form (for `leadterm validate --json`):
/// `{"path": "passport.no", "code": "passport.no.length", "message": {"ru": …, "en": …},
///   "severity": "error", "related": ["…"]}`.
public struct Problem: Codable, Hashable, Sendable, Error, CustomStringConvertible {
    /// The concrete path of the value at fault (`relatives[1].passport.no`); empty for the
    /// lead as a whole.
    public var path: FieldPath
    /// A stable machine code: `required`, `maxLength`, `unknownField`, `type`, `snils.checksum`…
    public var code: String
    /// What is wrong and what is expected, naming the field in staff words.
    public var message: LocalizedText
    public var severity: Severity
    /// Every other path a cross-field problem involves, so a form can mark each of them.
    public var relatedPaths: [FieldPath]

    public init(path: FieldPath, code: String, message: LocalizedText, severity: Severity = .error,
                relatedPaths: [FieldPath] = []) {
        self.path = path
        self.code = code
        self.message = message
        self.severity = severity
        self.relatedPaths = relatedPaths
    }

    /// A problem whose message is "<field name>: <detail>".
    public static func field(_ path: FieldPath, code: String, _ detail: LocalizedText,
                             severity: Severity = .error, related: [FieldPath] = []) -> Problem {
        Problem(path: path, code: code, message: FieldNames.name(for: path).joined(detail),
                severity: severity, relatedPaths: related)
    }

    public var isError: Bool { severity == .error }

    public var description: String { "\(path): \(message.en) [\(severity.rawValue), \(code)]" }

    private enum CodingKeys: String, CodingKey {
        case path, code, message, severity
        case relatedPaths = "related"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let pathText = try c.decode(String.self, forKey: .path)
        path = pathText.isEmpty ? FieldPath([]) : (FieldPath(parsing: pathText) ?? FieldPath([.key(pathText)]))
        code = try c.decode(String.self, forKey: .code)
        message = try c.decode(LocalizedText.self, forKey: .message)
        severity = try c.decode(Severity.self, forKey: .severity)
        relatedPaths = try c.decodeIfPresent([FieldPath].self, forKey: .relatedPaths) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path.description, forKey: .path)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(severity, forKey: .severity)
        try c.encode(relatedPaths, forKey: .relatedPaths)
    }
}

extension Array where Element == Problem {
    /// Whether any of the problems stops a submit.
    public var hasErrors: Bool { contains { $0.isError } }
}
