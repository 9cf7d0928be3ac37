import LeadModel
import TerminalUI

/// The widget of the field being typed into: a TerminalUI widget value, changed only by its
/// own keys. The entry screen's model holds the one copy (`EntryScreen.editing`).
public enum EditWidget: Equatable, Sendable {
    case text(TextFieldState)
    case number(NumericFieldState)
    case select(SelectState)
    case checkbox(CheckboxState)

    mutating func handle(_ key: Key) -> EditOutcome {
        switch self {
        case .text(var s): defer { self = .text(s) }; return s.handle(key)
        case .number(var s): defer { self = .number(s) }; return s.handle(key)
        case .select(var s): defer { self = .select(s) }; return s.handle(key)
        case .checkbox(var s): defer { self = .checkbox(s) }; return s.handle(key)
        }
    }

    mutating func paste(_ text: String) -> EditOutcome {
        switch self {
        case .text(var s): defer { self = .text(s) }; return s.paste(text)
        case .number(var s): defer { self = .number(s) }; return s.paste(text)
        case .select(var s): defer { self = .select(s) }; return s.paste(text)
        case .checkbox: return .rejected
        }
    }

    /// An open code list: Esc closes it rather than leaving the form.
    var hasOpenList: Bool {
        if case .select(let s) = self { return s.isOpen }
        return false
    }

    func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook) {
        switch self {
        case .text(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .number(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .select(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        case .checkbox(let s): s.render(into: &buffer, at: rect, theme: theme, look: look)
        }
    }

    static let selectWidth = 36

    /// Columns the widget wants, given `available`.
    func width(available: Int) -> Int {
        let wanted: Int
        switch self {
        case .text(let s):
            if let mask = s.mask { wanted = mask.slots.count + 1 } else { wanted = (s.maxLength ?? available) + 1 }
        case .number: wanted = 20
        // One width for every list (its longest name permitting): the ▾ markers stand in one
        // column down the form, as a paper form's boxes do (issue 16.7).
        case .select(let s): wanted = max(Self.selectWidth, s.widestLabel + 3)
        case .checkbox(let s):
            if case .yesNo(let yes, let no) = s.presentation {
                wanted = DisplayWidth.of(yes) + DisplayWidth.of(no) + 10
            } else {
                wanted = 3
            }
        }
        return max(1, min(wanted, available))
    }
}

/// The focused field's editing state: which field, its widget (text, cursor, selection,
/// open list, type-ahead) and the form text last written from it. Built from the field's
/// rules (`FieldEditor`) when focus arrives; every change is written to the form in the
/// same update.
public struct FieldEditing: Hashable, Sendable {
    public let path: FieldPath
    public let kind: FieldWidget
    public internal(set) var widget: EditWidget
    /// The form's text for `path` as the widget last wrote it: when the form's text differs
    /// (a FIAS answer, a copied address, a row moved), the widget is built again from it.
    public internal(set) var text: String

    /// What the widget shows while typed: a secret field shows dots from the first key,
    /// with the cursor where it is.
    var shown: EditWidget {
        guard FieldFacts.sensitivity(of: path) == .secret, case .text(let typed) = widget else { return widget }
        var dots = TextFieldState(value: FieldFacts.dots(typed.characters.count), maxLength: typed.maxLength)
        dots.moveCursor(to: typed.cursor)
        return .text(dots)
    }

    // The widget values are Equatable only; equal states have the same path and text.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(text)
    }
}
