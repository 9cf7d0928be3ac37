import LeadModel
import LeadRules
import TerminalUI

/// The result of a send, over the form: accepted, queued in the outbox, or refused (while
/// the core is asked, the message line says so and no box is drawn). The model is the entry
/// screen's (`EntryScreen`, see `ResultKeys`).
enum ResultView {
    static func render(_ s: ScreenState, _ entry: EntryScreen, into buffer: inout Buffer, at body: Rect) {
        // The outcome is said here only (not again on the message line); the keys under it
        // come from the same bindings as the legend.
        let keys = EntryKeys.map(for: entry, kiosk: s.model.kiosk)
        var lines = outcome(s, entry)
        guard !lines.isEmpty else { return }
        if case .accepted = entry.phase {
            let more = keys.boxHint(["F7", "F9"], in: s.language)
            if !more.isEmpty { lines += ["", more] }
        }
        lines += ["", keys.boxHint(["Enter", "Esc"], in: s.language)]
        TextBox.render(title: "", lines: lines, selected: nil, scroll: 0, theme: s.theme, into: &buffer, at: body)
    }

    /// The outcome in words, without the keys (accessible mode says them as its own line).
    static func outcome(_ s: ScreenState, _ entry: EntryScreen) -> [String] {
        switch entry.phase {
        case .accepted(let lead, let client): return [s.text(UIText.outcome(entry, lead: lead, client: client))]
        case .queued(let why): return [s.text(why), "", s.text(UIText.queuedSuffix)]
        case .failed(let why): return [s.text(why), "", s.text(UIText.failedSuffix)]
        case .editing, .sending, .problems, .confirm: return []
        }
    }
}
