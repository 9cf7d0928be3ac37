/// Any of the input widgets a form field can be, so a form can hold a mix of them.
public enum FieldState: Equatable, Sendable {
    case text(TextFieldState)
    case number(NumericFieldState)
    case select(SelectState)
    case checkbox(CheckboxState)

    public mutating func handle(_ key: Key) -> EditOutcome {
        switch self {
        case .text(var s): defer { self = .text(s) }; return s.handle(key)
        case .number(var s): defer { self = .number(s) }; return s.handle(key)
        case .select(var s): defer { self = .select(s) }; return s.handle(key)
        case .checkbox(var s): defer { self = .checkbox(s) }; return s.handle(key)
        }
    }

    public mutating func paste(_ text: String) -> EditOutcome {
        switch self {
        case .text(var s): defer { self = .text(s) }; return s.paste(text)
        case .number(var s): defer { self = .number(s) }; return s.paste(text)
        case .select(var s): defer { self = .select(s) }; return s.paste(text)
        case .checkbox: return .rejected
        }
    }

    /// Draws the widget. `text` is kept for callers that hand the app's words down; none of
    /// these widgets draws words of its own in its field row.
    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook, text: WidgetText = .russian) {
        switch self {
        case .text(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .number(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .select(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .checkbox(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        }
    }

    /// Columns the widget wants, given `available`.
    public func width(available: Int) -> Int {
        let wanted: Int
        switch self {
        case .text(let s):
            if let mask = s.mask { wanted = mask.slots.count + 1 } else { wanted = (s.maxLength ?? available) + 1 }
        case .number: wanted = 20
        case .select(let s): wanted = max(16, s.widestLabel + 3)
        case .checkbox(let s):
            if case .yesNo(let yes, let no) = s.presentation {
                wanted = DisplayWidth.of(yes) + DisplayWidth.of(no) + 10
            } else {
                wanted = 3
            }
        }
        return max(1, min(wanted, available))
    }

    /// True when nothing has been entered (what a "required" check looks at).
    public var isEmpty: Bool {
        switch self {
        case .text(let s): return s.isEmpty
        case .number(let s): return s.isEmpty
        case .select(let s): return s.selected == nil
        case .checkbox(let s): return s.isOn == nil
        }
    }
}
