/// What a widget did with a key. Containers use it to move focus and ring the bell.
public enum EditOutcome: Equatable, Sendable {
    /// The value changed.
    case changed
    /// The value changed and a fixed-length field is now full: move to the next field
    /// (auto-advance), as a typist expects after the last digit of a phone number.
    case filled
    /// The value changed and a fixed-length field is full, but more came than fits (a paste
    /// of `+7 916 123-45-67 доб. 5`): the rest is dropped, never typed into the next field.
    /// Ring the bell and stay, so the operator sees what was kept.
    case overflowed
    /// Only the cursor, selection or a mode moved; the value is the same.
    case moved
    /// The key was for this widget but had no effect (Backspace at the start).
    case unchanged
    /// The key was refused (a letter in a digit slot, a full field): ring the bell.
    case rejected
    /// The key is not for this widget; the container should handle it.
    case ignored
    /// Leave forward (Tab, Enter, ↓).
    case exitForward
    /// Leave backward (Shift-Tab, ↑).
    case exitBackward
}

/// Keys every field treats the same: how to leave it.
enum FieldNavigation {
    static func exit(for key: Key) -> EditOutcome? {
        switch key {
        case .tab, .enter, .down: return .exitForward
        case .backTab, .up: return .exitBackward
        default: return nil
        }
    }
}

/// How a field is drawn besides its value.
public struct FieldLook: Equatable, Sendable {
    public var focused: Bool
    public var hasError: Bool
    public var enabled: Bool

    public init(focused: Bool = false, hasError: Bool = false, enabled: Bool = true) {
        self.focused = focused
        self.hasError = hasError
        self.enabled = enabled
    }

    /// The role for the field's cells: focus wins so the typist always sees where
    /// typing goes; the status line says what the error is.
    public var role: ThemeRole {
        if !enabled { return .disabled }
        if focused { return .focusedField }
        return hasError ? .fieldError : .field
    }
}
