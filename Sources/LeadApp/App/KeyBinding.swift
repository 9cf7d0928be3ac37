import LeadRules
import TerminalUI

/// One binding of a screen, declared once: the screen's update dispatches from it, and the
/// key legend and the F1 key help are drawn from the same list, so they cannot drift.
///
/// A screen builds its list from its state (`shown when` is whether the binding is in the
/// list at all); the kiosk is a filter over the list (`inKiosk`), not a special case.
package struct KeyBinding<Action: Sendable>: Sendable {
    /// The keys that trigger the action (`[.up, .backTab]`).
    package let keys: [Key]
    /// How the key is written in the legend and the help: "F2", "Enter", "↑↓".
    package let label: String
    package let action: Action
    /// The legend's word; nil keeps the binding out of the one-line legend (still in F1).
    package let legend: LocalizedText?
    /// What F1's key help says; nil says the legend's word.
    package let help: LocalizedText?
    /// Whether a kiosk keeps the binding.
    package let inKiosk: Bool

    package init(_ keys: [Key], _ label: String, _ action: Action, legend: LocalizedText?,
                 help: LocalizedText? = nil, inKiosk: Bool = true) {
        self.keys = keys
        self.label = label
        self.action = action
        self.legend = legend
        self.help = help
        self.inKiosk = inKiosk
    }

    /// A binding of one key, labelled with the key's own name.
    package init(_ key: Key, _ action: Action, legend: LocalizedText?, help: LocalizedText? = nil,
                 inKiosk: Bool = true) {
        self.init([key], key.displayName, action, legend: legend, help: help, inKiosk: inKiosk)
    }
}

/// A screen's bindings as it offers them now (after the kiosk filter).
package struct KeyMap<Action: Sendable>: Sendable {
    package let bindings: [KeyBinding<Action>]

    package init(_ bindings: [KeyBinding<Action>], kiosk: Bool) {
        self.bindings = kiosk ? bindings.filter(\.inKiosk) : bindings
    }

    /// The action bound to `key`, if any (the first binding that names it).
    package func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The one-line legend, in the list's order.
    package func legend(in language: Language) -> Legend {
        Legend(bindings.compactMap { binding in
            binding.legend.map { Legend.Item(binding.label, $0.text(in: language)) }
        })
    }

    /// F1's key help: one line per binding, "key — what it does".
    package func helpLines(in language: Language) -> [String] {
        bindings.compactMap { binding in
            guard let words = binding.help ?? binding.legend else { return nil }
            return "\(binding.label) — \(words.text(in: language))"
        }
    }
}
