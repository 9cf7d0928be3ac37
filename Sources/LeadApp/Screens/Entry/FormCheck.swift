import LeadModel
import LeadRules

/// The checks of a large lead made away from the input loop: every field's own check and the
/// whole-lead check, for the form as it was when the check started. A lead of 54,000 values
/// takes about 0.4 s to check, so the form is shown first and its marks follow (issue 18: a
/// lead with 5,000 relatives opens as fast as a small one). Made by `AppModel.Effect.checkForm`,
/// it comes back as `.formChecked` and is taken only if the form still holds the same values
/// (`EntryForm.adopt`); otherwise the check is made again.
public final class FormCheck: Hashable, Sendable {
    /// Leads of more values than this are checked in the background when they are opened;
    /// checking one this size in line takes a few milliseconds.
    public static let inBackgroundAbove = 2_000

    let contentRevision: FormRevision
    let checks: [FieldPath: FieldCheck]
    let problems: [Problem]
    let basis: CheckBasis?

    /// Checks `form` as `revalidate` would (pure: safe on any thread).
    public init(of form: EntryForm, context: FormContext) {
        var checked = form
        checked.checks = EntryForm.checked(form.values, context: context)
        let problems = checked.wholeLeadProblems(context: context)
        contentRevision = form.contentRevision
        checks = checked.checks
        self.problems = problems
        basis = checked.checkBasis(for: problems, context: context)
    }

    /// One check is one result: compared by identity, never by its thousands of checks.
    public static func == (lhs: FormCheck, rhs: FormCheck) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension EntryForm {
    /// Takes a background check when the form still holds the values it was made of and
    /// still waits for it; false otherwise (the caller checks again, or nothing is waiting).
    mutating func adopt(_ check: FormCheck) -> Bool {
        guard awaitingCheck, check.contentRevision.isSame(as: contentRevision) else { return false }
        checks = check.checks
        leadProblems = check.problems
        checkBasis = Unequated(value: check.basis)
        changedSinceCheck = false
        awaitingCheck = false
        return true
    }
}
