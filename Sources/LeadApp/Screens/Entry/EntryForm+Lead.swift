import LeadModel
import LeadRules

extension EntryForm {
    /// The lead the form holds. Text that cannot become a wire value (letters in an amount)
    /// is reported as a problem for its field, and the field is left out of the lead; the text
    /// itself stays in the form. Rows left entirely empty are not sent.
    public func buildLead(context: FormContext) -> (lead: Lead?, problems: [Problem]) {
        let built = builtLead(context: context)
        return (built.lead, built.problems)
    }

    /// `buildLead(context:)` with the wire tree the lead was decoded from (the validator
    /// checks that tree rather than encode the lead again).
    func builtLead(context: FormContext) -> (lead: Lead?, tree: JSONValue, problems: [Problem]) {
        let compaction = RowCompaction(values: values.keys)
        let (tree, found) = Self.wireTree(values, rules: context.rules, place: compaction.compacted)
        var problems = found
        do {
            return (try WireCoding.value(Lead.self, from: tree), tree, problems)
        } catch let error as DecodingError {
            let (path, reason) = error.pathAndReason
            let at = FieldPath(parsing: path) ?? FieldPath([])
            problems.append(Problem(path: at, code: "type",
                                    message: LocalizedText(ru: "\(path): \(reason)", en: "\(path): \(reason)")))
            return (nil, tree, problems)
        } catch {
            return (nil, tree, problems)
        }
    }

    /// The wire tree of `values`, each value at `place(path)`, and the problems of text that
    /// cannot become a wire value (those values are left out). Map rows (`…[j].key`,
    /// `…[j].value`) become one object per map, rows without a key left out.
    static func wireTree<Values: Sequence<(key: FieldPath, value: String)>>(
        _ values: Values, rules: FieldRules, place: (FieldPath) -> FieldPath
    ) -> (tree: JSONValue, problems: [Problem]) {
        var tree = JSONValue.object([:])
        var problems: [Problem] = []
        var maps: [FieldPath: [Int: (key: String?, value: String?)]] = [:]
        for (path, text) in values {
            if let leaf = path.leafKey, leaf == MapRow.keyField || leaf == MapRow.valueField,
               let rowPath = path.parent, let map = rowPath.parent,
               case .index(let row)? = rowPath.components.last {
                var entry = maps[map, default: [:]][row] ?? (nil, nil)
                if leaf == MapRow.keyField { entry.key = text } else { entry.value = text }
                maps[map, default: [:]][row] = entry
                continue
            }
            switch rules.wireValue(path: path, text: text) {
            case .success(let value?): tree.set(value, at: place(path))
            case .success(nil): break
            case .failure(let problem): problems.append(problem)
            }
        }
        for (map, entries) in maps {
            var object: [String: JSONValue] = [:]
            for (_, entry) in entries {
                guard let key = entry.key, !key.isEmpty else { continue }
                object[key] = .string(entry.value ?? "")
            }
            if !object.isEmpty { tree.set(.object(object), at: place(map)) }
        }
        return (tree, problems)
    }

    /// A form showing `lead`: every value in the operator's display form, lists with their rows.
    /// Empty values as a core sends them (`""`, `null`, a 0 counter) show as empty fields.
    public init(lead: Lead, context: FormContext) {
        guard let tree = try? WireCoding.tree(lead) else {
            self.init()
            return
        }
        self.init(tree: tree, context: context)
    }

    /// `init(lead:context:)` from the lead's wire tree, when the caller has made it already.
    /// `checkLater`: a lead of more than `FormCheck.inBackgroundAbove` values is shown
    /// unchecked (`awaitingCheck`), for `FormCheck` to check in the background.
    public init(tree: JSONValue, context: FormContext, checkLater: Bool = false) {
        self.init()
        // Filled apart and set once: each change of the form's own dictionaries marks it
        // changed, which a lead of 40,000 values would pay 80,000 times.
        var loaded = Loaded()
        var path: [FieldPath.Component] = []
        Self.load(tree, at: &path, context: context, into: &loaded)
        values = loaded.values
        rows = loaded.rows
        if checkLater, loaded.values.count > FormCheck.inBackgroundAbove {
            awaitingCheck = true
        } else {
            checks = Self.checked(loaded.values, context: context)
        }
        focus = stops(of: .person).first?.path
    }

