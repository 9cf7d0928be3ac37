import TerminalUI

/// Whatever box the entry screen's phase puts over the form: the review's (`Screens/Review`)
/// or the result's (`Screens/Result`); while editing, none.
enum PhaseView {
    static func render(_ s: ScreenState, _ entry: EntryScreen, into buffer: inout Buffer, at body: Rect) {
        switch entry.phase {
        case .editing: break
        case .problems, .confirm: ReviewView.render(s, entry, into: &buffer, at: body)
        case .sending, .accepted, .queued, .failed: ResultView.render(s, entry, into: &buffer, at: body)
        }
    }
}
