import LeadModel

/// Where each list row goes once rows with no text at all are dropped: `relatives[2].x`
/// becomes `relatives[1].x` when row 1 is empty.
///
/// Built once from the form's value paths (one pass over their components), so rebuilding
/// a lead is linear in its size; asking every row of every list for its values again, per
/// value, made leaving a field in a lead of thousands of rows take minutes.
struct RowCompaction {
    /// Per concrete list path (as typed, before compaction): each non-empty row's new index.
    private var newIndex: [FieldPath: [Int: Int]] = [:]

    init<Paths: Sequence<FieldPath>>(values paths: Paths) {
        var filledRows: [FieldPath: Set<Int>] = [:]
        for path in paths {
            var prefix: [FieldPath.Component] = []
            prefix.reserveCapacity(path.components.count)
            for c in path.components {
                if case .index(let i) = c { filledRows[FieldPath(prefix), default: []].insert(i) }
                prefix.append(c)
            }
        }
        for (list, rows) in filledRows {
            var ranks: [Int: Int] = [:]
            ranks.reserveCapacity(rows.count)
            for (rank, row) in rows.sorted().enumerated() { ranks[row] = rank }
            newIndex[list] = ranks
        }
    }

    /// The path `path` is sent at.
    func compacted(_ path: FieldPath) -> FieldPath {
        var out: [FieldPath.Component] = []
        var prefix: [FieldPath.Component] = []
        out.reserveCapacity(path.components.count)
        for c in path.components {
            if case .index(let i) = c {
                out.append(.index(newIndex[FieldPath(prefix)]?[i] ?? i))
            } else {
                out.append(c)
            }
            prefix.append(c)
        }
        return FieldPath(out)
    }
}
