import LeadRules
import TerminalUI

enum SupervisorAction: Sendable { case submit, back }

/// Kiosk PIN prompt: any other key types the PIN, Enter checks it, Esc goes back to the
/// menu. While the PIN is checked no key works.
enum SupervisorKeys {
    static func map(_ prompt: SupervisorScreen, kiosk: Bool) -> KeyMap<SupervisorAction> {
        guard !prompt.busy else { return KeyMap([], kiosk: kiosk) }
        return KeyMap([
            KeyBinding(.enter, .submit, legend: UIText.check),
            KeyBinding([.escape, .function(10)], "Esc", .back, legend: UIText.back),
        ], kiosk: kiosk)
    }
}

extension AppModel {
    /// A key on the PIN prompt (see `SupervisorKeys`). Enter asks the runtime for the time
    /// (the lock-out counts from it), which comes back as `.supervisorSubmit(at:)`.
    mutating func updateSupervisorKey(_ key: Key, _ prompt: SupervisorScreen, context: FormContext) -> [Effect] {
        switch SupervisorKeys.map(prompt, kiosk: kiosk).action(for: key) {
        case .submit?: return [.readClock(.supervisorSubmit)]
        case .back?: return update(.back, context: context)
        case nil:
            guard !prompt.busy else { return [] }
            return edit(.key(key), in: prompt, \.input, shown: Screen.supervisor, edited: Event.supervisorEdited, context: context)
        }
    }
}
