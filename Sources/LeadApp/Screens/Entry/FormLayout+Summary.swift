import LeadModel

/// Where a field stands in a summary: its section, and an order that keeps each list row
/// whole (relative 1's fields, then relative 2's) where the screen order alone, being the
/// same for every row, would interleave them.
extension FormLayout {
    /// The section a field is edited in (by its catalog pattern); nil for one no screen shows.
    public static func sectionID(of path: FieldPath) -> SectionID? { sectionsByPattern[path.pattern] }

    /// The paths in screen order, each row of a list together and rows in their order.
    /// Each path's place is worked out once: a big lead's summary sorts tens of thousands.
    public static func summarySorted<Paths: Sequence<FieldPath>>(_ paths: Paths) -> [FieldPath] {
        paths.map { (key: summaryKey($0), path: $0) }.sorted { a, b in
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            let la = a.path.description.count, lb = b.path.description.count
            return la != lb ? la < lb : a.path < b.path
        }.map(\.path)
    }

    /// For each row index in the path: where its list begins on the screens and the index;
    /// then the field's own place. Lists' fields come together in `fieldOrder`, so a list's
    /// start orders it among the fields around it.
    private static func summaryKey(_ path: FieldPath) -> [Int] {
        var key: [Int] = []
        var prefix: [FieldPath.Component] = []
        for component in path.components {
            if case .index(let i) = component {
                prefix.append(.anyIndex)
                key += [listStarts[FieldPath(prefix)] ?? Int.max, i]
            } else {
                prefix.append(component)
            }
        }
        return key + [position(of: path)]
    }

    /// A list's pattern (`relatives[*]`) → the place of its first field in `fieldOrder`.
    private static let listStarts: [FieldPath: Int] = {
        var out: [FieldPath: Int] = [:]
        for (place, (pattern, _)) in fieldOrder.enumerated() {
            for (k, component) in pattern.components.enumerated() where component == .anyIndex {
                let list = FieldPath(Array(pattern.components[...k]))
                out[list] = min(out[list] ?? place, place)
            }
        }
        return out
    }()

    private static let sectionsByPattern: [FieldPath: SectionID] = {
        var out: [FieldPath: SectionID] = [:]
        for section in sections {
            for (pattern, _) in fields(of: section.items) where out[pattern] == nil { out[pattern] = section.id }
        }
        return out
    }()
}
