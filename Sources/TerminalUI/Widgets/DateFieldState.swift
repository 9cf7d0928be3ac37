/// A date typed as `DD.MM.YYYY` that holds a ``CalendarDate``.
///
/// Staff type the eight digits straight through; the dots are filled in. Typing
/// a dot after one digit pads it (`1.2.2024` becomes `01.02.2024`).
public struct DateFieldState: Equatable, Sendable {
    public private(set) var text: TextFieldState

    public static let mask = Mask("__.__.____")

    public init(date: CalendarDate? = nil) {
        text = TextFieldState(mask: DateFieldState.mask)
        if let date { self.date = date }
    }

    /// The date, when all eight digits are typed and the day exists.
    public var date: CalendarDate? {
        get {
            guard text.isComplete else { return nil }
            let digits = text.characters.compactMap(\.wholeNumberValue)
            func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
            return CalendarDate(year: number(4..<8), month: number(2..<4), day: number(0..<2))
        }
        set {
            text.value = newValue.map { $0.description.filter(\.isWholeNumber) } ?? ""
        }
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Why the typed text is not a date, in Russian; see ``validationMessage(_:)``.
    public var validationMessage: String? { validationMessage(.russian) }

    /// Why the typed text is not a date, in `words`' language, for the status line;
    /// nil when it is one or empty.
    public func validationMessage(_ words: WidgetText) -> String? {
        if text.isEmpty { return nil }
        if !text.isComplete { return words.dateIncomplete }
        return date == nil ? words.dateInvalid : nil
    }

    public mutating func handle(_ key: Key) -> EditOutcome {
        if key == .character(".") || key == .character(",") || key == .character("/") {
            return padGroup()
        }
        return text.handle(key)
    }

    public mutating func paste(_ pasted: String) -> EditOutcome {
        // An ISO date (2024-03-12) from another system is turned around.
        let parts = pasted.split(separator: "-")
        if parts.count == 3, parts[0].count == 4,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2].prefix(2)),
            let date = CalendarDate(year: y, month: m, day: d)
        {
            self.date = date
            return .filled
        }
        return text.paste(pasted)
    }

    /// After one digit of the day or month, a typed separator means "that was the
    /// whole number": pad it with a zero and move on.
    private mutating func padGroup() -> EditOutcome {
        let typed = text.characters.count
        guard text.cursor == typed, typed == 1 || typed == 3, let last = text.characters.last else {
            return .unchanged
        }
        var padded = text.characters
        padded[typed - 1] = "0"
        padded.append(last)
        text.value = String(padded)
        return .changed
    }

    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook) {
        text.render(into: &buffer, at: rect, theme: theme, look: look)
    }
}
