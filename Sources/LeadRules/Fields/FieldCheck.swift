/// The verdict on one field as typed, for live checking in a form.
public enum FieldCheck: Hashable, Sendable {
    /// Nothing typed (an empty string counts as not filled).
    case empty
    /// A partial value that can still become valid (`7905` while typing a phone): show the
    /// hint quietly, do not flag it as an error yet.
    case incomplete(LocalizedText)
    /// The value cannot become valid by typing more.
    case invalid(Problem)
    /// Acceptable, but worth a look (a dictionary code this build does not know).
    case warning(Problem)
    case valid

    /// The problem to show, if any.
    public var problem: Problem? {
        switch self {
        case .invalid(let p), .warning(let p): return p
        default: return nil
        }
    }
}
