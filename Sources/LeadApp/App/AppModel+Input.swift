import TerminalUI

extension AppModel {
    /// A key or a paste goes to the screen that is up: each screen's folder holds its key
    /// bindings (`KeyMap`) and its key update, and `Screen.parts` (`ScreenList.swift`) names
    /// them. F1's box takes the keys while it is up (the scrolling keys move its text, any
    /// other closes it), the quit question all keys while it is up; then the global keys
    /// (`GlobalKeys`).
    mutating func updateInput(_ event: Event, context: FormContext) -> [Effect]? {
        switch event {
        case .key(let key) where help != nil:
            if help?.scroll(with: key, box: boxTextArea) != true { help = nil }
            return []
        case .key(let key) where quitQuestion != nil:
            return updateQuitKey(key, context: context)
        case .paste where quitQuestion != nil:
            return []
        case .key(let key):
            if let global = updateGlobalKey(key, context: context) { return global }
            let update = screen.parts.key
            return update(&self, key, context)
        case .paste(let text):
            guard let update = screen.parts.paste else { return [] }
            return update(&self, text, context)
        default:
            return nil
        }
    }
}
