/// A yes/no answer: a checkbox `[x]`, or a pair of choices `(•) Да  ( ) Нет`.
///
/// Space toggles. `y`/`д`/`1` answer yes and `n`/`н`/`0` no, and then move on
/// (``EditOutcome/filled``), so a column of yes/no questions is typed as
/// fast as digits. A yes/no question may start unanswered (`isOn == nil`) so a
/// required answer cannot be skipped by accident.
public struct CheckboxState: Equatable, Sendable {
    public enum Presentation: Equatable, Sendable {
        case checkbox
        case yesNo(yes: String, no: String)
    }

    public var isOn: Bool?
    public let presentation: Presentation

    public init(isOn: Bool? = false, presentation: Presentation = .checkbox) {
        self.isOn = isOn
        self.presentation = presentation
    }

    /// A yes/no question with `text`'s words (Russian unless told), unanswered unless told.
    public static func yesNo(_ answer: Bool? = nil, text: WidgetText = .russian) -> CheckboxState {
        CheckboxState(isOn: answer, presentation: .yesNo(yes: text.yes, no: text.no))
    }

    public mutating func handle(_ key: Key) -> EditOutcome {
        switch key {
        case .character(" "):
            isOn = !(isOn ?? false)
            return .changed
        case .character(let c) where "yYдД1".contains(c): return answer(true)
        case .character(let c) where "nNнН0".contains(c): return answer(false)
        case .left where isYesNo: return answer(true, advance: false)
        case .right where isYesNo: return answer(false, advance: false)
        case .character: return .rejected
        default: return FieldNavigation.exit(for: key) ?? .ignored
        }
    }

    private var isYesNo: Bool {
        if case .yesNo = presentation { return true }
        return false
    }

    private mutating func answer(_ value: Bool, advance: Bool = true) -> EditOutcome {
        let changed = isOn != value
        isOn = value
        if advance { return .filled }
        return changed ? .changed : .unchanged
    }

    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook) {
        guard !rect.isEmpty else { return }
        let fieldStyle = theme.style(look.role)
        var text: String
        var cursorColumn = 1
        switch presentation {
        case .checkbox:
            text = isOn == true ? "[x]" : "[ ]"
        case .yesNo(let yes, let no):
            let mark = { (on: Bool) in on ? "(•)" : "( )" }
            text = "\(mark(isOn == true)) \(yes)  "
            if isOn == false { cursorColumn += DisplayWidth.of(text) }
            text += "\(mark(isOn == false)) \(no)"
        }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: min(rect.width, DisplayWidth.of(text)), height: 1), style: fieldStyle)
        buffer.put(text, x: rect.x, y: rect.y, style: fieldStyle, maxWidth: rect.width)
        if look.focused { buffer.cursor = Point(x: rect.x + cursorColumn, y: rect.y) }
    }
}
