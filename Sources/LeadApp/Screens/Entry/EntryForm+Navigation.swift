import LeadModel
import LeadRules

extension EntryForm {
    /// The stop that has focus, if it is on the current section.
    public var focusedStop: FocusStop? {
        guard let focus else { return nil }
        return stops(of: section).first { $0.path == focus }
    }

    /// Tab / Enter: the next stop; past the end of a section, the first stop of the next.
    /// Stops made redundant by what is filled (`skippedByTab`) are passed over.
    public mutating func focusNext(context: FormContext) {
        moveFocus(by: 1, skipping: true, context: context)
    }

    /// BackTab: the previous stop; before the start of a section, the last of the previous.
    public mutating func focusPrevious(context: FormContext) {
        moveFocus(by: -1, skipping: true, context: context)
    }

    /// ↓ / ↑ out of a field: the next or previous stop on screen, none passed over, so a
    /// block Tab skips can still be reached.
    public mutating func focusAdjacentLine(forward: Bool, context: FormContext) {
        moveFocus(by: forward ? 1 : -1, skipping: false, context: context)
    }

    private mutating func moveFocus(by step: Int, skipping: Bool, context: FormContext) {
        leaveField(context: context)
        let here = stops(of: section)
        let form = self  // what is filled does not change while focus moves
        let passes = { (stop: FocusStop) in skipping && form.skippedByTab(stop, context: context) }
        if let focus, let i = here.firstIndex(where: { $0.path == focus }) {
            var j = i + step
            while here.indices.contains(j), passes(here[j]) { j += step }
            if here.indices.contains(j) {
                self.focus = here[j].path
                return
            }
        } else if let first = step > 0 ? here.first(where: { !passes($0) }) : here.last(where: { !passes($0) }) {
            focus = first.path
            return
        }
        let all = SectionID.allCases
        guard let s = all.firstIndex(of: section) else { return }
        let next = s + step
        guard all.indices.contains(next) else { return } // stay on the first/last stop of the lead
        section = all[next]
        let stops = self.stops(of: section)
        focus = (step > 0 ? stops.first(where: { !passes($0) }) : stops.last(where: { !passes($0) }))?.path
            ?? (step > 0 ? stops.first : stops.last)?.path
    }

    /// Ctrl-↓: past the rest of the section's group the focus is in (a whole address, a list
    /// and its row, the card…) to the first stop after it; at a section's top level, to the
    /// next section. The outermost group: what is inside an address is mostly skipped by Tab
    /// already (`skippedByTab`), so the key is for leaving the address.
    public mutating func jumpPastGroup(context: FormContext) {
        let lines = self.lines(of: section)
        guard let focus, let i = lines.firstIndex(where: {
            if case .stop(let s, _) = $0 { return s.path == focus } else { return false }
        }), case .stop(_, let depth) = lines[i] else {
            focusNext(context: context)
            return
        }
        var end = i + 1
        while end < lines.count {
            let d: Int
            switch lines[end] { case .heading(_, let x), .stop(_, let x): d = x }
            if d == 0 { break }
            end += 1
        }
        // The last stop of the group, then one Tab: leaving a field and crossing into the
        // next section work as Tab's do.
        let lastInGroup = lines[i..<end].reversed().lazy.compactMap { line -> FieldPath? in
            if case .stop(let s, _) = line { return s.path } else { return nil }
        }.first
        if depth == 0 {
            // At the top level the group is the section itself.
            guard let last = stops(of: section).last else { return }
            self.focus = last.path
        } else if let lastInGroup {
            self.focus = lastInGroup
        }
        focusNext(context: context)
    }

    /// Alt+digit, Ctrl-PgDn/PgUp: show a section with focus on its first stop.
    public mutating func show(_ id: SectionID, context: FormContext) {
        leaveField(context: context)
        section = id
        focus = stops(of: id).first?.path
    }

    public mutating func showAdjacentSection(forward: Bool, context: FormContext) {
        let all = SectionID.allCases
        guard let i = all.firstIndex(of: section) else { return }
        show(all[(i + (forward ? 1 : all.count - 1)) % all.count], context: context)
    }

