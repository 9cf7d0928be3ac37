import LeadModel
import LeadRules

extension EntryForm {
    /// The list the focus is in (its table or one of its row's fields).
    public var focusedList: FieldPath? {
        guard let focus else { return nil }
        if case .list(let p, _)? = focusedStop { return p }
        return Self.innermostList(holding: focus)
    }

    /// The innermost list one of whose rows holds `path` (`relatives` for
    /// `relatives[1].passport.no`), if any.
    public static func innermostList(holding path: FieldPath) -> FieldPath? {
        var prefix: [FieldPath.Component] = []
        var found: FieldPath?
        for c in path.components {
            if case .index = c { found = FieldPath(prefix) }
            prefix.append(c)
        }
        return found
    }

    /// Ins: a new row with focus on its first field — after the row focus is in, or at the
    /// end of the list on its table; the rows below move down.
    public mutating func addRow(context: FormContext) {
        guard let list = focusedList else { return }
        let after = focusedRow(in: list)
        leaveField(context: context)
        let end = rowCount(list)
        let row = after.map { $0 + 1 } ?? end
        openRow(list, at: row)
        // An empty row at the end is not sent: the last check still holds (and edits in the
        // row are checked in it), as long as no list is longer than a limit allows. A row
        // opened in the middle moves the rows below it, so their problems need the full check.
        let limits = context.validator.limits
        if row == end, row + 1 <= min(limits.rowsPerList, limits.extraFields), checkBasis.value != nil { changedSinceCheck = false }
        selectedRow[list] = row
        focus = stops(of: section).first(where: { $0.path.hasPrefix(list.appending(index: row)) })?.path ?? list
    }

    /// The row of `list` whose field has focus; nil on the list's table.
    func focusedRow(in list: FieldPath) -> Int? {
        guard let focus, focus != list, focus.hasPrefix(list),
              focus.components.count > list.components.count,
              case .index(let row) = focus.components[list.components.count] else { return nil }
        return row
    }

    /// Whether the selected row of the focused list holds anything typed.
    public var selectedRowHoldsData: Bool {
        guard let list = focusedList, rowCount(list) > 0 else { return false }
        let prefix = list.appending(index: min(selectedRow[list] ?? 0, rowCount(list) - 1))
        return values.keys.contains { $0.hasPrefix(prefix) }
    }

    /// Del on a list: removes the selected row; the rows below move up. Returns what it
    /// removed, for one undo.
    @discardableResult
    public mutating func deleteRow(context: FormContext) -> DeletedRow? {
        guard let list = focusedList, rowCount(list) > 0 else { return nil }
        let row = min(selectedRow[list] ?? 0, rowCount(list) - 1)
        let prefix = list.appending(index: row)
        let removed = DeletedRow(list: list, row: row, values: values.filter { $0.key.hasPrefix(prefix) },
                                 checks: checks.filter { $0.key.hasPrefix(prefix) },
                                 rows: rows.filter { $0.key.hasPrefix(prefix) })
        for i in row..<rowCount(list) {
            clearRow(list, i)
            if i + 1 < rowCount(list) { moveRowValues(list, from: i + 1, to: i) }
        }
        rows[list] = rowCount(list) - 1
        if rowCount(list) == 0 { rows[list] = nil }
        selectedRow[list] = max(0, min(row, rowCount(list) - 1))
        focus = list
        revalidate(context: context)
        return removed
    }

    /// Puts a deleted row back where it was (the rows from there move down), selected, with
    /// focus on its list.
    public mutating func restore(_ deleted: DeletedRow, context: FormContext) {
        let row = min(deleted.row, rowCount(deleted.list))
        leaveField(context: context)
        openRow(deleted.list, at: row)
        let old = deleted.list.appending(index: deleted.row), new = deleted.list.appending(index: row)
        func moved(_ p: FieldPath) -> FieldPath { FieldPath(new.components + p.components.dropFirst(old.components.count)) }
        for (k, v) in deleted.values { values[moved(k)] = v }
        for (k, v) in deleted.checks { checks[moved(k)] = v }
        for (k, v) in deleted.rows { rows[moved(k)] = v }
        selectedRow[deleted.list] = row
        focus = deleted.list
        revalidate(context: context)
    }

    /// One more row in `list`, empty, at `row`: the rows from there move down one.
    private mutating func openRow(_ list: FieldPath, at row: Int) {
        let count = rowCount(list)
        for i in stride(from: count - 1, through: row, by: -1) { moveRowValues(list, from: i, to: i + 1) }
        rows[list] = count + 1
    }

    /// Moves the selected row up or down, keeping it selected.
    public mutating func moveRow(up: Bool, context: FormContext) {
        guard let list = focusedList else { return }
        let row = selectedRow[list] ?? 0
        let other = up ? row - 1 : row + 1
        guard (0..<rowCount(list)).contains(row), (0..<rowCount(list)).contains(other) else { return }
        let spare = rowCount(list) // a scratch slot past the end
        moveRowValues(list, from: row, to: spare)
        moveRowValues(list, from: other, to: row)
        moveRowValues(list, from: spare, to: other)
        selectedRow[list] = other
        if let focus, focus.hasPrefix(list.appending(index: row)) {
            self.focus = FieldPath(list.appending(index: other).components
                                   + focus.components.dropFirst(list.components.count + 1))
        }
        revalidate(context: context)
    }

    /// Shows another row in a list's detail form.
    public mutating func selectRow(_ row: Int, in list: FieldPath) {
        guard (0..<rowCount(list)).contains(row) else { return }
        selectedRow[list] = row
    }

    private mutating func clearRow(_ list: FieldPath, _ row: Int) {
        let prefix = list.appending(index: row)
        for key in values.keys where key.hasPrefix(prefix) { values[key] = nil }
        for key in checks.keys where key.hasPrefix(prefix) { checks[key] = nil }
        for key in rows.keys where key.hasPrefix(prefix) { rows[key] = nil }
    }

    /// Renames every path under `list[from]` to `list[to]` (values, checks, nested lists).
    private mutating func moveRowValues(_ list: FieldPath, from: Int, to: Int) {
        let old = list.appending(index: from), new = list.appending(index: to)
        func rename(_ p: FieldPath) -> FieldPath {
            FieldPath(new.components + p.components.dropFirst(old.components.count))
        }
        for (k, v) in values where k.hasPrefix(old) { values[k] = nil; values[rename(k)] = v }
        for (k, v) in checks where k.hasPrefix(old) { checks[k] = nil; checks[rename(k)] = v }
        for (k, v) in rows where k.hasPrefix(old) { rows[k] = nil; rows[rename(k)] = v }
    }

    /// "Same as residence": copies the residence address into the registration address.
    public mutating func copyResidenceToRegistration(context: FormContext) {
        let from: FieldPath = "addressData", to: FieldPath = "registrationAddressData"
        for key in values.keys where key.hasPrefix(to) { values[key] = nil; checks[key] = nil }
        for (k, v) in values where k.hasPrefix(from) {
            let target = FieldPath(to.components + k.components.dropFirst(from.components.count))
            setText(v, at: target, context: context)
        }
        for (k, v) in rows where k.hasPrefix(from) {
            rows[FieldPath(to.components + k.components.dropFirst(from.components.count))] = v
        }
        revalidate(context: context)
    }
}

/// A row Del removed, kept for one undo: everything under it, by its old paths.
public struct DeletedRow: Hashable, Sendable {
    public let list: FieldPath
    public let row: Int
    let values: [FieldPath: String]
    let checks: [FieldPath: FieldCheck]
    let rows: [FieldPath: Int]
}
