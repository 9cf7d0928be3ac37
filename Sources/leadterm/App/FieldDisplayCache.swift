import LeadForms
import LeadModel
import TerminalUI

/// The widgets of fields without focus, kept between frames: building one (a country list
/// of 250 options, say) costs more than drawing the rest of the form, and a keystroke
/// changes one field at most. An entry is used again only for the same widget kind and text;
/// `removeAll()` when the form context (code lists, language) changes.
final class FieldDisplayCache {
    private var entries: [FieldPath: (kind: FieldWidget, text: String, state: FieldState)] = [:]

    /// The cached widget for `path` showing `text`, else `make()`'s, remembered.
    func state(for path: FieldPath, kind: FieldWidget, text: String, make: () -> FieldState) -> FieldState {
        if let hit = entries[path], hit.kind == kind, hit.text == text { return hit.state }
        let state = make()
        entries[path] = (kind, text, state)
        return state
    }

    func removeAll() { entries.removeAll() }
}
