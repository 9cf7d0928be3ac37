import LeadModel
import LeadRules

/// Everything a form needs from outside: the rules, the requirement profile, the language,
/// the code lists (the core's dictionaries where it has them) and today's date.
public struct FormContext: Sendable {
    public var rules: FieldRules
    public var validator: LeadValidator
    public var profile: RequirementProfile
    public var language: Language
    public var codeLists: [CodeListID: CodeList]
    /// A code list's type-ahead takes the one choice left at once (config
    /// `accept-single-match`; on by default with the heads-down `branch` profile).
    public var acceptsSingleMatch: Bool

    public init(rules: FieldRules, validator: LeadValidator, profile: RequirementProfile,
                language: Language, codeLists: [CodeListID: CodeList] = [:], acceptsSingleMatch: Bool = false) {
        self.rules = rules
        self.validator = validator
        self.profile = profile
        self.language = language
        self.codeLists = codeLists
        self.acceptsSingleMatch = acceptsSingleMatch
    }

    public func codeList(_ id: CodeListID) -> CodeList {
        codeLists[id] ?? DocumentedCodes.list(id)
    }
}

/// How a field stands, for its marker on screen.
public enum FieldStatus: Hashable, Sendable {
    case empty, incomplete, valid, warning, invalid
}

/// The lead being keyed in: the raw text of every field exactly as typed (never lost, even
/// when invalid), the lists' rows, focus and live validation.
public struct EntryForm: Hashable, Sendable {
    /// Raw text per concrete path (`relatives[0].passport.no`).
    public var values: [FieldPath: String] = [:] { didSet { changedSinceCheck = true; revision = FormRevision() } }
    /// Rows per concrete list path.
    public var rows: [FieldPath: Int] = [:] { didSet { changedSinceCheck = true; revision = FormRevision() } }
    /// Whether values or rows changed since the last whole-lead check: leaving a field that
    /// was not changed costs nothing, however large the lead.
    var changedSinceCheck = true
    /// The row shown in each list's detail form.
    public var selectedRow: [FieldPath: Int] = [:]
    /// Folded groups the operator opened, by their first path.
    public var unfolded: Set<FieldPath> = []
    public var section: SectionID = .person
    /// The path of the focused stop (a field, a fold header or a list table).
    public var focus: FieldPath?
    /// Live result per field, updated as the operator types.
    public var checks: [FieldPath: FieldCheck] = [:] { didSet { revision = FormRevision() } }
    /// The last whole-lead validation (on leaving a field, and on submit).
    public var leadProblems: [Problem] = [] {
        didSet {
            crossProblems = Self.crossProblems(in: leadProblems)
            problemsByPath = Self.problemsByPath(leadProblems)
            revision = FormRevision()
        }
    }
    /// The indexes in `leadProblems` of the problems naming each path (as theirs or related),
    /// in order: the message line asks for the focused field's on every frame.
    private var problemsByPath: [FieldPath: [Int]] = [:]
    /// Replaced whenever values, rows, checks or problems change, so what is computed from
    /// them can be kept until then (the section list's counts, see `RenderCache`).
    private(set) var revision = FormRevision()
    /// Each path the whole-lead problems other than "required" name (as theirs or related),
    /// and whether one of them is an error: `status(of:)` asks for every field shown on every
    /// frame, the problems change only on leaving a field.
    private var crossProblems: [FieldPath: Bool] = [:]

    public init() {}

    // MARK: values

    public func text(_ path: FieldPath) -> String { values[path] ?? "" }

    public func rowCount(_ list: FieldPath) -> Int { rows[list] ?? 0 }

    /// Sets a field's text and checks that one field only (no whole-lead work while typing).
    public mutating func setText(_ text: String, at path: FieldPath, context: FormContext) {
        if text.isEmpty { values[path] = nil } else { values[path] = text }
        checks[path] = context.rules.check(path: Self.rulesPath(path), text: text)
    }

    /// Map rows use synthetic paths; the rules know them as `attributes.<key>`.
    public static func rulesPath(_ path: FieldPath) -> FieldPath {
        guard let leaf = path.leafKey, leaf == MapRow.keyField || leaf == MapRow.valueField,
              let row = path.parent, let map = row.parent else { return path }
        return map.appending("*")
    }

    // MARK: status

    /// Every problem of the last whole-lead check that involves `path`.
    public func problems(at path: FieldPath) -> [Problem] {
        guard !problemsByPath.isEmpty, let found = problemsByPath[path] else { return [] }
        return found.map { leadProblems[$0] }
    }

    private static func problemsByPath(_ problems: [Problem]) -> [FieldPath: [Int]] {
        var index: [FieldPath: [Int]] = [:]
        for (i, problem) in problems.enumerated() {
            for path in [problem.path] + problem.relatedPaths where index[path]?.last != i {
                index[path, default: []].append(i)
            }
        }
        return index
    }

    public func status(of path: FieldPath) -> FieldStatus {
        // A required field still empty is shown by its marker, not as an error.
        let cross = crossProblems.isEmpty ? nil : crossProblems[path]  // no hashing when none
        if cross == true { return .invalid }
        let hasCross = cross != nil
        switch checks[path] {
        case .invalid?: return .invalid
        case .incomplete?: return .incomplete
        case .warning?: return .warning
        case .valid?: return hasCross ? .warning : .valid
        case .empty?, nil: return values[path] == nil ? (hasCross ? .warning : .empty) : .valid
        }
    }

