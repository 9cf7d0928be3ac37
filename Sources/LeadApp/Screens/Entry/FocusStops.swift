import LeadModel

/// One place the cursor can stand on a form.
public enum FocusStop: Hashable, Sendable {
    /// An editable field at a concrete path.
    case field(FieldPath, FieldWidget)
    /// The header of a folded group; Enter opens it. Identified by its first path.
    case fold(FieldPath, GroupTitle)
    /// A list's table (rows of relatives, debts…); identified by the concrete list path.
    case list(FieldPath, ListSpec)

    /// The path that identifies the stop (what `EntryForm.focus` holds).
    public var path: FieldPath {
        switch self {
        case .field(let p, _), .fold(let p, _), .list(let p, _): return p
        }
    }
}

/// A line of the laid-out section: what the screen draws, top to bottom.
public enum SectionLine: Hashable, Sendable {
    case heading(GroupTitle, depth: Int)
    case stop(FocusStop, depth: Int)
}

extension EntryForm {
    /// The lines of a section as they are now: folded groups collapse to their header,
    /// lists show their table and the selected row's fields.
    public func lines(of section: SectionID) -> [SectionLine] {
        var out: [SectionLine] = []
        appendLines(FormLayout.section(section).items, base: [], depth: 0, into: &out)
        return out
    }

    /// The focus stops of a section, in Tab order.
    public func stops(of section: SectionID) -> [FocusStop] {
        lines(of: section).compactMap { if case .stop(let s, _) = $0 { return s } else { return nil } }
    }

    private func appendLines(_ items: [FormItem], base: [FieldPath.Component], depth: Int,
                             into out: inout [SectionLine]) {
        for item in items {
            switch item {
            case .field(let path, let widget):
                out.append(.stop(.field(FieldPath(base + path.components), widget), depth: depth))
            case .group(let title, let inner, let folded):
                guard let first = Self.firstPath(of: inner, base: base) else { continue }
                if folded && !unfolded.contains(first) {
                    out.append(.stop(.fold(first, title), depth: depth))
                } else {
                    out.append(.heading(title, depth: depth))
                    appendLines(inner, base: base, depth: depth + 1, into: &out)
                }
            case .list(let spec):
                let listPath = FieldPath(base + spec.path.components)
                out.append(.stop(.list(listPath, spec), depth: depth))
                let count = rowCount(listPath)
                guard count > 0 else { continue }
                let row = min(selectedRow[listPath] ?? 0, count - 1)
                if spec.isMap {
                    let rowPath = listPath.appending(index: row)
                    out.append(.stop(.field(rowPath.appending(MapRow.keyField), .text), depth: depth + 1))
                    out.append(.stop(.field(rowPath.appending(MapRow.valueField), .text), depth: depth + 1))
                } else {
                    appendLines(spec.itemFields, base: listPath.components + [.index(row)],
                                depth: depth + 1, into: &out)
                }
            }
        }
    }

    static func firstPath(of items: [FormItem], base: [FieldPath.Component]) -> FieldPath? {
        for item in items {
            switch item {
            case .field(let p, _): return FieldPath(base + p.components)
            case .list(let spec): return FieldPath(base + spec.path.components)
            case .group(_, let inner, _):
                if let p = firstPath(of: inner, base: base) { return p }
            }
        }
        return nil
    }

    /// The section a concrete path lives in.
    public static func section(of path: FieldPath) -> SectionID? {
        let pattern = path.pattern.description
        for section in FormLayout.sections where patterns(of: section.items, base: []).contains(where: {
            pattern == $0 || pattern.hasPrefix($0 + ".") || pattern.hasPrefix($0 + "[")
        }) {
            return section.id
        }
        return nil
    }

    private static func patterns(of items: [FormItem], base: [FieldPath.Component]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .field(let p, _): return [FieldPath(base + p.components).pattern.description]
            case .group(_, let inner, _): return patterns(of: inner, base: base)
            case .list(let spec): return [FieldPath(base + spec.path.components).pattern.description]
            }
        }
    }
}

/// Rows of a map (`attributes`) are edited as key/value pairs under synthetic paths
/// `…attributes[i].@key` / `…attributes[i].@value`; the lead is built from them.
public enum MapRow {
    public static let keyField = "@key"
    public static let valueField = "@value"
}
