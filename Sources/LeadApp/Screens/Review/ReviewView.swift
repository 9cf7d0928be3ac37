import LeadModel
import LeadRules
import TerminalUI

/// The review over the form: the problems to fix, or the summary (a new lead) or the changes
/// (an edited one) to confirm. The form stays underneath, untouched; the model is the entry
/// screen's (`EntryScreen`, see `ReviewKeys`).
enum ReviewView {
    static func render(_ s: ScreenState, _ entry: EntryScreen, into buffer: inout Buffer, at body: Rect) {
        switch entry.phase {
        case .problems(let problems, let selected):
            let lines = problems.map { s.text($0.message) }
            TextBox.render(title: title(UIText.problemsTitle, entry, s), lines: lines, selected: selected,
                           scroll: entry.boxScroll, theme: s.theme, into: &buffer, at: body)
        case .confirm(let review, let warnings):
            let lines = ReviewSummary.lines(review, warnings: warnings, mode: entry.mode, context: s.context)
            let title = entry.mode == .new ? UIText.confirmNew : UIText.confirmEdit
            TextBox.render(title: self.title(title, entry, s), lines: lines, selected: nil, scroll: entry.boxScroll,
                           theme: s.theme, into: &buffer, at: body)
        case .editing, .sending, .accepted, .queued, .failed:
            break
        }
    }

    /// A box's title with the keys it takes, in the words of the legend's bindings.
    private static func title(_ words: LocalizedText, _ entry: EntryScreen, _ s: ScreenState) -> String {
        let keys = EntryKeys.map(for: entry, kiosk: s.model.kiosk).boxHint(["Enter", "Esc"], in: s.language)
        return "\(s.text(words)) (\(keys))"
    }

    /// A code as its name (Мужской, Россия), a value in the form's display (`ReviewSummary`).
    static func shown(_ path: FieldPath, _ text: String?, _ s: ScreenState) -> String? {
        ReviewSummary.shown(path, text, s.context)
    }
}