    /// Puts the cursor on any field: opens its section, selects its list row, unfolds its group.
    public mutating func focus(on path: FieldPath, context: FormContext) {
        leaveField(context: context)
        guard let target = Self.section(of: path) else { return }
        section = target
        // Select the rows on the way (relatives[2].passport.no selects row 2 of relatives).
        var prefix: [FieldPath.Component] = []
        for c in path.components {
            if case .index(let i) = c {
                let list = FieldPath(prefix)
                selectedRow[list] = i
                if rowCount(list) <= i { rows[list] = i + 1 }
            }
            prefix.append(c)
        }
        // Unfold whatever group hides it.
        for _ in 0..<4 where !stops(of: section).contains(where: { $0.path == path }) {
            guard let fold = stops(of: section).first(where: {
                if case .fold(let first, _) = $0 { return Self.sameGroup(first, path) }
                return false
            }) else { break }
            unfolded.insert(fold.path)
        }
        focus = stops(of: section).contains(where: { $0.path == path }) ? path : stops(of: section).first?.path
    }

    /// Two paths in the same folded group share everything but the leaf.
    private static func sameGroup(_ first: FieldPath, _ path: FieldPath) -> Bool {
        guard let a = first.parent else { return path.parent == nil }
        return path.hasPrefix(a)
    }

    /// Opens or closes the folded group whose header has focus.
    public mutating func toggleFold() {
        guard let focus, case .fold(let first, _)? = focusedStop else { return }
        if unfolded.contains(first) { unfolded.remove(first) } else { unfolded.insert(first) }
        self.focus = focus
    }

    /// The next field with an error after the focus (wrapping), across all sections; if none,
    /// the next required field still empty. Returns false when there is nothing to fix.
    @discardableResult
    public mutating func focusNextProblem(context: FormContext) -> Bool {
        leaveField(context: context)
        let order = orderedProblemCandidates(context: context)
        guard !order.isEmpty else { return false }
        let start = focus.flatMap { f in order.firstIndex(of: f) }.map { $0 + 1 } ?? 0
        let rotated = Array(order[start...] + order[..<start])
        if let bad = rotated.first(where: { status(of: $0) == .invalid }) ?? rotated.first {
            focus(on: bad, context: context)
            return true
        }
        return false
    }

    private func orderedProblemCandidates(context: FormContext) -> [FieldPath] {
        var paths: [FieldPath] = []
        for section in SectionID.allCases {
            for path in allFieldPaths(in: section)
            where status(of: path) == .invalid || isMissing(path, context: context) {
                paths.append(path)
            }
        }
        // Required paths of rows or fields not on screen yet (e.g. an empty list) come last.
        for problem in leadProblems where problem.isError && !paths.contains(problem.path)
            && Self.section(of: problem.path) != nil {
            paths.append(problem.path)
        }
        return paths
    }

    /// Leaving a field checks the whole lead when something changed that the checks on every
    /// edit did not cover (rows added, moved or deleted, a draft restored); moving on from a
    /// field when nothing has changed since the last check costs nothing.
    public mutating func leaveField(context: FormContext) {
        editedField = nil
        // A check on its way from the background covers what was typed meanwhile too.
        guard changedSinceCheck, !awaitingCheck else { return }
        revalidate(context: context)
    }

    /// Runs the whole-lead validation with the active profile (and, when the background
    /// check of a large lead has not come back yet, the field checks it would have brought).
    public mutating func revalidate(context: FormContext) {
        if awaitingCheck {
            checks = Self.checked(values, context: context)
            awaitingCheck = false
        }
        let problems = wholeLeadProblems(context: context)
        leadProblems = problems
        checkBasis = Unequated(value: checkBasis(for: problems, context: context))
        changedSinceCheck = false
    }

    /// Every problem of the lead the form holds, in the validator's order (by path).
    func wholeLeadProblems(context: FormContext) -> [Problem] {
        let built = builtLead(context: context)
        var problems = built.problems
        if let lead = built.lead {
            let pathsWithOwnProblems = Set(problems.map(\.path))
            problems += context.validator.validate(lead, tree: built.tree).filter { !pathsWithOwnProblems.contains($0.path) }
        }
        return LeadValidator.inOrder(problems)
    }

    /// After an edit: the whole-lead rules again, live, in the edit's scope when the last
    /// check allows it (see `recheck(after:basis:context:)`), else over the whole lead.
    mutating func checkEdit(at path: FieldPath, wasChecked: Bool, context: FormContext) {
        // The whole check is on its way from the background (it is made again for this edit).
        if awaitingCheck { return }
        if wasChecked, let basis = checkBasis.value, recheck(after: path, basis: basis, context: context) {
            changedSinceCheck = false
        } else {
            revalidate(context: context)
        }
        // The group the edit is part of is being filled in: its missing parts are incomplete
        // until focus leaves it.
        let group = problems(at: path).filter(\.isMissingGroupPart).flatMap { [$0.path] + $0.relatedPaths }
        if fillingGroup.contains(path) {
            fillingGroup.formUnion(group)
        } else if !group.isEmpty {
            fillingGroup = Set(group)
        }
    }
}
