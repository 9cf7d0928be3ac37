import LeadModel
import LeadRules
import TerminalUI

/// Issue 15.11: how many keys beyond the content a whole lead costs on the real entry
/// screen (`ScreenState.handle`, the app's own bindings and widgets; no terminal, since
/// only the keys are counted). It keys `lead` into an empty form field by field in screen
/// order: to reach the next field it presses the shortest run of the operator's own keys
/// (Tab, Ctrl-↓, F6 for a new row, Alt-digit for a section, Enter on a folded group or a
/// list, ↓), found by a breadth-first search over the app's real states; then it types the
/// field's content (a code list: the fewest letters of its name that pick it, then Enter).
/// `tui-bench keys` prints the report; `scripts/bench-keys` runs it.
package struct KeystrokeBench {
    package struct Report: Sendable {
        /// Fields keyed (each field's value as the form holds it, equal to the lead's).
        package var fields = 0
        /// Characters typed as content.
        package var contentKeys = 0
        /// Every other key: field exits, moves, accepts.
        package var extraKeys = 0
        /// Fields whose content did not move on by itself: each needs one Field Exit, the floor.
        package var exitsNeeded = 0
        /// Of the extra keys, the Enters that accept a type-ahead left with one match (what
        /// issue 15.4's accept-at-once, a profile setting, would spare: the key and its Field Exit).
        package var oneMatchAccepts = 0
        /// Extra keys by key name.
        package var byKey: [String: Int] = [:]
        /// Fields the search could not reach or the widget would not take.
        package var notKeyed: [String] = []
        /// Each field keyed: the keys that reached it and the keys that typed it.
        package var trace: [String] = []

        package var extraPerField: Double { fields == 0 ? 0 : Double(extraKeys) / Double(fields) }
        package var floorPerField: Double { fields == 0 ? 0 : Double(exitsNeeded) / Double(fields) }
    }

    private var state: ScreenState
    private let target: [FieldPath: String]
    package private(set) var report = Report()

    /// `acceptsSingleMatch`: a type-ahead left with one match takes it at once, as the
    /// heads-down `branch` profile does by default (`accept-single-match`).
    package init(lead: Lead, theme: Theme, language: Language, today: CalendarDate, acceptsSingleMatch: Bool = false) {
        var context = GallerySample.context(language: language, today: today)
        context.acceptsSingleMatch = acceptsSingleMatch
        state = ScreenState(model: AppModel(), context: context, theme: theme, operatorName: "bench")
        state.size = .minimumTerminal
        _ = state.send(.draftLoaded(id: "bench", form: EntryForm(), mode: .new))
        target = EntryForm(lead: lead, context: context).values.filter { !$0.value.isEmpty }
    }

    private var entry: EntryScreen? {
        if case .entry(let e) = state.model.screen { return e }
        return nil
    }

    private var form: EntryForm { entry?.form ?? EntryForm() }

    /// Keys the whole lead; returns the report.
    package mutating func run() -> Report {
        let order = target.keys.sorted(by: Self.screenOrder)
        for path in order {
            guard let text = target[path], !Self.same(form.text(path), text) else { continue }
            guard let route = route(to: path) else {
                report.notKeyed.append("\(path) (not reached)")
                continue
            }
            let (moves, typing) = plan(route, text, at: path)
            for key in moves { press(key, content: false) }
            guard let keys = typing else {
                report.notKeyed.append("\(path) (not taken: \(text))")
                continue
            }
            if keys.last == .enter, Self.leavesOneMatch(Array(keys.dropLast()), in: state) { report.oneMatchAccepts += 1 }
            for key in keys {
                if case .character = key { press(key, content: true) } else { press(key, content: false) }
            }
            report.fields += 1
            // A Field Exit: the accept of a code list, or a key still to press to leave.
            let accepted = keys.contains { if case .character = $0 { return false } else { return true } }
            if accepted || form.focus == path { report.exitsNeeded += 1 }
            report.trace.append("\(moves.map(\.displayName).joined(separator: " ")) → \(path): \(keys.count) keys")
        }
        // The last field's exit, if it needs one.
        if let last = order.last, form.focus == last { press(.tab, content: false) }
        return report
    }

    private mutating func press(_ key: Key, content: Bool) {
        _ = state.handle(.key(key))
        if content {
            report.contentKeys += 1
        } else {
            report.extraKeys += 1
            report.byKey[key.displayName, default: 0] += 1
        }
    }

    /// Sections, then the place on the screens, then rows in order.
    static func screenOrder(_ a: FieldPath, _ b: FieldPath) -> Bool {
        let sa = EntryForm.section(of: a).flatMap { SectionID.allCases.firstIndex(of: $0) } ?? 99
        let sb = EntryForm.section(of: b).flatMap { SectionID.allCases.firstIndex(of: $0) } ?? 99
        if sa != sb { return sa < sb }
        let ra = rows(of: a), rb = rows(of: b)
        if ra != rb { return ra.lexicographicallyPrecedes(rb) }
        return FormLayout.position(of: a) < FormLayout.position(of: b)
    }

    private static func rows(of path: FieldPath) -> [Int] {
        path.components.compactMap { if case .index(let i) = $0 { return i } else { return nil } }
    }

    // MARK: reaching a field

    /// The shortest run of navigation keys that puts the focus on `path` without changing
    /// any value; nil when none of at most 8 keys does.
    private func route(to path: FieldPath) -> [Key]? {
        if Self.isOn(path, state) { return [] }
        var section: Key?
        if let id = EntryForm.section(of: path), let i = SectionID.allCases.firstIndex(of: id), i < 10 {
            section = .alt(.character(Character(String((i + 1) % 10))))
        }
        let values = form.values
        var frontier: [(ScreenState, [Key])] = [(state, [])]
        var seen: Set<String> = [Self.place(of: state)]
        for _ in 0..<8 {
            var next: [(ScreenState, [Key])] = []
            for (node, keys) in frontier {
                for key in Self.moves(at: node, section: section) {
                    var s = node
                    _ = s.handle(.key(key))
                    guard case .entry(let e) = s.model.screen, case .editing = e.phase, e.form.values == values else { continue }
                    if Self.isOn(path, s) { return keys + [key] }
                    let place = Self.place(of: s)
                    guard seen.insert(place).inserted else { continue }
                    next.append((s, keys + [key]))
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return nil
    }

    /// The focus is on the field itself (a folded group's header has its first field's path).
    private static func isOn(_ path: FieldPath, _ s: ScreenState) -> Bool {
        guard case .entry(let e) = s.model.screen, case .field(let p, _)? = e.form.focusedStop else { return false }
        return p == path
    }

    /// The same value: a number's decimal comma or point is the widget's, not the content.
    static func same(_ a: String, _ b: String) -> Bool {
        a == b || a.replacingOccurrences(of: ",", with: ".") == b.replacingOccurrences(of: ",", with: ".")
    }

    private static func moves(at s: ScreenState, section: Key?) -> [Key] {
        var keys: [Key] = [.tab, .ctrl(.down), .function(6), .down]
        if let section { keys.append(section) }
        if case .entry(let e) = s.model.screen {
            switch e.form.focusedStop {
            case .fold?, .list?: keys.append(.enter)
            default: break
            }
        }
        return keys
    }

    private static func place(of s: ScreenState) -> String {
        guard case .entry(let e) = s.model.screen else { return "-" }
        let rows = e.form.rows.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let selected = e.form.selectedRow.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        return "\(e.form.section)|\(e.form.focus?.description ?? "")|\(rows)|\(selected)|\(e.form.unfolded.count)"
    }

    // MARK: typing a value

    /// The moves and the typing for the next field. A new row's first letter typed on the
    /// list's table opens the row itself, so F6 is left out when that gives the same.
    private func plan(_ route: [Key], _ text: String, at path: FieldPath) -> ([Key], [Key]?) {
        var arrived = state
        for key in route { _ = arrived.handle(.key(key)) }
        guard let typing = Self.keysToType(text, at: path, in: arrived) else { return (route, nil) }
        guard route.last == .function(6), case .character? = typing.first else { return (route, typing) }
        var table = state
        for key in route.dropLast() { _ = table.handle(.key(key)) }
        guard case .entry(let e) = table.model.screen, case .list? = e.form.focusedStop else { return (route, typing) }
        for key in typing { _ = table.handle(.key(key)) }
        guard case .entry(let after) = table.model.screen, Self.same(after.form.text(path), text) else { return (route, typing) }
        return (Array(route.dropLast()), typing)
    }

    /// Whether typing `keys` into the focused code list leaves it one match.
    private static func leavesOneMatch(_ keys: [Key], in state: ScreenState) -> Bool {
        var s = state
        for key in keys { _ = s.handle(.key(key)) }
        guard case .entry(let e) = s.model.screen, case .select(let select)? = e.editing?.widget else { return false }
        return select.isOpen && select.matches.count == 1
    }

    /// The keys that give the focused field `text`, the first of the candidates that does.
    private static func keysToType(_ text: String, at path: FieldPath, in state: ScreenState) -> [Key]? {
        guard case .entry(let e) = state.model.screen, let widget = e.editing?.widget else { return nil }
        for keys in candidates(text, widget) {
            var s = state
            for key in keys { _ = s.handle(.key(key)) }
            if case .entry(let e) = s.model.screen, same(e.form.text(path), text) { return keys }
        }
        return nil
    }

    private static func candidates(_ text: String, _ widget: EditWidget) -> [[Key]] {
        let chars = { (t: String) in t.map { Key.character($0) } }
        switch widget {
        case .text(let s):
            if let mask = s.mask { return [chars(mask.typed(fromText: text)), chars(text)] }
            return [chars(text)]
        case .number:
            let comma = text.replacingOccurrences(of: ".", with: ",")
            let whole = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
            return [chars(whole), chars(comma), chars(text), chars(whole.replacingOccurrences(of: ".", with: ","))]
        case .select(let s):
            guard let option = s.options.first(where: { $0.id == text }) else { return [] }
            let label = Array(option.label)
            // Taken at once, a prefix that leaves one match needs no Enter: try that first.
            return (1...max(1, label.count)).flatMap { n in
                let prefix = chars(String(label.prefix(n)))
                return s.acceptsSingleMatch ? [prefix, prefix + [.enter]] : [prefix + [.enter]]
            }
        case .checkbox:
            return [[.character(" ")], [.character("y")], [.character("n")], [.character("д")], [.character("н")],
                    [.character(" "), .character(" ")]]
        }
    }
}
