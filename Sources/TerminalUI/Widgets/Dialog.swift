/// A modal dialog: a message, an error, or a question with buttons.
///
/// While a dialog is shown the screen gives it every key. ←/→/Tab move between
/// buttons, Enter presses the highlighted one, Esc cancels, and a button's first
/// letter presses it (`Д`/`Y` for «Да»).
public struct Dialog: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case message, confirm, error }

    /// What the user did.
    public enum Outcome: Equatable, Sendable {
        /// The dialog is still open.
        case pending
        /// Button at this index was pressed.
        case chosen(Int)
        /// Esc: the user backed out.
        case cancelled
    }

    public var kind: Kind
    public var title: String
    public var message: String
    public var buttons: [String]
    public private(set) var selectedButton: Int

    public init(kind: Kind, title: String, message: String, buttons: [String], defaultButton: Int = 0) {
        self.kind = kind
        self.title = title
        self.message = message
        self.buttons = buttons.isEmpty ? ["OK"] : buttons
        selectedButton = min(max(0, defaultButton), self.buttons.count - 1)
    }

    /// A question; button 0 is yes. `defaultYes` false starts on «Нет», for
    /// destructive questions that an Enter typed by habit must not confirm.
    public static func confirm(title: String, message: String, yes: String = WidgetText.russian.yes, no: String = WidgetText.russian.no, defaultYes: Bool = true) -> Dialog {
        Dialog(kind: .confirm, title: title, message: message, buttons: [yes, no], defaultButton: defaultYes ? 0 : 1)
    }

    /// A question with the yes/no buttons in `text`'s language.
    public static func confirm(title: String, message: String, text: WidgetText, defaultYes: Bool = true) -> Dialog {
        confirm(title: title, message: message, yes: text.yes, no: text.no, defaultYes: defaultYes)
    }

    public static func message(title: String, message: String) -> Dialog {
        Dialog(kind: .message, title: title, message: message, buttons: ["OK"])
    }

    public static func error(title: String = WidgetText.russian.errorTitle, message: String) -> Dialog {
        Dialog(kind: .error, title: title, message: message, buttons: ["OK"])
    }

    /// An error titled in `text`'s language.
    public static func error(message: String, text: WidgetText) -> Dialog {
        error(title: text.errorTitle, message: message)
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .left, .backTab:
            selectedButton = (selectedButton + buttons.count - 1) % buttons.count
            return .pending
        case .right, .tab:
            selectedButton = (selectedButton + 1) % buttons.count
            return .pending
        case .enter, .character(" "):
            return .chosen(selectedButton)
        case .escape:
            return .cancelled
        case .character(let c):
            let typed = SelectState.fold(String(c))
            if let index = buttons.firstIndex(where: { SelectState.fold(String($0.prefix(1))) == typed }) {
                return .chosen(index)
            }
            if kind == .confirm, let index = Dialog.latinShortcut(typed) { return .chosen(index) }
            return .pending
        default:
            return .pending
        }
    }

    /// y/n answer a yes/no question whatever language its buttons are in.
    private static func latinShortcut(_ typed: String) -> Int? {
        switch typed {
        case "y": return 0
        case "n": return 1
        default: return nil
        }
    }

    /// Draws the dialog centred in `area`, wrapping the message to fit.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let width = min(max(40, DisplayWidth.of(title) + 8), area.width - 4, 64)
        let textWidth = max(1, width - 4)
        let lines = TextWrap.lines(message, width: textWidth)
        let height = min(area.height - 2, lines.count + 4)
        let box = area.centered(Size(columns: width, rows: height))
        let borderRole: ThemeRole = kind == .error ? .fieldError : .border
        Frame.draw(into: &buffer, box, theme: theme, title: title, borderRole: borderRole)
        for (i, line) in lines.prefix(max(0, height - 4)).enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 1 + i, style: theme.style(.text), maxWidth: textWidth)
        }
        let labels = buttons.map { "[ \($0) ]" }
        let total = labels.reduce(0) { $0 + DisplayWidth.of($1) } + 2 * (labels.count - 1)
        var x = box.x + max(1, (box.width - total) / 2)
        let y = box.maxY - 2
        for (i, label) in labels.enumerated() {
            let style = theme.style(i == selectedButton ? .selection : .text)
            let used = buffer.put(label, x: x, y: y, style: style, maxWidth: box.maxX - 1 - x)
            if i == selectedButton { buffer.cursor = Point(x: x + 2, y: y) }
            x += used + 2
        }
    }
}

/// Word wrapping by display width.
public enum TextWrap {
    /// `text` broken into lines at most `width` columns wide, at spaces where
    /// possible; explicit line breaks are kept; over-long words are cut.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    var head = "", headWidth = 0
                    while let c = word.first, headWidth + DisplayWidth.of(c) <= width {
                        head.append(word.removeFirst())
                        headWidth += DisplayWidth.of(c)
                    }
                    result.append(head)
                    wordWidth = DisplayWidth.of(word)
                }
                if lineWidth > 0 {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += wordWidth
            }
            result.append(line)
        }
        return result
    }
}
