import LeadModel
import LeadRules

extension EntryForm {
    /// Whether a fixed-length field that has just filled may move on by itself: its own check
    /// is not an error, and the whole-lead rules (run now, as leaving it would run them) name
    /// no error of its own (a 17-year-old's birth date). A rule over a group it only takes
    /// part in (the card all-or-none, the FIAS triple) does not hold it: the rest of the group
    /// is still to come. Tab and Enter leave it whatever this says.
    mutating func acceptsAutoAdvance(from path: FieldPath, context: FormContext) -> Bool {
        if case .invalid? = checks[path] { return false }
        leaveField(context: context)
        return !problems(at: path).contains { $0.isError && $0.path == path && $0.code != Self.requiredCode }
    }
}
