import TerminalUI

/// The built-in default theme at full color, shared by widget tests.
let testTheme: Theme = {
    do { return try ThemeLoader(environment: [:]).load("default") } catch { fatalError("\(error)") }
}()

/// Renders with a widget's render closure into a fresh buffer and returns it.
func draw(width: Int, height: Int = 1, _ body: (inout Buffer) -> Void) -> Buffer {
    var buffer = Buffer(size: Size(columns: width, rows: height))
    body(&buffer)
    return buffer
}

extension TextFieldState {
    /// Types each character of `text`, returning the outcomes.
    @discardableResult
    mutating func type(_ text: String) -> [EditOutcome] { text.map { handle(.character($0)) } }
}
