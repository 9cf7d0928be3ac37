import LeadForms
import LeadModel
import LeadRules
import TerminalUI

/// What the entry view keeps between frames because rebuilding it costs more than drawing
/// the rest of the form, while a keystroke changes one field at most:
/// - the widgets of fields without focus (a country list of 250 options, say), used again
///   only for the same widget kind and text;
/// - the section field index behind the section list's marks, rebuilt when rows change;
/// - the rules' input descriptor of each field (the field editor asks on every key).
///
/// `removeAll()` when the form context (code lists, language) changes.
final class RenderCache {
    private var widgets: [FieldPath: (kind: FieldWidget, text: String, state: FieldState)] = [:]
    private var sectionIndex: SectionFieldIndex?
    private var inputs: [FieldPath: FieldInput] = [:]

    /// The cached widget for `path` showing `text`, else `make()`'s, remembered.
    func widget(for path: FieldPath, kind: FieldWidget, text: String, make: () -> FieldState) -> FieldState {
        if let hit = widgets[path], hit.kind == kind, hit.text == text { return hit.state }
        let state = make()
        widgets[path] = (kind, text, state)
        return state
    }

    /// The section field index for `form`'s rows.
    func sectionIndex(for form: EntryForm, context: FormContext) -> SectionFieldIndex {
        if let sectionIndex, sectionIndex.rows == form.rows { return sectionIndex }
        let index = SectionFieldIndex(form: form, context: context)
        sectionIndex = index
        return index
    }

    /// `rules.input(for:)`, remembered per rules path.
    func input(for rulesPath: FieldPath, rules: FieldRules) -> FieldInput {
        if let known = inputs[rulesPath] { return known }
        let input = rules.input(for: rulesPath)
        inputs[rulesPath] = input
        return input
    }

    func removeAll() {
        widgets.removeAll()
        sectionIndex = nil
        inputs.removeAll()
    }
}
