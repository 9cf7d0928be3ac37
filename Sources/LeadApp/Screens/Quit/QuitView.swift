import TerminalUI

/// The quit question, a box over the screen: why it is asked, then its keys.
enum QuitView {
    static func render(_ s: ScreenState, into buffer: inout Buffer) {
        guard let question = s.model.quitQuestion else { return }
        let keys = QuitKeys.map.helpLines(in: s.language)
        let lines = question.reasons.map(s.text) + [""] + keys
        let body = ScreenLayout(buffer.area).body
        // A short box in the middle of the body: the screen it would end stays in sight.
        let wrapped = lines.reduce(0) { $0 + max(1, TextWrap.lines($1, width: body.width - 10).count) }
        let height = min(body.height, wrapped + 4)
        let rect = Rect(x: body.x, y: body.y + max(0, (body.height - height) / 2), width: body.width, height: height)
        TextBox.render(title: s.text(QuitKeys.title), lines: lines, selected: nil, scroll: 0, theme: s.theme,
                       into: &buffer, at: rect)
    }
}
