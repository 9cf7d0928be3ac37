import LeadModel

/// The whole-lead check in parts, so a form can check again only the part an edit touched:
/// the rules never relate a row of a list to anything outside it, so a row's problems depend
/// on that row alone, and the problems outside every row on no row but whether a list has any.
extension LeadValidator {
    /// What `validate(_:)` reports at the paths of row `index` of the top-level list `list`,
    /// given that row as the form would send it (`row`, the wire tree of one item), in the
    /// same order; nil when the row does not decode (then only the whole check can say why).
    /// Exact for a lead within its limits.
    public func rowProblems(_ row: JSONValue, list: String, index: Int) -> [Problem]? {
        // One item decoded and encoded as the whole lead's items are: the tree the catalog
        // walks is the item as the typed lead holds it.
        guard let lead = try? WireCoding.value(Lead.self, from: .object([list: .array([row])])),
              let tree = try? WireCoding.tree(lead),
              case .object(let item)? = tree[FieldPath([.key(list), .index(0)])]
        else { return nil }
        return problems(ofRow: item, list: list, index: index, decoded: lead)
    }

    /// What `validate(json:)` reports at the paths of row `index` of the top-level list
    /// `list` whose wire tree is `item`, in the same order; nil when the row does not decode.
    /// `decoded`, when given, is the lead of that one row as `item` decodes (not decoded again
    /// unless values have to be dropped).
    func problems(ofRow item: [String: JSONValue], list: String, index: Int, decoded: Lead? = nil) -> [Problem]? {
        let base = FieldPath([.key(list), .index(index)])
        var catalog = CatalogCheck(rules: rules)
        catalog.walkObject(item, at: base)
        var usable = JSONValue.object(item)
        for path in catalog.unusable {
            let inside = FieldPath(Array(path.components.dropFirst(2)))
            if case .index? = inside.components.last { usable.set(.object([:]), at: inside) } else { usable.set(nil, at: inside) }
        }
        var later: [Problem] = []
        let lead: Lead
        if let decoded, catalog.unusable.isEmpty {
            lead = decoded
        } else {
            guard let again = try? WireCoding.value(Lead.self, from: .object([list: .array([usable])])) else { return nil }
            lead = again
        }
        later += CrossFieldRules(today: today, ageRange: ageRange).rowProblems(lead, list: list, row: 0, at: index)
        later += RequiredCheck.problems(profile: profile, row: usable, list: list, index: index)
        let erroneous = Set(catalog.problems.filter(\.isError).map(\.path))
        return Self.ordered(catalog.problems + later.filter { !erroneous.contains($0.path) })
    }

    /// Whether `problem`, found outside every row, can change with the rows of a list
    /// without any field outside the rows changing: a required list, or a required object
    /// holding one.
    public static func dependsOnRows(_ problem: Problem) -> Bool {
        guard problem.code == RequiredCheck.code else { return false }
        let pattern = problem.path.pattern
        return FieldCatalog.all.contains { spec in
            spec.path.hasPrefix(pattern) && spec.path.components.dropFirst(pattern.components.count).contains(.anyIndex)
        }
    }

    /// Whether `problem` is about the lead as a whole (its size, its shape) rather than a
    /// field: such a problem can be settled only by the whole check.
    public static func isAboutTheWholeLead(_ problem: Problem) -> Bool {
        problem.path.components.isEmpty || problem.code.hasPrefix("limit.")
            || ["type", "decoding", "encoding", "notAnObject"].contains(problem.code)
    }

    /// Problems in the order `validate` gives them: by path, each path's in the order found,
    /// duplicates removed.
    public static func inOrder(_ problems: [Problem]) -> [Problem] { ordered(problems) }
}
