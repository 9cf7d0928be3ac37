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
        say(&dialogue, terminal, force: true)
        while screen.model.running {
            switch terminal.nextLine(timeout: timeout()) {
            case .line(let line)?:
                screen.noteInput(at: clock())
                perform(dialogue.answer(line, &screen))
                say(&dialogue, terminal, force: true)
            case .ended?, .stopped?:
                perform(dialogue.terminate(&screen))
            case nil:
                break
            }
            if deliverFinishedWork(), screen.model.running { say(&dialogue, terminal, force: false) }
        }
        saveDraft()
    }

    private func say(_ dialogue: inout Dialogue, _ terminal: LineTerminal, force: Bool) {
        guard let turn = dialogue.turn(&screen, force: force) else { return }
        terminal.say(turn.lines)
        terminal.ask(turn.question, secret: turn.secret)
    }
}
