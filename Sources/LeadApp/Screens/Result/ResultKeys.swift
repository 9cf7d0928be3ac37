import LeadModel
import LeadRules
import TerminalUI

/// The result of a send: waiting for the core, accepted, queued in the outbox, or refused.
/// It is a phase of the entry screen, not a screen of its own: `EntryScreen` is the model
/// the form, the review and the result share (a queued or refused lead goes back to its form).
enum ResultKeys {
    typealias Binding = KeyBinding<EntryAction>

    static func bindings(for entry: EntryScreen, kiosk: Bool) -> [Binding] {
        // F1 first, as on every screen: what the result means for the lead, and its keys.
        let help = Binding(.function(1), .help, legend: UIText.help)
        switch entry.phase {
        case .sending:
            // Esc stops the wait; the lead stays in the outbox (see `EntryScreen.updateSending`).
            return [Binding(.escape, .entry(.cancel), legend: nil,
                            help: UIText.t("Не ждать ответа: заявка уйдёт из очереди отправки", "Stop waiting: the outbox sends the lead"))]
        case .accepted(let leadId, _) where !kiosk:
            return [
                help,
                Binding(.enter, .entry(.confirm), legend: entry.nextStepLegend),
                Binding(.function(7), .app(.checkLead(leadId)), legend: EntryKeys.check, inKiosk: false),
                Binding(.function(9), .app(.showLeadStatus(leadId)), legend: EntryKeys.status, inKiosk: false),
                Binding(.escape, .app(.back), legend: EntryKeys.menu),
            ]
        case .accepted:
            return [help, Binding(.enter, .entry(.confirm), legend: entry.nextStepLegend), Binding(.escape, .app(.back), legend: EntryKeys.menu)]
        case .queued:
            // Queued: the outbox sends it; Enter goes on to the next lead, Esc back to the form.
            return [help, Binding(.enter, .entry(.confirm), legend: entry.nextStepLegend),
                    Binding(.escape, .entry(.cancel), legend: toForm)]
        case .failed:
            // Refused: both keys go back to the form, everything kept.
            return [help, Binding([.enter, .escape], "Enter", .entry(.confirm), legend: toForm)]
        case .editing, .problems, .confirm:
            return []
        }
    }

    private static let toForm = UIText.t("К форме", "Back to the form")
}

extension EntryScreen {
    /// A key on the result: after an accepted or queued lead, Enter starts a fresh form (the
    /// app makes it); the other keys are the entry update's or the app's.
    mutating func resultKey(_ key: Key, _ keys: KeyMap<EntryAction>, context: FormContext) -> InputStep {
        guard let action = keys.action(for: key) else { return .effects([]) }
        if case .entry(let event) = action, phase.offersFreshForm { return .app(.entry(event)) }
        return perform(action, keys, context: context)
    }
}

extension EntryScreen {
    /// Enter's next step after a send: a new lead's is a fresh form; an edit's (the call
    /// centre opens lead after lead) is the open-lead prompt for the next number.
    var nextStep: MenuItem {
        if case .edit = mode { return .openLead }
        return .newLead
    }

    var nextStepLegend: LocalizedText {
        nextStep == .openLead ? UIText.t("Следующая заявка", "Next lead") : UIText.t("Новая заявка", "New lead")
    }
}

extension EntryPhase {
    /// After a lead is accepted or queued, Enter starts the next one.
    public var offersFreshForm: Bool {
        switch self {
        case .accepted, .queued: return true
        default: return false
        }
    }
}
