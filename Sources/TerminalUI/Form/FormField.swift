/// A labelled field in a form.
public struct FormField: Equatable, Sendable {
    /// Stable identifier the screen uses to find the field (`"phone"`).
    public var id: String
    public var label: String
    public var isRequired: Bool
    public var isEnabled: Bool
    /// Shown by drawing the field in the error role; the screen puts the text
    /// in the status line when the field has the focus.
    public var error: String?
    public var state: FieldState

    public init(id: String, label: String, state: FieldState, isRequired: Bool = false, isEnabled: Bool = true) {
        self.id = id
        self.label = label
        self.state = state
        self.isRequired = isRequired
        self.isEnabled = isEnabled
        error = nil
    }
}

/// A line of a form: a section heading or a field.
public enum FormRow: Equatable, Sendable {
    case section(String)
    case field(FormField)

    public var field: FormField? {
        if case .field(let f) = self { return f }
        return nil
    }

    var height: Int {
        switch self {
        case .section: return 1
        case .field(let f): return f.state.height
        }
    }
}

/// What a form did with an event.
public enum FormOutcome: Equatable, Sendable {
    /// The field with this id changed value (focus may also have moved on).
    case edited(id: String)
    /// Focus, cursor or selection moved; no value changed.
    case moved
    case unchanged
    /// The key was refused; ring the bell.
    case rejected
    /// Tab/Enter on the last field: the screen may offer to save.
    case reachedEnd
    /// Not a form key (F-keys, Esc, Ctrl-S...): the screen handles it.
    case ignored
}
