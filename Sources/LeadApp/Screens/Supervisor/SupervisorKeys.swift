import LeadRules
import TerminalUI

enum SupervisorAction: Sendable { case submit, back, help }

/// Kiosk PIN prompt: any other key types the PIN, Enter checks it, Esc goes back to the
/// menu. While the PIN is checked no key works.
enum SupervisorKeys {
    static func map(_ prompt: SupervisorScreen, kiosk: Bool) -> KeyMap<SupervisorAction> {
        guard !prompt.busy else { return KeyMap([], kiosk: kiosk) }
        return KeyMap([
            .f1(.help),
            KeyBinding(.enter, .submit, legend: UIText.check),
            KeyBinding([.escape, .function(10)], "Esc", .back, legend: UIText.back),
        ], kiosk: kiosk)
    }

    static let title = UIText.t("Выход из киоска", "Leave the kiosk")
    static let about = UIText.t("Только для супервизора: верный PIN выводит терминал из режима киоска",
                                "For the supervisor only: the right PIN takes the terminal out of kiosk mode")
}

extension AppModel {
    /// A key on the PIN prompt (see `SupervisorKeys`). Enter asks the runtime for the time
    /// (the lock-out counts from it), which comes back as `.supervisorSubmit(at:)`.
    mutating func updateSupervisorKey(_ key: Key, _ prompt: SupervisorScreen, context: FormContext) -> [Effect] {
        let keys = SupervisorKeys.map(prompt, kiosk: kiosk)
        switch keys.action(for: key) {
        case .help?: return showHelp(keys, title: SupervisorKeys.title, about: SupervisorKeys.about, context: context)
        case .submit?: return [.readClock(.supervisorSubmit)]
        case .back?: return update(.back, context: context)
        case nil:
            guard !prompt.busy else { return [] }
            return edit(.key(key), in: prompt, \.input, shown: Screen.supervisor, edited: Event.supervisorEdited, context: context)
        }
    }
}
