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
    public var values: [FieldPath: String] = [:] { didSet { contentChanged() } }
    /// Rows per concrete list path.
    public var rows: [FieldPath: Int] = [:] { didSet { contentChanged() } }
    /// Replaced whenever values or rows change: a check made in the background is taken
    /// only while the form still holds what it was made of.
    private(set) var contentRevision = FormRevision()
    /// A large lead just opened: its field checks and whole-lead check are being made in the
    /// background (`FormCheck`), so the form shows at once; until they come back, leaving a
    /// field does not check the whole lead, and submitting makes the checks itself.
    public internal(set) var awaitingCheck = false
    /// Whether values or rows changed since the last whole-lead check: leaving a field that
    /// was not changed costs nothing, however large the lead.
    var changedSinceCheck = true
    /// What an edit can be checked in its scope with (see `LiveCheck`); nil until the whole
    /// lead has been checked, and when only the whole check can be trusted.
    var checkBasis = Unequated<CheckBasis?>(value: nil)
    /// The fields of a group being filled in (the card, a FIAS triple, an extra field): a
    /// missing part of it is incomplete, not an error, until focus leaves the group.
    public internal(set) var fillingGroup: Set<FieldPath> = [] {
        didSet {
            guard fillingGroup != oldValue else { return }
            refreshMarks(at: fillingGroup.symmetricDifference(oldValue))
        }
    }
    /// The row shown in each list's detail form.
    public var selectedRow: [FieldPath: Int] = [:]
    /// Folded groups the operator opened, by their first path.
    public var unfolded: Set<FieldPath> = []
    public var section: SectionID = .person
    /// The path of the focused stop (a field, a fold header or a list table).
    public var focus: FieldPath? {
        didSet {
            if !fillingGroup.isEmpty, !(focus.map(fillingGroup.contains) ?? false) { fillingGroup = [] }
            if editedField != nil, editedField != focus { editedField = nil }
        }
    }
    /// The field last edited, until focus moves from it: while it is half typed its own
    /// check says how it stands (`…` for a phone half typed), not the whole lead's check of
    /// the same value, which is shown once the field is left.
    public internal(set) var editedField: FieldPath? {
        didSet {
            guard editedField != oldValue else { return }
            refreshMarks(at: Set([oldValue, editedField].compactMap { $0 }))
        }
    }
    /// Live result per field, updated as the operator types.
    public var checks: [FieldPath: FieldCheck] = [:] { didSet { revision = FormRevision() } }
    /// The last whole-lead validation (on leaving a field, and on submit).
    public var leadProblems: [Problem] = [] {
        didSet {
            guard !mendingIndexes else { return }
            problemsByPath = Self.problemsByPath(leadProblems)
            crossProblems = Self.crossProblems(in: leadProblems, filling: fillingGroup, typing: fieldBeingTyped)
            revision = FormRevision()
        }
    }
    /// The problems naming each path (as theirs or related), in order: the message line asks
    /// for the focused field's on every frame.
    private var problemsByPath: [FieldPath: [Problem]] = [:]
    /// Set while `replaceProblems` mends the indexes itself.
    private var mendingIndexes = false
    /// Replaced whenever values, rows, checks or problems change, so what is computed from
    /// them can be kept until then (the section list's counts, see `RenderCache`).
    private(set) var revision = FormRevision()
    /// Each path the whole-lead problems other than "required" name (as theirs or related),
    /// and the worst of them: `status(of:)` asks for every field shown on every frame, the
    /// problems change only with an edit.
    private var crossProblems: [FieldPath: CrossMark] = [:]

    /// How a whole-lead problem marks a field it names; the worst wins.
    enum CrossMark: Int, Comparable, Sendable {
        case warning, incomplete, error
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    public init() {}

    private mutating func contentChanged() {
        changedSinceCheck = true
        revision = FormRevision()
        contentRevision = FormRevision()
    }

    // MARK: values

    public func text(_ path: FieldPath) -> String { values[path] ?? "" }

    public func rowCount(_ list: FieldPath) -> Int { rows[list] ?? 0 }

    /// Sets a field's text, checks the field and then the whole-lead rules it takes part in
    /// (live: a group filled in shows its state at once, not when a field is left).
    public mutating func setText(_ text: String, at path: FieldPath, context: FormContext) {
        let wasChecked = !changedSinceCheck
        editedField = path
        if text.isEmpty { values[path] = nil } else { values[path] = text }
        checks[path] = context.rules.check(path: Self.rulesPath(path), text: text)
        checkEdit(at: path, wasChecked: wasChecked, context: context)
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
        guard !problemsByPath.isEmpty else { return [] }
        return problemsByPath[path] ?? []
    }

    private static func problemsByPath(_ problems: [Problem]) -> [FieldPath: [Problem]] {
        var index: [FieldPath: [Problem]] = [:]
        for problem in problems {
            for path in Set([problem.path] + problem.relatedPaths) { index[path, default: []].append(problem) }
        }
        return index
    }

    /// `leadProblems` with the problems of one scope (`removed`) replaced by `found`: the
    /// indexes are mended for the paths those name only, not built again over every problem
    /// of the lead on each key. `current` holds every problem that can name those paths
    /// (the scope's, as no rule relates a path of one scope to another's).
    mutating func replaceProblems(_ all: [Problem], removed: [Problem], found: [Problem], current: [Problem]) {
        mendingIndexes = true
        leadProblems = all
        mendingIndexes = false
        var touched = Set<FieldPath>()
        for problem in removed + found {
            touched.insert(problem.path)
            touched.formUnion(problem.relatedPaths)
        }
        for path in touched {
            let naming = current.filter { $0.path == path || $0.relatedPaths.contains(path) }
            problemsByPath[path] = naming.isEmpty ? nil : naming
        }
        refreshMarks(at: touched)
    }

    /// The marks of `paths` again, from the problems naming each.
    private mutating func refreshMarks(at paths: Set<FieldPath>) {
        let typing = fieldBeingTyped
        for path in paths {
            var worst: CrossMark?
            for problem in problemsByPath[path] ?? [] {
                guard let mark = Self.mark(of: problem, filling: fillingGroup, typing: typing) else { continue }
                worst = max(worst ?? mark, mark)
            }
            crossProblems[path] = worst
        }
        revision = FormRevision()
    }

    public func status(of path: FieldPath) -> FieldStatus {
        // A required field still empty is shown by its marker, not as an error.
        let cross = crossProblems.isEmpty ? nil : crossProblems[path]  // no hashing when none
        if cross == .error { return .invalid }
        let inGroup = cross == .incomplete
        let hasCross = cross != nil
        switch checks[path] {
        case .invalid?: return .invalid
        case .incomplete?: return .incomplete
        case .warning?: return inGroup ? .incomplete : .warning
        case .valid?: return inGroup ? .incomplete : hasCross ? .warning : .valid
        case .empty?, nil:
            if inGroup { return .incomplete }
            return values[path] == nil ? (hasCross ? .warning : .empty) : .valid
        }
    }

    /// The message for the status line about a field: its live problem, else a cross-field
    /// one (a missing part of a group being filled in said as such, not as an error).
    public func message(for path: FieldPath) -> LocalizedText? {
        switch checks[path] {
        case .invalid(let p)?, .warning(let p)?: return p.message
        case .incomplete(let hint)?: return hint
        default:
            // Another field missing from the group being filled in is said on that field, not
            // over the message line of each field of the group.
            guard let problem = problems(at: path).first(where: { !isBeingFilled($0) || $0.path == path }) else { return nil }
            return isBeingFilled(problem) ? UIText.groupBeingFilled.joined(problem.message) : problem.message
        }
    }

    /// A missing part of the group being filled in: incomplete, not yet an error.
    func isBeingFilled(_ problem: Problem) -> Bool {
        problem.isMissingGroupPart && fillingGroup.contains(problem.path)
    }

    static let requiredCode = "required"

    /// Required by the active profile and still empty.
    public func isMissing(_ path: FieldPath, context: FormContext) -> Bool {
        values[path] == nil && context.profile.isRequired(path)
    }

    /// A section's summary for the section list: errors, required fields still empty.
    public func summary(of section: SectionID, context: FormContext) -> SectionSummary {
        var errors = 0, missing = 0, filled = 0, incomplete = 0
        let crossErrors = crossPaths(.error), crossIncomplete = crossPaths(.incomplete)
        for path in allFieldPaths(in: section) {
            // The same test as `status(of:) == .invalid`.
            if crossErrors.contains(path) { errors += 1 } else if case .invalid? = checks[path] { errors += 1 }
            else if crossIncomplete.contains(path) { incomplete += 1 }
            if values[path] != nil { filled += 1 } else if context.profile.isRequired(path) { missing += 1 }
        }
        return SectionSummary(errors: errors, missingRequired: missing, filled: filled, incomplete: incomplete,
                              checking: awaitingCheck)
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
            guard let place = index.place(of: path) else { continue }
            filled[place.section] += 1
            if place.required { filledRequired[place.section] += 1 }
        }
        var wrong = crossPaths(.error)
        for (path, check) in checks { if case .invalid = check { wrong.insert(path) } }
        for path in wrong {
            if let place = index.place(of: path) { errors[place.section] += 1 }
        }
        var incomplete = Array(repeating: 0, count: count)
        for path in crossPaths(.incomplete) where !wrong.contains(path) {
            if let place = index.place(of: path) { incomplete[place.section] += 1 }
        }
        return (0..<count).map {
            SectionSummary(errors: errors[$0], missingRequired: index.requiredCounts[$0] - filledRequired[$0],
                           filled: filled[$0], incomplete: incomplete[$0], checking: awaitingCheck)
        }
    }

    /// The paths the whole-lead problems mark `mark` at worst (a still-empty required field aside).
    private func crossPaths(_ mark: CrossMark) -> Set<FieldPath> {
        Set(crossProblems.lazy.filter { $0.value == mark }.map(\.key))
    }

    /// The edited field while its own check says it is incomplete (a phone half typed).
    private var fieldBeingTyped: FieldPath? {
        guard let editedField, case .incomplete? = checks[editedField] else { return nil }
        return editedField
    }

    private static func crossProblems(in problems: [Problem], filling group: Set<FieldPath>,
                                      typing: FieldPath?) -> [FieldPath: CrossMark] {
        var named: [FieldPath: CrossMark] = [:]
        for problem in problems {
            guard let mark = mark(of: problem, filling: group, typing: typing) else { continue }
            for path in [problem.path] + problem.relatedPaths { named[path] = max(named[path] ?? mark, mark) }
        }
        return named
    }

    /// How `problem` marks the fields it names; nil for none (a required field still empty
    /// has its own marker; the field being typed is judged by its own check).
    private static func mark(of problem: Problem, filling group: Set<FieldPath>, typing: FieldPath?) -> CrossMark? {
        if problem.code == requiredCode { return nil }
        if let typing, problem.path == typing, problem.relatedPaths.isEmpty { return nil }
        if !problem.isError { return .warning }
        return problem.isMissingGroupPart && group.contains(problem.path) ? .incomplete : .error
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

/// Which section each field is in and whether the profile requires it, and how many
/// required fields each section has: what the section summaries count with. Fields are
/// placed by their catalog pattern (`relatives[].lastName`), so the index holds the layout's
/// few hundred patterns, not one entry per row of every list; only the required counts
/// depend on the lists' row counts, so a view keeps the index while `rows` stays the same.
public struct SectionFieldIndex: Sendable {
    struct Place: Sendable {
        let section: Int
        let required: Bool
    }

    /// The row counts the index was built for.
    public let rows: [FieldPath: Int]
    /// Per layout pattern (`relatives[].lastName`, `addressData.attributes[].key`).
    private let places: [FieldPath: Place]
    /// Required paths per section, in `SectionID.allCases` order.
    let requiredCounts: [Int]

    public init(form: EntryForm, context: FormContext) {
        rows = form.rows
        var places: [FieldPath: Place] = [:]
        var requiredCounts: [Int] = []
        for (i, id) in SectionID.allCases.enumerated() {
            let items = FormLayout.section(id).items
            for pattern in Self.patterns(of: items, base: []) {
                places[pattern] = Place(section: i, required: context.profile.isRequired(pattern))
            }
            requiredCounts.append(Self.requiredCount(items, base: [], form: form, profile: context.profile))
        }
        self.places = places
        self.requiredCounts = requiredCounts
        var sections: [String: Set<Int>] = [:]
        for (pattern, place) in places {
            if case .key(let top)? = pattern.components.first { sections[top, default: []].insert(place.section) }
        }
        sectionOfTopKey = sections.compactMapValues { $0.count == 1 ? $0.first : nil }
        requiredTopKeys = Set(context.profile.required.compactMap {
            if case .key(let top)? = $0.components.first { return top } else { return nil }
        })
    }

    /// The section of each top-level key whose fields are all in one section: a row of a
    /// list is placed by its first key, without making its pattern.
    private let sectionOfTopKey: [String: Int]
    /// The top-level keys of the profile's required fields.
    private let requiredTopKeys: Set<String>

    /// Where the field at concrete path `path` is, if the layout shows it. Called for every
    /// filled field when a section's marks are counted again (after each edit).
    /// A row's field (the form holds only the layout's) under a key of one section is
    /// placed without making its pattern.
    func place(of path: FieldPath) -> Place? {
        guard path.components.count > 1, case .key(let top) = path.components[0],
              let section = sectionOfTopKey[top], !requiredTopKeys.contains(top)
        else { return places[path.pattern] }
        return Place(section: section, required: false)
    }

    /// Every field pattern of `items`.
    private static func patterns(of items: [FormItem], base: [FieldPath.Component]) -> [FieldPath] {
        var out: [FieldPath] = []
        for item in items {
            switch item {
            case .field(let p, _): out.append(FieldPath(base + p.components))
            case .group(_, let inner, _): out += patterns(of: inner, base: base)
            case .list(let spec):
                let row = base + spec.path.components + [.anyIndex]
                if spec.isMap {
                    out += [FieldPath(row + [.key(MapRow.keyField)]), FieldPath(row + [.key(MapRow.valueField)])]
                } else {
                    out += patterns(of: spec.itemFields, base: row)
                }
            }
        }
        return out
    }

    /// How many concrete required fields `items` hold with the form's rows: a list's rows are
    /// gone through only when its items have a required field.
    private static func requiredCount(_ items: [FormItem], base: [FieldPath.Component], form: EntryForm,
                                      profile: RequirementProfile) -> Int {
        var count = 0
        for item in items {
            switch item {
            case .field(let p, _): if profile.isRequired(FieldPath(base + p.components)) { count += 1 }
            case .group(_, let inner, _): count += requiredCount(inner, base: base, form: form, profile: profile)
            case .list(let spec):
                let listPath = base + spec.path.components
                let rowPatterns = spec.isMap
                    ? [FieldPath(listPath + [.anyIndex, .key(MapRow.keyField)]), FieldPath(listPath + [.anyIndex, .key(MapRow.valueField)])]
                    : patterns(of: spec.itemFields, base: listPath + [.anyIndex])
                guard rowPatterns.contains(where: { profile.isRequired($0) }) else { continue }
                for row in 0..<form.rowCount(FieldPath(listPath)) {
                    if spec.isMap {
                        count += rowPatterns.filter { profile.isRequired($0) }.count
                    } else {
                        count += requiredCount(spec.itemFields, base: listPath + [.index(row)], form: form, profile: profile)
                    }
                }
            }
        }
        return count
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
    /// Fields of a group being filled in that still miss a part (not errors yet).
    public var incomplete: Int = 0
    /// The lead's checks are still being made (`EntryForm.awaitingCheck`): no section is
    /// called complete yet.
    public var checking = false

    public var isComplete: Bool { errors == 0 && missingRequired == 0 && incomplete == 0 && !checking }
}
