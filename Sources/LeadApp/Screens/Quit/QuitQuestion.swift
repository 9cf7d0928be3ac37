import LeadRules
import TerminalUI

/// "Quit?" over whatever screen is up, asked when quitting would leave work behind: a lead
/// being typed or sent, a draft left this session, leads still waiting in the outbox.
/// Nothing is lost by quitting (drafts and the outbox are on disk), but the operator should
/// know before the program ends and they have to log in again.
public struct QuitQuestion: Hashable, Sendable {
    /// Why the question is asked, one line each.
    public let reasons: [LocalizedText]
}

extension AppModel {
    /// What quitting now would leave behind; empty when the program may end at once.
    var quitReasons: [LocalizedText] {
        var out: [LocalizedText] = []
        if case .entry(let entry) = screen {
            switch entry.phase {
            case .sending: out.append(QuitKeys.sending)
            // Refused by the core: the lead is as unsent as one still being typed.
            case .failed: out.append(QuitKeys.typing)
            case .editing, .problems, .confirm: if typedSinceOpened || openedDraft { out.append(QuitKeys.typing) }
            case .accepted, .queued: break
            }
        }
        if !draftsLeft.isEmpty { out.append(QuitKeys.draftsLeft(draftsLeft.count)) }
        if outboxPending > 0 { out.append(QuitKeys.outboxWaiting(outboxPending)) }
        return out
    }

    /// F10, the menu's item, Ctrl-C/Ctrl-Q: quit at once, or ask first when work is in progress.
    mutating func askToQuit(context: FormContext) -> [Effect] {
        let reasons = quitReasons
        guard !reasons.isEmpty else { return update(.quit, context: context) }
        quitQuestion = QuitQuestion(reasons: reasons)
        return []
    }

    /// A key while the question is up: only its own keys count, nothing else reaches the screen.
    mutating func updateQuitKey(_ key: Key, context: FormContext) -> [Effect] {
        switch QuitKeys.map.action(for: key) {
        case .quit?:
            quitQuestion = nil
            // What is typed goes to disk before the program ends (the runner saves on its way out too).
            return (screen.isEntry ? [Effect.saveDraft] : []) + update(.quit, context: context)
        case .stay?:
            quitQuestion = nil
            return []
        case nil:
            return []
        }
    }
}