    /// The message for the status line about a field: its live problem, else a cross-field one.
    public func message(for path: FieldPath) -> LocalizedText? {
        switch checks[path] {
        case .invalid(let p)?, .warning(let p)?: return p.message
        case .incomplete(let hint)?: return hint
        default: return problems(at: path).first?.message
        }
    }

    static let requiredCode = "required"

    /// Required by the active profile and still empty.
    public func isMissing(_ path: FieldPath, context: FormContext) -> Bool {
        values[path] == nil && context.profile.isRequired(path)
    }

    /// A section's summary for the section list: errors, required fields still empty.
    public func summary(of section: SectionID, context: FormContext) -> SectionSummary {
        var errors = 0, missing = 0, filled = 0
        let crossErrors = crossErrorPaths()
        for path in allFieldPaths(in: section) {
            // The same test as `status(of:) == .invalid`.
            if crossErrors.contains(path) { errors += 1 } else if case .invalid? = checks[path] { errors += 1 }
            if values[path] != nil { filled += 1 } else if context.profile.isRequired(path) { missing += 1 }
        }
        return SectionSummary(errors: errors, missingRequired: missing, filled: filled)
    }

    /// Every section's summary, in `SectionID.allCases` order: what the section list shows on
    /// each frame. Equal to `summary(of:context:)` for each section, but it goes through
    /// the filled fields, checks and problems (a few dozen) rather than every field path
    /// (a few hundred); `index` changes only with the lists' rows, so a view keeps it.
    public func summaries(index: SectionFieldIndex) -> [SectionSummary] {
        let count = SectionID.allCases.count
        var errors = Array(repeating: 0, count: count)
        var filled = Array(repeating: 0, count: count)
        var filledRequired = Array(repeating: 0, count: count)
        for path in values.keys {
            guard let place = index.places[path] else { continue }
            filled[place.section] += 1
            if place.required { filledRequired[place.section] += 1 }
        }
        var wrong = crossErrorPaths()
        for (path, check) in checks { if case .invalid = check { wrong.insert(path) } }
        for path in wrong {
            if let place = index.places[path] { errors[place.section] += 1 }
        }
        return (0..<count).map {
            SectionSummary(errors: errors[$0], missingRequired: index.requiredCounts[$0] - filledRequired[$0],
                           filled: filled[$0])
        }
    }

    /// The paths an error of the whole-lead check involves (a still-empty required field aside).
    private func crossErrorPaths() -> Set<FieldPath> {
        Set(crossProblems.lazy.filter(\.value).map(\.key))
    }

    private static func crossProblems(in problems: [Problem]) -> [FieldPath: Bool] {
        var named: [FieldPath: Bool] = [:]
        for problem in problems where problem.code != requiredCode {
            named[problem.path] = named[problem.path] == true || problem.isError
            for path in problem.relatedPaths { named[path] = named[path] == true || problem.isError }
        }
        return named
    }

    /// Every field path of a section, whatever is folded or selected (all rows of lists).
    public func allFieldPaths(in section: SectionID) -> [FieldPath] {
        var out: [FieldPath] = []
        func walk(_ items: [FormItem], base: [FieldPath.Component]) {
            for item in items {
                switch item {
                case .field(let p, _): out.append(FieldPath(base + p.components))
                case .group(_, let inner, _): walk(inner, base: base)
                case .list(let spec):
                    let listPath = FieldPath(base + spec.path.components)
                    for row in 0..<rowCount(listPath) {
                        if spec.isMap {
                            out.append(listPath.appending(index: row).appending(MapRow.keyField))
                            out.append(listPath.appending(index: row).appending(MapRow.valueField))
                        } else {
                            walk(spec.itemFields, base: listPath.components + [.index(row)])
                        }
                    }
                }
            }
        }
        walk(FormLayout.section(section).items, base: [])
        return out
    }
}

/// Which section each field path is in and whether the profile requires it: what the
/// section summaries count with. It depends on the lists' row counts only, so a view keeps
/// it while `rows` stays the same.
public struct SectionFieldIndex: Sendable {
    struct Place: Sendable {
        let section: Int
        let required: Bool
    }

    /// The row counts the index was built for.
    public let rows: [FieldPath: Int]
    let places: [FieldPath: Place]
    /// Required paths per section, in `SectionID.allCases` order.
    let requiredCounts: [Int]

    public init(form: EntryForm, context: FormContext) {
        rows = form.rows
        var places: [FieldPath: Place] = [:]
        var requiredCounts: [Int] = []
        for (i, id) in SectionID.allCases.enumerated() {
            var required = 0
            for path in form.allFieldPaths(in: id) {
                let isRequired = context.profile.isRequired(path)
                if isRequired { required += 1 }
                places[path] = Place(section: i, required: isRequired)
            }
            requiredCounts.append(required)
        }
        self.places = places
        self.requiredCounts = requiredCounts
    }
}

/// One state of a form's values, rows, checks and problems: a new one on every change of
/// them, told apart by identity. It takes no part in the form's equality (two forms with the
/// same fields are equal whatever their history), so it is never part of what a test compares.
final class FormRevision: Hashable, Sendable {
    static func == (lhs: FormRevision, rhs: FormRevision) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
    func isSame(as other: FormRevision) -> Bool { self === other }
}

public struct SectionSummary: Hashable, Sendable {
    public var errors: Int
    public var missingRequired: Int
    public var filled: Int

    public var isComplete: Bool { errors == 0 && missingRequired == 0 }
}
