import LeadRules
import TerminalUI

/// F1 on the screens other than the form: the screen's name as the title, a line on what the
/// screen is for, then its keys, drawn from the same bindings as its legend.
extension KeyMap {
    func helpBox(title: LocalizedText, about: LocalizedText, in language: Language) -> HelpOverlay {
        let lines = [about.text(in: language), "", UIText.keysHeading.text(in: language)] + helpLines(in: language)
        return HelpOverlay(title: title.text(in: language), body: lines.joined(separator: "\n"))
    }
}

extension KeyBinding {
    /// F1, first in a screen's list; a kiosk keeps it.
    static func f1(_ action: Action) -> KeyBinding {
        KeyBinding(.function(1), action, legend: UIText.help,
                   help: UIText.t("Справка по экрану и его клавишам", "Help on the screen and its keys"))
    }
}

extension AppModel {
    /// Opens F1's box for a screen; the next key closes it (`updateInput`).
    mutating func showHelp<Action>(_ keys: KeyMap<Action>, title: LocalizedText, about: LocalizedText,
                                   context: FormContext) -> [Effect] {
        help = keys.helpBox(title: title, about: about, in: context.language)
        return []
    }
}