    /// Each value checked as typed, as the form keeps it.
    static func checked(_ values: [FieldPath: String], context: FormContext) -> [FieldPath: FieldCheck] {
        var checks: [FieldPath: FieldCheck] = [:]
        checks.reserveCapacity(values.count)
        for (path, text) in values { checks[path] = context.rules.check(path: rulesPath(path), text: text) }
        return checks
    }

    private struct Loaded {
        var values: [FieldPath: String] = [:]
        var rows: [FieldPath: Int] = [:]
    }

    /// The last keys of the catalog's maps (`attributes`): only an object under one of them
    /// can be a map, so the others are read without a catalog look-up.
    private static let mapKeys: Set<String> = Set(FieldCatalog.byPath.keys.compactMap { pattern in
        guard case .key("*")? = pattern.components.last, case .key(let key)? = pattern.parent?.components.last else { return nil }
        return key
    })

    /// Reads `node` at `path` (grown and shrunk in place, so a level costs no new array):
    /// a lead of 54,000 values is read in one pass with one path made per value.
    private static func load(_ node: JSONValue, at path: inout [FieldPath.Component], context: FormContext,
                             into loaded: inout Loaded) {
        switch node {
        case .object(let object):
            if case .key(let last)? = path.last, mapKeys.contains(last),
               FieldCatalog.byPath[FieldPath(path).pattern.appending("*")] != nil {
                let map = FieldPath(path)
                for (row, key) in object.keys.sorted().enumerated() {
                    loaded.values[map.appending(index: row).appending(MapRow.keyField)] = key
                    if let v = object[key]?.stringValue, !v.isEmpty {
                        loaded.values[map.appending(index: row).appending(MapRow.valueField)] = v
                    }
                }
                if !object.isEmpty { loaded.rows[map] = object.count }
            } else {
                for (key, value) in object {
                    path.append(.key(key))
                    load(value, at: &path, context: context, into: &loaded)
                    path.removeLast()
                }
            }
        case .array(let items):
            let list = FieldPath(path)
            guard FieldCatalog.spec(for: list)?.itemType == "object" else { break }
            if !items.isEmpty { loaded.rows[list] = items.count }
            for (i, item) in items.enumerated() {
                path.append(.index(i))
                load(item, at: &path, context: context, into: &loaded)
                path.removeLast()
            }
        case .null:
            break
        case .int(0), .double(0):
            // A core reads back every counter and amount nobody filled in as 0 (vendor page
            // 747): shown empty, as it was left, not as a number someone typed.
            break
        default:
            let field = FieldPath(path)
            let text = context.rules.displayText(path: field, value: node)
            if !text.isEmpty { loaded.values[field] = text }
        }
    }
}

extension EntryForm {
    /// A form restored from a draft: the saved text of every field, the lists' rows derived
    /// from it, and each field checked again.
    public init(restoring values: [FieldPath: String], section: SectionID?, context: FormContext, checkLater: Bool = false) {
        self.init()
        let kept = values.filter { !$0.value.isEmpty }
        var counted: [FieldPath: Int] = [:]
        for path in kept.keys {
            var prefix: [FieldPath.Component] = []
            for c in path.components {
                if case .index(let i) = c {
                    let list = FieldPath(prefix)
                    counted[list] = max(counted[list] ?? 0, i + 1)
                }
                prefix.append(c)
            }
        }
        self.values = kept
        rows = counted
        if checkLater, kept.count > FormCheck.inBackgroundAbove {
            awaitingCheck = true
        } else {
            checks = Self.checked(kept, context: context)
        }
        self.section = section ?? .person
        focus = stops(of: self.section).first?.path
    }

    /// Share of the profile's required fields that are filled, 0...1 (for the resume list).
    public func completeness(context: FormContext) -> Double {
        var required = 0, filled = 0
        for section in SectionID.allCases {
            for path in allFieldPaths(in: section) where context.profile.isRequired(path) {
                required += 1
                if values[path] != nil { filled += 1 }
            }
        }
        return required == 0 ? (values.isEmpty ? 0 : 1) : Double(filled) / Double(required)
    }

    /// `completeness(context:)` from the section field index a view keeps (see
    /// `summaries(index:)`): through the filled fields rather than every field path.
    public func completeness(index: SectionFieldIndex) -> Double {
        let required = index.requiredCounts.reduce(0, +)
        let filled = values.keys.reduce(0) { $0 + (index.place(of: $1)?.required == true ? 1 : 0) }
        return required == 0 ? (values.isEmpty ? 0 : 1) : Double(filled) / Double(required)
    }
}
