import TerminalUI
import TextMask

/// A one-line input's editing state (its text and cursor), held by the screen's model: the
/// screen's key update edits it and its view draws it, so no widget keeps a second copy.
public struct LineInput: Hashable, Sendable {
    private(set) var field: TextFieldState

    public init(_ text: String = "", maxLength: Int, allowed: CharacterClass = .any) {
        field = TextFieldState(value: text, maxLength: maxLength, allowed: allowed)
    }

    /// The text; setting the same text again keeps the cursor where it is.
    public var text: String {
        get { field.value }
        set { if newValue != field.value { field.value = newValue } }
    }

    mutating func handle(_ key: Key) -> EditOutcome { field.handle(key) }
    mutating func paste(_ text: String) -> EditOutcome { field.paste(text) }

    /// Draws the input; `hidden` draws a bullet for each character (a password, a PIN, a CVC).
    func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, focused: Bool, hidden: Bool = false) {
        let shown = hidden ? TextFieldState(value: String(repeating: "•", count: field.value.count)) : field
        shown.render(into: &buffer, at: rect, theme: theme, look: FieldLook(focused: focused))
    }

    public static func == (a: LineInput, b: LineInput) -> Bool { a.field == b.field }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(field.value)
        hasher.combine(field.cursor)
    }
}

/// What reaches a one-line input: a key the screen's bindings do not name, or a paste.
enum LineEdit {
    case key(Key), paste(String)
}

extension AppModel {
    /// Applies `edit` to the input at `input` of a screen's model and puts the screen back up
    /// (`shown`); a changed text is then said as the screen's edit event (`edited`), so the
    /// screen's update sees every change, and a refused key or paste rings the bell.
    mutating func edit<S>(_ edit: LineEdit, in model: S, _ input: WritableKeyPath<S, LineInput>,
                          shown: (S) -> Screen, edited: (String) -> Event, context: FormContext) -> [Effect] {
        var model = model
        let outcome: EditOutcome
        switch edit {
        case .key(let key): outcome = model[keyPath: input].handle(key)
        case .paste(let text): outcome = model[keyPath: input].paste(text)
        }
        screen = shown(model)
        switch outcome {
        case .changed, .filled: return update(edited(model[keyPath: input].text), context: context)
        case .overflowed: return update(edited(model[keyPath: input].text), context: context) + [.bell]
        case .rejected: return [.bell]
        case .moved, .unchanged, .ignored, .exitForward, .exitBackward: return []
        }
    }
}
