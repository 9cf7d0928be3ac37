import Foundation

/// Accessible mode in a real terminal: the app prints a question as the last line and waits;
/// the operator types an answer and Enter (the terminal echoes it after the question).
/// Every answer checks first that the open question is the one the test means to answer, so
/// a missed or extra question fails at once, naming both.
final class LineDialogue {
    let app: AppSession
    /// Lines up to and including the last question answered: the next question comes after.
    private var answered = 0

    init(_ app: AppSession) { self.app = app }

    /// The open question: the last line printed, once it is past the last one answered and
    /// the app has stopped printing. An empty `expected` takes any question.
    func waitForQuestion(_ expected: String, seconds: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var lines: [String] = []
        while Date() < deadline {
            lines = app.tmux.history()
            if lines.count > answered, let last = lines.last, expected.isEmpty || last.contains(expected) {
                // A moment more: the rest of a turn (the question after the lines) is written at once.
                Thread.sleep(forTimeInterval: 0.05)
                let again = app.tmux.history()
                if again == lines { return last }
                continue
            }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw E2EFailure("the open question is not «\(expected)»; the last lines:\n"
                         + lines.suffix(15).joined(separator: "\n"))
    }

    /// Answers the open question, which must contain `expected`.
    @discardableResult
    func answer(_ expected: String, _ text: String) throws -> String {
        let question = try waitForQuestion(expected)
        answered = app.tmux.history().count
        try app.tmux.type(text)
        try app.tmux.press("Enter")
        return question
    }

    /// Enter (keep the value and go on) on every question until one contains `label`,
    /// at most `limit` of them; then answers that one with `text`.
    func skip(until label: String, answer text: String, limit: Int = 40) throws {
        for _ in 0..<limit {
            let question = try waitForQuestion("")
            if question.contains(label) {
                try answer(label, text)
                return
            }
            try answer("", "")
        }
        throw E2EFailure("no question «\(label)» within \(limit) questions; the last lines:\n"
                         + app.tmux.history().suffix(15).joined(separator: "\n"))
    }

    /// Everything printed so far.
    var transcript: [String] { app.tmux.history() }
}
