import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// Accessible mode (issue 17): the same model, rules and profiles as the full-screen form,
/// said as plain lines and answered a line at a time. Elm style like the rest: an answer is
/// turned into the model's own events (`answer`), and what to say is read off the state
/// (`turn`); the runner prints the lines and reads the next answer.
package struct Dialogue {
    /// What is said now: lines, then the question the next answer goes to.
    package struct Turn: Equatable, Sendable {
        package var lines: [String]
        package var question: String
        /// The answer is not echoed (a password, a PIN, a CVC).
        package var secret: Bool
    }

    /// Lines the last answer produced (a refusal's reason, the problem list, a section's
    /// name) to say before the next question.
    var pending: [String] = []
    /// The last question asked, so that a state that did not change is not said again.
    private(set) var lastTurn: Turn?
    /// The lines of the last screen said in full (other screens than the form): on the same
    /// screen only the lines that changed are said again.
    var lastScreenLines: [String] = []
    var lastScreenName: String?
    /// The section whose name was said last.
    var announcedSection: SectionID?
    /// The groups the focus was in when last asked (see `groups(around:in:)`).
    var announcedGroups: [GroupTitle] = []
    /// The field whose answer was refused just now (its reason is said once).
    var refusedNow: FieldPath?
    /// The last message said, so a notice is not said twice.
    var lastNotice: String?
    /// The idle countdown that is running was said.
    var idleSaid = false

    package init() {}

    /// What to say now. `force` says the question again even when nothing changed (after an
    /// answer the operator expects a question); else nil when the state says nothing new.
    package mutating func turn(_ s: inout ScreenState, force: Bool) -> Turn? {
        var turn = currentTurn(&s)
        turn.lines = turn.lines.map(PlainLine.of).filter { !$0.isEmpty }
        turn.question = PlainLine.of(turn.question)
        let said = pending.map(PlainLine.of)
        pending = []
        defer { lastTurn = turn }
        guard !force, let last = lastTurn else {
            return Turn(lines: said + turn.lines, question: turn.question, secret: turn.secret)
        }
        // Something changed by itself (an answer from the core, a timer): only what is new is
        // said, and the question again if there was anything to say.
        let fresh = said + turn.lines.filter { !last.lines.contains($0) }
        if fresh.isEmpty, turn.question == last.question { return nil }
        return Turn(lines: fresh, question: turn.question, secret: turn.secret)
    }

    /// The first words of a session.
    package mutating func greet(_ s: ScreenState) {
        pending.append(s.text(DialogueWords.welcome))
        pending += DialogueWords.commands.map(s.text)
    }

    private mutating func currentTurn(_ s: inout ScreenState) -> Turn {
        let idle = idleNotice(s)
        var turn = screenOrFormTurn(&s)
        turn.lines = idle + turn.lines
        return turn
    }

    private mutating func screenOrFormTurn(_ s: inout ScreenState) -> Turn {
        if let quit = s.model.quitQuestion {
            // The box alone: the screen behind it, and its keys, are not what is asked.
            lastScreenName = nil
            let lines = [s.text(QuitKeys.title)] + quit.reasons.map(s.text) + QuitKeys.map.helpLines(in: s.language)
            return Turn(lines: lines, question: s.text(DialogueWords.answerQuestion) + ":", secret: false)
        }
        if !Self.asksItsOwn(s.model) {
            lastNotice = s.model.notice.map(s.text)
            return screenTurn(&s, lines: [])
        }
        // Away from the screens said as drawn: coming back to one says it whole.
        lastScreenName = nil
        var lines = notices(s)
        if let help = s.model.help {
            lines += [help.title] + help.body.components(separatedBy: "\n").filter { !$0.isEmpty }
            return Turn(lines: lines, question: s.text(DialogueWords.continueQuestion), secret: false)
        }
        switch s.model.screen {
        case .menu: return menuTurn(s, lines: lines)
        case .login(let login): return loginTurn(s, login, lines: lines)
        case .entry(let entry): return entryTurn(s, entry, lines: lines)
        default: return screenTurn(&s, lines: lines)
        }
    }

    /// The screens (and the form's phases) that have questions of their own; the others are
    /// said as their view draws them (`Dialogue+Screen`).
    static func asksItsOwn(_ model: AppModel) -> Bool {
        if model.help != nil { return true }
        switch model.screen {
        case .menu, .login: return true
        case .entry(let entry):
            switch entry.phase {
            case .editing, .problems, .confirm, .sending, .accepted, .queued, .failed: return true
            }
        default: return false
        }
    }

    /// The message line, once each time it changes (the form's own field messages are
    /// said with its questions instead).
    /// The kiosk's idle countdown, once as it starts (a line each second would drown the
    /// question); whatever is answered then keeps the form.
    private mutating func idleNotice(_ s: ScreenState) -> [String] {
        guard let left = s.model.timers.idleCountdown else {
            idleSaid = false
            return []
        }
        defer { idleSaid = true }
        return idleSaid ? [] : [s.text(DialogueWords.idleWarning(left))]
    }

    private mutating func notices(_ s: ScreenState) -> [String] {
        if case .entry(let entry) = s.model.screen, entry.phase == .editing { return [] }
        let notice = s.model.draftSaveProblem.map(s.text) ?? s.model.notice.map(s.text)
        defer { lastNotice = notice }
        guard let notice, !notice.isEmpty, notice != lastNotice else { return [] }
        return [notice]
    }

    /// Turns one answer into the model's events; returns the effects they ask for.
    package mutating func answer(_ line: String, _ s: inout ScreenState) -> [AppModel.Effect] {
        let answer = line.trimmingCharacters(in: .whitespaces)
        if s.model.help != nil { return s.handle(.key(.escape)).effects }
        if s.model.quitQuestion != nil || !Self.asksItsOwn(s.model) { return answerScreen(answer, &s) }
        switch s.model.screen {
        case .menu: return answerMenu(answer, &s)
        case .login(let login): return answerLogin(answer, login, &s)
        case .entry(let entry): return answerEntry(answer, entry, &s)
        default: return answerScreen(answer, &s)
        }
    }

    /// The stop signal, end of input or a closed terminal: the same as the full screen's.
    package mutating func terminate(_ s: inout ScreenState) -> [AppModel.Effect] {
        s.handle(.terminate).effects
    }
}

/// A line on its way out: no control characters and no box-drawing (issue 17: a braille
/// display shows it whole, a screen reader reads words, not "box drawings light horizontal").
package enum PlainLine {
    package static func of(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { continue }
            if let ascii = ASCIIGlyphs.replacement(scalar.value) {
                // A run of rule characters is decoration, not words: one space in its place.
                if ascii == UInt8(ascii: "-") || ascii == UInt8(ascii: "|") || ascii == UInt8(ascii: "+") {
                    if out.last != " " { out.append(" ") }
                } else {
                    out.append(Unicode.Scalar(ascii))
                }
                continue
            }
            out.append(scalar)
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }
}
