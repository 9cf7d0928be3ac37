/// Any of the engine's input widgets, so a form can hold a mix of them.
public enum FieldState: Equatable, Sendable {
    case text(TextFieldState)
    case number(NumericFieldState)
    case date(DateFieldState)
    case select(SelectState)
    case checkbox(CheckboxState)
    case list(ListEditorState)

    public mutating func handle(_ key: Key) -> EditOutcome {
        switch self {
        case .text(var s): defer { self = .text(s) }; return s.handle(key)
        case .number(var s): defer { self = .number(s) }; return s.handle(key)
        case .date(var s): defer { self = .date(s) }; return s.handle(key)
        case .select(var s): defer { self = .select(s) }; return s.handle(key)
        case .checkbox(var s): defer { self = .checkbox(s) }; return s.handle(key)
        case .list(var s): defer { self = .list(s) }; return s.handle(key)
        }
    }

    public mutating func paste(_ text: String) -> EditOutcome {
        switch self {
        case .text(var s): defer { self = .text(s) }; return s.paste(text)
        case .number(var s): defer { self = .number(s) }; return s.paste(text)
        case .date(var s): defer { self = .date(s) }; return s.paste(text)
        case .select(var s): defer { self = .select(s) }; return s.paste(text)
        case .list(var s): defer { self = .list(s) }; return s.paste(text)
        case .checkbox: return .rejected
        }
    }

    /// Draws the widget; `text` gives the words a list draws when it is empty.
    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook, text: WidgetText = .russian) {
        switch self {
        case .text(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .number(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .date(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .select(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .checkbox(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .list(let s): s.render(into: &buffer, at: rect, theme: theme, look: look, text: text)
        }
    }

    /// Rows the widget takes in a form.
    public var height: Int {
        if case .list(let s) = self { return s.height }
        return 1
    }

    /// Columns the widget wants, given `available`.
    public func width(available: Int) -> Int {
        let wanted: Int
        switch self {
        case .text(let s):
            if let mask = s.mask { wanted = mask.slots.count + 1 } else { wanted = (s.maxLength ?? available) + 1 }
        case .number: wanted = 20
        case .date: wanted = 11
        case .select(let s): wanted = max(16, s.widestLabel + 3)
        case .checkbox(let s):
            if case .yesNo(let yes, let no) = s.presentation {
                wanted = DisplayWidth.of(yes) + DisplayWidth.of(no) + 10
            } else {
                wanted = 3
            }
        case .list: wanted = available
        }
        return max(1, min(wanted, available))
    }

    /// True while the widget needs every key (an open dropdown, a row being edited),
    /// so the form must not treat ↑/↓/PgUp as its own.
    public var capturesKeys: Bool {
        switch self {
        case .select(let s): return s.isOpen
        case .list(let s): return s.isEditing
        default: return false
        }
    }

    /// True when nothing has been entered (what a "required" check looks at).
    public var isEmpty: Bool {
        switch self {
        case .text(let s): return s.isEmpty
        case .number(let s): return s.isEmpty
        case .date(let s): return s.isEmpty
        case .select(let s): return s.selected == nil
        case .checkbox(let s): return s.isOn == nil
        case .list(let s): return s.rows.isEmpty
        }
    }
}
