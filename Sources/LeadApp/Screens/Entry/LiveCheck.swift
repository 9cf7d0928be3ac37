import LeadModel
import LeadRules

/// The part of a lead whose problems an edit can change: one row of a top-level list, or
/// everything outside the rows (no rule relates a row to anything outside it).
enum CheckScope: Hashable, Sendable {
    case outsideRows
    case row(list: String, index: Int)

    init(of path: FieldPath) {
        let c = path.components
        if c.count >= 2, case .key(let list) = c[0], case .index(let i) = c[1], Self.lists.contains(list) {
            self = .row(list: list, index: i)
        } else {
            self = .outsideRows
        }
    }

    /// The top-level lists of objects (relatives, addresses, …).
    static let lists: Set<String> = Set(FieldCatalog.all.compactMap { spec in
        guard spec.path.components.count == 1, spec.jsonType == .array, spec.itemType == "object",
              case .key(let key) = spec.path.components[0] else { return nil }
        return key
    })

    /// Where a scope's values can be, as catalog paths relative to the scope (`lastName`,
    /// `passport.no` in a row of relatives), and the maps among them (their rows are the
    /// form's `…[j].key` / `…[j].value`).
    struct Places: Sendable {
        var fields: [[FieldPath.Component]] = []
        var fieldSet: Set<[FieldPath.Component]> = []
        var maps: [[FieldPath.Component]] = []
    }

    static let places: [String: Places] = {
        var out: [String: Places] = [:]
        for spec in FieldCatalog.all {
            var c = spec.path.components
            var owner = ""
            if c.count >= 2, case .key(let list) = c[0], c[1] == .anyIndex, lists.contains(list) {
                owner = list
                c = Array(c.dropFirst(2))
            }
            guard !c.isEmpty, !c.contains(.anyIndex) else { continue }
            if c.last == .key("*") {
                out[owner, default: Places()].maps.append(Array(c.dropLast()))
            } else {
                out[owner, default: Places()].fields.append(c)
                out[owner, default: Places()].fieldSet.insert(c)
            }
        }
        return out
    }()

    /// The scope's path components before its own places.
    var base: [FieldPath.Component] {
        switch self {
        case .outsideRows: return []
        case .row(let list, let index): return [.key(list), .index(index)]
        }
    }

    var placesKey: String {
        switch self {
        case .outsideRows: return ""
        case .row(let list, _): return list
        }
    }
}

/// What the last whole-lead check found about the lead's shape, which an edit checked in
/// its scope alone must leave as it was: the filled rows of each list are its first rows
/// (so no row moves up when the lead is built) and every value is where a scope looks.
struct CheckBasis: Hashable, Sendable {
    var filledRows: [String: Int]
}

/// Kept with the form but no part of its equality (like `FormRevision`).
struct Unequated<Value: Sendable>: Hashable, Sendable {
    var value: Value
    static func == (lhs: Self, rhs: Self) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

extension EntryForm {
    /// The values of one scope, found by looking up the places it can have (a few dozen)
    /// rather than going through every value of the lead.
    func values(in scope: CheckScope) -> [FieldPath: String] {
        guard let places = CheckScope.places[scope.placesKey] else { return [:] }
        let base = scope.base
        var out: [FieldPath: String] = [:]
        for place in places.fields {
            let path = FieldPath(base + place)
            if let text = values[path] { out[path] = text }
        }
        for map in places.maps {
            let mapPath = FieldPath(base + map)
            for j in 0..<rowCount(mapPath) {
                for leaf in [MapRow.keyField, MapRow.valueField] {
                    let path = mapPath.appending(index: j).appending(leaf)
                    if let text = values[path] { out[path] = text }
                }
            }
        }
        return out
    }

    /// Whether `values(in:)` of the path's scope finds the path.
    private func isInItsScope(_ path: FieldPath) -> Bool {
        let scope = CheckScope(of: path)
        guard let places = CheckScope.places[scope.placesKey] else { return false }
        let inner = Array(path.components.dropFirst(scope.base.count))
        if places.fieldSet.contains(inner) { return true }
        // A map row: <map>[j].key or .value.
        guard inner.count >= 3, case .index(let j) = inner[inner.count - 2],
              case .key(let leaf) = inner[inner.count - 1], leaf == MapRow.keyField || leaf == MapRow.valueField
        else { return false }
        let map = Array(inner.dropLast(2))
        return places.maps.contains(map) && j < rowCount(FieldPath(scope.base + map))
    }

    /// The basis for checking edits in their scope, or nil when only the whole check can be
    /// trusted: problems about the lead as a whole, lists longer than a limit, empty rows
    /// among filled ones, or a value no scope looks for.
    func checkBasis(for problems: [Problem], context: FormContext) -> CheckBasis? {
        if problems.contains(where: LeadValidator.isAboutTheWholeLead) { return nil }
        let limits = context.validator.limits
        if rows.values.contains(where: { $0 > min(limits.rowsPerList, limits.extraFields) }) { return nil }
        var filled: [String: Set<Int>] = [:]
        for path in values.keys {
            guard isInItsScope(path) else { return nil }
            if case .row(let list, let index) = CheckScope(of: path) { filled[list, default: []].insert(index) }
        }
        var counts: [String: Int] = [:]
        for (list, rows) in filled {
            guard rows.max() == rows.count - 1 else { return nil }
            counts[list] = rows.count
        }
        return CheckBasis(filledRows: counts)
    }

