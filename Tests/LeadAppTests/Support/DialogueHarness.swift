import Foundation
import LeadModel
import LeadRules
import TerminalUI
@testable import LeadApp

/// Accessible mode in memory: the same `Dialogue` the line runner uses, over an `AppHarness`
/// (the real model, stub services). What it would print is kept as a transcript: the lines
/// said, each question with the answer after it (a secret answer is not written, as the
/// terminal does not echo it).
struct DialogueHarness {
    var app: AppHarness
    var dialogue = Dialogue()
    private(set) var transcript: [String] = []

    init(_ app: AppHarness) {
        self.app = app
        self.app.state.quiet = true
        dialogue.greet(self.app.state)
        say(force: true)
    }

    /// One answer line, as the operator types it.
    mutating func answer(_ line: String) {
        let secret = dialogue.lastTurn?.secret ?? false
        if let last = transcript.indices.last { transcript[last] += secret ? "" : " " + line }
        let effects = dialogue.answer(line, &app.state)
        app.perform(effects)
        say(force: true)
    }

    mutating func answers(_ lines: String...) {
        for line in lines { answer(line) }
    }

    /// An answer from the core or a timer, as the runner's inbox delivers it.
    mutating func receive(_ event: AppModel.Event) {
        app.send(event)
        say(force: false)
    }

    private mutating func say(force: Bool) {
        guard let turn = dialogue.turn(&app.state, force: force) else { return }
        transcript += turn.lines
        transcript.append(turn.question)
    }

    /// The question now open.
    var question: String { transcript.last ?? "" }

    var screen: AppModel.Screen { app.screen }
}
