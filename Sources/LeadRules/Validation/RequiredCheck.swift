import LeadModel

/// Applies a requirement profile to a lead tree.
enum RequiredCheck {
    static let code = "required"

    static func problems(profile: RequirementProfile, tree: JSONValue) -> [Problem] {
        var out: [Problem] = []
        for pattern in profile.required {
            for (path, value) in expand(pattern.components[...], node: tree, prefix: []) where !isFilled(value) {
                out.append(problem(path))
            }
        }
        return out
    }

    /// The problems of the patterns that go through the items of `list` (`relatives[].…`),
    /// for one item `row` at `list[index]`.
    static func problems(profile: RequirementProfile, row: JSONValue, list: String, index: Int) -> [Problem] {
        var out: [Problem] = []
        for pattern in profile.required {
            let c = pattern.components
            guard c.count >= 2, c[0] == .key(list), c[1] == .anyIndex else { continue }
            for (path, value) in expand(c.dropFirst(2), node: row, prefix: [.key(list), .index(index)]) where !isFilled(value) {
                out.append(problem(path))
            }
        }
        return out
    }

    /// In words, not the profile's file name (`minimal`): the operator chose a kind of lead, not a profile.
    private static func problem(_ path: FieldPath) -> Problem {
        Problem.field(path, code: code,
                      Problems.t("обязательно для этого вида заявки", "required for this kind of lead"))
    }

    /// The concrete paths a pattern stands for in this tree (`relatives[].lastName` → one per
    /// relative), each with its value if present.
    private static func expand(_ rest: ArraySlice<FieldPath.Component>, node: JSONValue?,
                               prefix: [FieldPath.Component]) -> [(FieldPath, JSONValue?)] {
        guard let head = rest.first else { return [(FieldPath(prefix), node)] }
        switch head {
        case .key(let k):
            return expand(rest.dropFirst(), node: node?.objectValue?[k], prefix: prefix + [head])
        case .anyIndex, .index:
            guard let items = node?.arrayValue else { return [] }
            return items.enumerated().flatMap { i, item in
                expand(rest.dropFirst(), node: item, prefix: prefix + [.index(i)])
            }
        }
    }

    /// Filled: a non-blank string, any number or boolean, a non-empty list, or an object with
    /// at least one filled part.
    static func isFilled(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return false
        case .string(let s)?: return !s.allSatisfy(\.isWhitespace)
        case .int?, .double?, .bool?: return true
        case .array(let a)?: return !a.isEmpty
        case .object(let o)?: return o.values.contains { isFilled($0) }
        }
    }
}
