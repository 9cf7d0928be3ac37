import Foundation
import TerminalUI

extension AppRunner {
    /// Accessible mode's loop (issue 17): the same model, effects, inbox and timers as the
    /// full screen's `run`, with the `Dialogue` in place of the frame: an answer line is turned
    /// into the model's events, and what the state says is printed as lines.
    package func runDialogue(startup: [AppModel.Effect], terminal: LineTerminal) {
        var dialogue = Dialogue()
        dialogue.greet(screen)
        perform(startup)
        forgetThePerson(if: kioskSessionsEnded > 0, &dialogue, terminal)
        say(&dialogue, terminal, force: true)
        while screen.model.running {
            switch terminal.nextLine(timeout: timeout()) {
            case .line(let line)?:
                screen.noteInput(at: clock())
                let sessions = kioskSessionsEnded
                perform(dialogue.answer(line, &screen))
                forgetThePerson(if: kioskSessionsEnded != sessions, &dialogue, terminal)
                say(&dialogue, terminal, force: true)
            case .ended?, .stopped?:
                perform(dialogue.terminate(&screen))
            case nil:
                break
            }
            let sessions = kioskSessionsEnded, before = ScreenText.name(of: screen.model)
            if deliverFinishedWork(), screen.model.running {
                // A kiosk's result gives way to a fresh form by itself: the next person's.
                let reset = screen.model.kiosk && before.hasPrefix("entry.") && before != "entry.editing"
                    && ScreenText.name(of: screen.model) == "entry.editing"
                forgetThePerson(if: reset || kioskSessionsEnded != sessions, &dialogue, terminal)
                say(&dialogue, terminal, force: false)
            }
        }
        saveDraft()
    }

    /// Kiosk: when one person's session ends, what the terminal showed of it goes too (screen
    /// and scrollback), and the dialogue starts afresh. The one place this mode moves the
    /// cursor: a kiosk shows nobody another person's data.
    private func forgetThePerson(if ended: Bool, _ dialogue: inout Dialogue, _ terminal: LineTerminal) {
        guard screen.model.kiosk, ended else { return }
        terminal.clearForNextPerson()
        dialogue = Dialogue()
        dialogue.greet(screen)
    }

    private func say(_ dialogue: inout Dialogue, _ terminal: LineTerminal, force: Bool) {
        defer { startChecksAfterFrame() }
        guard let turn = dialogue.turn(&screen, force: force) else { return }
        terminal.say(turn.lines)
        terminal.ask(turn.question, secret: turn.secret)
    }
}
