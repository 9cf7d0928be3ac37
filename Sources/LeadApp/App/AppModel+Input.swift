import TerminalUI

extension AppModel {
    /// A key or a paste goes to the screen that is up: each screen's folder holds its key
    /// bindings (`KeyMap`) and its key update, and this switch names them, one case a screen.
    ///
    /// nil: the screen's keys are still routed by `KeyRouter` (they are being moved here).
    mutating func updateInput(_ event: Event, context: FormContext) -> [Effect]? {
        switch event {
        case .key where help != nil:
            // F1's box goes with any key.
            help = nil
            return []
        case .key, .paste:
            switch screen {
            case .entry: return updateEntryInput(event, context: context)
            default: return nil
            }
        default:
            return nil
        }
    }
}
