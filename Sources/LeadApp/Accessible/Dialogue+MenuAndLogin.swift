import LeadModel
import LeadRules
import TerminalUI

/// The menu as a numbered list, the login as four questions.
extension Dialogue {
    func menuTurn(_ s: ScreenState, lines: [String]) -> Turn {
        let items = s.model.menuItems()
        var out = lines + [s.text(UIText.appTitle)]
        for (i, item) in items.enumerated() {
            out.append("\(i + 1) — \(s.text(UIText.menu(item, kiosk: s.model.kiosk)))")
        }
        out += s.storageReport.map(s.text)
        return Turn(lines: out, question: s.text(DialogueWords.menuQuestion) + ":", secret: false)
    }

    mutating func answerMenu(_ answer: String, _ s: inout ScreenState) -> [AppModel.Effect] {
        let items = s.model.menuItems()
        if let n = Int(answer), items.indices.contains(n - 1) {
            return s.send(.menuChoose(items[n - 1]))
        }
        // F10 (quit, or the kiosk's supervisor), F2 and the rest: the menu's own keys.
        return answerScreen(answer, &s)
    }

    func loginTurn(_ s: ScreenState, _ login: LoginScreen, lines: [String]) -> Turn {
        var out = lines
        if let message = login.message { out.append(s.text(message)) }
        if login.busy { return Turn(lines: out, question: s.text(DialogueWords.waiting), secret: false) }
        let label = s.text(UIText.loginFields[login.focus] ?? UIText.loginTitle)
        guard login.focus != .password else { return Turn(lines: out, question: label + ":", secret: true) }
        let value = login.text(of: login.focus)
        let now = value.isEmpty ? s.text(DialogueWords.empty) : value
        return Turn(lines: out, question: "\(label), \(s.text(DialogueWords.now)): \(now):", secret: false)
    }

    /// An answer fills the field asked (Enter keeps it) and the next field is asked; after
    /// the password, the login is sent.
    mutating func answerLogin(_ answer: String, _ login: LoginScreen, _ s: inout ScreenState) -> [AppModel.Effect] {
        guard !login.busy else { return [] }
        if SpokenKey.key(answer) != nil { return answerScreen(answer, &s) }
        let fields = LoginScreen.Field.allCases
        if answer == "<", let index = fields.firstIndex(of: login.focus), index > 0 {
            return s.send(.loginFocus(fields[index - 1]))
        }
        var effects: [AppModel.Effect] = []
        if !answer.isEmpty { effects += s.send(.loginEdited(login.focus, answer)) }
        guard let index = fields.firstIndex(of: login.focus), index + 1 < fields.count else {
            return effects + s.send(.loginSubmit)
        }
        return effects + s.send(.loginFocus(fields[index + 1]))
    }
}
