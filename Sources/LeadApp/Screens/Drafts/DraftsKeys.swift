import LeadRules
import TerminalUI

enum DraftsAction: Sendable { case move(Int), resume, discard, back, help }

/// The drafts: ↑↓ choose, Enter resumes, Del discards, Esc goes to the menu.
enum DraftsKeys {
    static func map(kiosk: Bool) -> KeyMap<DraftsAction> {
        KeyMap([
            .f1(.help),
            KeyBinding([.up], "↑↓", .move(-1), legend: nil, help: UIText.select),
            KeyBinding(.down, .move(1), legend: nil),
            KeyBinding(.enter, .resume, legend: UIText.t("Продолжить", "Resume")),
            KeyBinding(.delete, .discard, legend: UIText.t("Удалить", "Discard")),
            KeyBinding(.escape, .back, legend: UIText.toMenu),
        ], kiosk: kiosk)
    }

    static let title = UIText.menu(.drafts)
    static let about = UIText.t("Заявки, начатые и не отправленные: продолжить или удалить",
                                "Leads begun and not sent: resume one or discard it")
}

extension AppModel {
    /// A key on the drafts (see `DraftsKeys`).
    mutating func updateDraftsKey(_ key: Key, context: FormContext) -> [Effect] {
        let keys = DraftsKeys.map(kiosk: kiosk)
        switch keys.action(for: key) {
        case .help?: return showHelp(keys, title: DraftsKeys.title, about: DraftsKeys.about, context: context)
        case .move(let delta)?: return update(.draftsMove(delta), context: context)
        case .resume?: return update(.draftResume, context: context)
        case .discard?: return update(.draftDiscard, context: context)
        case .back?: return update(.back, context: context)
        case nil: return []
        }
    }
}
