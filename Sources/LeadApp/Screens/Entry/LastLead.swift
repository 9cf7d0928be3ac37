import LeadModel

/// What a sent lead leaves behind for the next one of this session: the values Dup (F11)
/// copies, and the operator's defaults of a new lead.
public enum LastLead {
    /// The values Dup may copy: everything but card data (`FieldFacts`), which is never
    /// carried from one customer to the next.
    public static func dupValues(of form: EntryForm) -> [FieldPath: String] {
        form.values.filter { FieldFacts.sensitivity(of: $0.key) == .plain }
    }

    /// The fields remembered per operator as the defaults of a new lead (shown, changeable).
    public static let defaultFields: [FieldPath] = [
        "subdivisionId", "managerId", "channel", "creditProductId", "gettingMoneyMethodId",
    ]

    /// The defaults a sent lead sets: its values of `defaultFields` (an emptied one is forgotten).
    public static func defaults(of form: EntryForm) -> [String: String] {
        var out: [String: String] = [:]
        for path in defaultFields { if let text = form.values[path] { out[path.description] = text } }
        return out
    }
}
