import LeadRules
import TerminalUI

enum GlobalAction: Sendable { case quit, terminal }

/// The keys every screen shares, checked before the screen's own. A kiosk offers none of
/// them: what it does not offer it swallows, so no key leaves it or stops the program.
enum GlobalKeys {
    static let bindings: [KeyBinding<GlobalAction>] = [
        KeyBinding([.ctrl(.character("c")), .ctrl(.character("q"))], "Ctrl-C", .quit, legend: nil,
                   help: UIText.menu(.quit), inKiosk: false),
        // Suspend (Ctrl-Z) is the runtime's, outside a kiosk; Ctrl-\ is nobody's.
        KeyBinding([.ctrl(.character("z")), .ctrl(.character("\\"))], "Ctrl-Z", .terminal, legend: nil, inKiosk: false),
    ]

    static func map(kiosk: Bool) -> KeyMap<GlobalAction> { KeyMap(bindings, kiosk: kiosk) }
}

extension AppModel {
    /// A global key's effects; nil when the key is the screen's.
    mutating func updateGlobalKey(_ key: Key, context: FormContext) -> [Effect]? {
        switch GlobalKeys.map(kiosk: kiosk).action(for: key) {
        // The same question as F10: Ctrl-C and Ctrl-Q quit at once only when nothing is in progress.
        case .quit?: return askToQuit(context: context)
        case .terminal?: return []
        case nil:
            // A kiosk swallows the global keys it does not offer.
            return GlobalKeys.map(kiosk: false).action(for: key) == nil ? nil : []
        }
    }
}
