import LeadRules
import TerminalUI

enum DraftsAction: Sendable { case move(Int), resume, discard, back }

/// The drafts: ↑↓ choose, Enter resumes, Del discards, Esc goes to the menu.
enum DraftsKeys {
    static func map(kiosk: Bool) -> KeyMap<DraftsAction> {
        KeyMap([
            KeyBinding([.up], "↑↓", .move(-1), legend: nil, help: UIText.select),
            KeyBinding(.down, .move(1), legend: nil),
            KeyBinding(.enter, .resume, legend: UIText.t("Продолжить", "Resume")),
            KeyBinding(.delete, .discard, legend: UIText.t("Удалить", "Discard")),
            KeyBinding(.escape, .back, legend: UIText.toMenu),
        ], kiosk: kiosk)
    }
}

extension AppModel {
    /// A key on the drafts (see `DraftsKeys`).
    mutating func updateDraftsKey(_ key: Key, context: FormContext) -> [Effect] {
        switch DraftsKeys.map(kiosk: kiosk).action(for: key) {
        case .move(let delta)?: return update(.draftsMove(delta), context: context)
        case .resume?: return update(.draftResume, context: context)
        case .discard?: return update(.draftDiscard, context: context)
        case .back?: return update(.back, context: context)
        case nil: return []
        }
    }
}