    /// The whole-lead rules again for the scope of an edit at `path` only, the problems of
    /// every other scope kept: the same problems as `revalidate`, at a cost that does not
    /// grow with the lead. False when the edit moves rows (a row filled or emptied among
    /// others) or the scope cannot be checked alone; then only the whole check can say.
    mutating func recheck(after path: FieldPath, basis: CheckBasis, context: FormContext) -> Bool {
        let scope = CheckScope(of: path)
        let found: [Problem]
        var movedTo: CheckBasis?
        switch scope {
        case .outsideRows:
            var outside = EntryForm()
            outside.values = values(in: scope)
            let all = outside.wholeLeadProblems(context: context)
            guard !all.contains(where: LeadValidator.isAboutTheWholeLead) else { return false }
            // A required list is kept from the whole check: it changes only with its rows.
            found = all.filter { !LeadValidator.dependsOnRows($0) }
        case .row(let list, let index):
            let rowValues = values(in: scope)
            let filled = basis.filledRows[list, default: 0]
            if rowValues.isEmpty != (index >= filled) {
                // A row filled or emptied at the end of the filled ones moves no other row; a
                // list's first row or its last, or one past its limit, is the whole check's.
                let limit = list == "extraFields" ? context.validator.limits.extraFields : context.validator.limits.rowsPerList
                var next = basis
                if !rowValues.isEmpty, index == filled, filled > 0, filled < limit {
                    next.filledRows[list] = filled + 1
                } else if rowValues.isEmpty, index == filled - 1, filled > 1 {
                    next.filledRows[list] = filled - 1
                } else {
                    return false
                }
                movedTo = next
            }
            if rowValues.isEmpty {
                found = []
            } else {
                guard let checked = rowProblems(rowValues, list: list, index: index, context: context) else { return false }
                found = checked
            }
        }
        let (all, removed) = Self.replacing(scope, in: leadProblems, with: found)
        let current = scope == .outsideRows ? all.filter { CheckScope(of: $0.path) == .outsideRows } : found
        replaceProblems(all, removed: removed, found: found, current: current)
        if let movedTo { checkBasis = Unequated(value: movedTo) }
        return true
    }

    /// `problems` (in the validator's order, by path) with those of `scope` replaced by
    /// `found` (in that order too), as sorting them all again would give: a row's paths all
    /// begin `list[i].`, so its problems stand together and are swapped as one run; the
    /// few outside the rows are put in one by one. Nothing is hashed or sorted again, as
    /// a lead of thousands of problems would cost on every key.
    static func replacing(_ scope: CheckScope, in problems: [Problem],
                          with found: [Problem]) -> (problems: [Problem], removed: [Problem]) {
        switch scope {
        case .row(let list, let index):
            let prefix = FieldPath([.key(list), .index(index)]).description
            // The first problem at or after the row's paths, and the first after them.
            let start = firstIndex(in: problems) { $0 >= prefix }
            let end = firstIndex(in: problems) { $0 >= prefix && !($0 == prefix || $0.hasPrefix(prefix + ".") || $0.hasPrefix(prefix + "[")) }
            var out = problems
            let removed = Array(problems[start..<max(start, end)])
            out.replaceSubrange(start..<max(start, end), with: found)
            return (out, removed)
        case .outsideRows:
            // A required list is kept from the whole check (see `recheck`).
            var out: [Problem] = [], removed: [Problem] = []
            out.reserveCapacity(problems.count)
            for problem in problems {
                if CheckScope(of: problem.path) != .outsideRows || LeadValidator.dependsOnRows(problem) {
                    out.append(problem)
                } else {
                    removed.append(problem)
                }
            }
            for problem in found {
                let key = problem.path.description
                out.insert(problem, at: firstIndex(in: out) { $0 > key })
            }
            return (out, removed)
        }
    }

    /// The first index whose path's text satisfies `isAfter`, which holds from some point on.
    private static func firstIndex(in problems: [Problem], where isAfter: (String) -> Bool) -> Int {
        var low = 0, high = problems.count
        while low < high {
            let mid = (low + high) / 2
            if isAfter(problems[mid].path.description) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The problems of one row, as `revalidate` finds them at its paths.
    private func rowProblems(_ rowValues: [FieldPath: String], list: String, index: Int,
                             context: FormContext) -> [Problem]? {
        let (row, own) = Self.wireTree(rowValues, rules: context.rules) { FieldPath(Array($0.components.dropFirst(2))) }
        // A row none of whose text makes a wire value is not in the lead at all when it is
        // the last: only the whole check tells that from an empty row among others.
        guard case .object(let object) = row, !object.isEmpty,
              let checked = context.validator.rowProblems(row, list: list, index: index) else { return nil }
        let ownPaths = Set(own.map(\.path))
        return LeadValidator.inOrder(own + checked.filter { !ownPaths.contains($0.path) })
    }
}
