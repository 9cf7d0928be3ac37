import LeadModel
import LeadRules
import TerminalUI

/// The parts every screen shares: the outbox figure in the title, the message line.
enum ChromeView {
    static func outboxDetail(_ s: ScreenState) -> String {
        let who = loggedIn(s)
        if s.model.draftSaveProblem != nil { return "⚠ \(s.text(UIText.draftNotSavedTitle))  \(who)" }
        guard s.model.outboxPending > 0 else { return who }
        let cvc = s.model.outboxNeedingCvc > 0 ? " (CVC: \(s.model.outboxNeedingCvc))" : ""
        return "\(s.text(UIText.outbox)): \(s.model.outboxPending)\(cvc)  \(who)"
    }

    /// Who is logged in: the user, and (from `whoami`) the subdivision by name when the code
    /// list has it.
    static func loggedIn(_ s: ScreenState) -> String {
        let user = s.model.loginDefaults.user.isEmpty ? s.operatorName : s.model.loginDefaults.user
        guard let id = s.model.session?.subdivisionId else { return user.sanitizedForTerminal }
        guard let entry = s.context.codeList(.subdivision).entry(for: id) else { return user.sanitizedForTerminal }
        let name = s.text(entry.name)
        return "\(user) · \(name)".sanitizedForTerminal
    }

    /// The message line: the kiosk countdown, else what the sending phase says, else a failing draft
    /// save, else the focused field's problem, else the last notice, else the outbox's last error.
    static func status(for s: ScreenState, entry: EntryScreen?) -> StatusLine {
        if let left = s.model.timers.idleCountdown {
            // Quiet: one message that does not change each second (a screen reader would read
            // every tick); it names the moment of the wipe instead of counting to it.
            if s.model.quiet, let limit = s.model.timers.idleLimit {
                let at = s.model.timers.lastInput.addingTimeInterval(limit)
                return .error(s.text(UIText.idleWipeAt(ClockTime.local(at).timeOfDay)))
            }
            return .error(s.text(UIText.idleCountdown(left)))
        }
        if let entry {
            switch entry.phase {
            // The result's box says the outcome; the message line does not say it twice.
            case .accepted, .queued, .failed: return StatusLine("")
            case .sending: return StatusLine(s.text(UIText.sending))
            default: break
            }
            if let list = entry.rowDeleteAsked {
                return .error(s.text(EntryKeys.deleteQuestionText(row: (entry.form.selectedRow[list] ?? 0) + 1)))
            }
            // Above the field's own message: what is typed now is not reaching the disk.
            if let problem = s.model.draftSaveProblem { return .error(s.text(problem)) }
            if let focus = entry.form.focus, let message = entry.form.message(for: focus) {
                let bad = entry.form.status(of: focus) == .invalid
                return StatusLine(s.text(message), kind: bad ? .error : .info)
            }
            if let focus = entry.form.focus, let unset = ConfiguredLists.unsetMessage(for: focus, context: s.context) {
                return StatusLine(s.text(unset))
            }
            if entry.form.awaitingCheck { return StatusLine(s.text(UIText.checkingLead)) }
        }
        if let problem = s.model.draftSaveProblem { return .error(s.text(problem)) }
        if let notice = s.model.notice { return StatusLine(s.text(notice)) }
        if s.model.outboxNeedingCvc > 0, !s.model.kiosk {
            return .error(s.text(UIText.cvcNeeded(s.model.outboxNeedingCvc)))
        }
        if s.model.outboxPending > 0, let last = s.model.outboxLastError {
            return .error("\(s.text(UIText.outbox)): \(s.model.outboxPending) — \(s.text(OutboxErrorWords.short(last)).sanitizedForTerminal)")
        }
        return StatusLine("")
    }
}

extension EntryScreen {
    /// Table cells and summaries never show a whole card number or the CVC.
    static func displayForReview(_ path: FieldPath, _ text: String) -> String {
        reviewText(path, text) ?? ""
    }
}
