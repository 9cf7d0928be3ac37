import LeadModel
import LeadRules
import TerminalUI

extension AppModel {
    /// The entry screen's keys and pastes: a bound key does its action (`EntryKeys`), any
    /// other goes to the focused field's widget, whose text is written to the form at once.
    mutating func updateEntryInput(_ event: Event, context: FormContext) -> [Effect] {
        guard case .entry(var entry) = screen else { return [] }
        // Out of `screen` while it changes: the form's dictionaries are then referenced once,
        // so a keystroke in a lead of thousands of fields changes them in place.
        screen = .menu(selected: 0)
        let step: EntryScreen.InputStep
        switch event {
        case .key(let key):
            step = entry.key(key, kiosk: kiosk, context: context)
            entry.boxScroll = min(entry.boxScroll, ReviewSummary.lastTop(entry, context: context, area: boxTextArea))
        case .paste(let text): step = entry.paste(text, context: context)
        default: step = .effects([])
        }
        screen = .entry(entry)
        var effects: [Effect] = []
        switch step {
        case .effects(let done): effects = entryEffects(done) + rememberSent(entry, done)
        case .bell: effects = [.bell]
        case .effectsThenBell(let done): effects = entryEffects(done) + [.bell]
        case .app(let event): effects = update(event, context: context)
        case .help(let keys): help = entry.help(keys: keys, context: context)
        }
        followFocus(context: context)
        return effects
    }

    /// Focus moved, the phase changed or something else wrote the focused field (a FIAS
    /// answer, a copied address, a moved row): the editing state is built again from the form.
    mutating func followFocus(context: FormContext) {
        guard case .entry(var entry) = screen, entry.editingIsStale else { return }
        screen = .menu(selected: 0)
        entry.followFocus(context: context)
        screen = .entry(entry)
    }
}

extension EntryScreen {
    /// What a key or a paste came to.
    enum InputStep {
        case effects([EntryEffect])
        case bell
        /// The field took the key but will not move on (full and invalid, or a paste that did
        /// not fit): its change is kept and the bell rings.
        case effectsThenBell([EntryEffect])
        /// An event for the app's update (leaving, the core's check, FIAS, a fresh form).
        case app(AppModel.Event)
        /// F1, with the key help lines.
        case help([String])
    }

    mutating func key(_ key: Key, kiosk: Bool, context: FormContext) -> InputStep {
        let keys = EntryKeys.map(for: self, kiosk: kiosk)
        switch phase {
        case .editing: break
        // The review's and the result's key updates are in their folders.
        case .problems, .confirm: return reviewKey(key, keys, context: context)
        case .sending, .accepted, .queued, .failed: return resultKey(key, keys, context: context)
        }
        guard let action = keys.action(for: key) else {
            // While Del's question is up, other keys are ignored.
            guard rowDeleteAsked == nil else { return .effects([]) }
            guard let editing = editableField else { return typedOnListTable(key, kiosk: kiosk, context: context) }
            var widget = editing.widget
            let outcome = widget.handle(key)
            return typed(outcome, widget, key: key, context: context)
        }
        return perform(action, keys, context: context)
    }

    /// A letter or digit typed on a list's table starts a new row with it (as F6 and then
    /// the letter): the list is filled without a key to open it.
    private mutating func typedOnListTable(_ key: Key, kiosk: Bool, context: FormContext) -> InputStep {
        guard case .character(let c) = key, c != " ", case .list? = form.focusedStop else { return .effects([]) }
        let added = update(.addRow, context: context)
        guard case .field? = form.focusedStop else { return .effects(added) }
        followFocus(context: context)
        switch self.key(key, kiosk: kiosk, context: context) {
        case .effects(let typed): return .effects(added + typed)
        case let other: return other
        }
    }

    /// A bound key's action, in any phase: F1, an event for the app, or the entry update's own.
    mutating func perform(_ action: EntryAction, _ keys: KeyMap<EntryAction>, context: FormContext) -> InputStep {
        switch action {
        case .help: return .help(keys.helpLines(in: context.language))
        // Only the review scrolls (`reviewKey`).
        case .scroll: return .effects([])
        case .app(let event): return .app(event)
        case .entry(let event):
            if event == .confirm || event == .cancel { boxScroll = 0 }
            return .effects(update(event, context: context))
        }
    }

    mutating func paste(_ text: String, context: FormContext) -> InputStep {
        guard let editing = editableField else { return .effects([]) }
        var widget = editing.widget
        let outcome = widget.paste(text)
        return typed(outcome, widget, context: context)
    }

    /// The focused field's editing state, while the form is being edited.
    private var editableField: FieldEditing? {
        guard case .editing = phase, let editing, editing.path == form.focus else { return nil }
        return editing
    }

    /// The widget after a key: kept, its text written to the form, and focus moved if it said so.
    /// ↓ and ↑ leave a field for the next line on screen; Tab, Enter and BackTab pass over
    /// what `skippedByTab` says is not needed.
    private mutating func typed(_ outcome: EditOutcome, _ widget: EditWidget, key: Key? = nil,
                                context: FormContext) -> InputStep {
        guard var editing else { return .effects([]) }
        editing.widget = widget
        editing.text = FieldEditor(context: context).text(of: widget, path: editing.path, kind: editing.kind)
        self.editing = editing
        switch outcome {
        case .changed: return .effects(update(.edited(editing.path, editing.text), context: context))
        case .filled:
            let written = update(.edited(editing.path, editing.text), context: context)
            // Only a value that may stand moves on by itself; a wrong one stays with its message.
            guard form.acceptsAutoAdvance(from: editing.path, context: context) else { return .effectsThenBell(written) }
            return .effects(written + update(.next, context: context))
        case .overflowed: return .effectsThenBell(update(.edited(editing.path, editing.text), context: context))
        case .exitForward:
            return .effects(update(key == .down ? .adjacentLine(forward: true) : .next, context: context))
        case .exitBackward:
            return .effects(update(key == .up ? .adjacentLine(forward: false) : .previous, context: context))
        case .rejected: return .bell
        case .moved, .unchanged, .ignored: return .effects([])
        }
    }

    var editingIsStale: Bool {
        guard case .editing = phase, let focus = form.focus else { return editing != nil }
        guard let editing else { return true }
        return editing.path != focus || editing.text != form.text(focus)
    }

    /// Builds the editing state of the field with focus (none on a list, a fold or a box).
    mutating func followFocus(context: FormContext) {
        guard case .editing = phase, case .field(let path, let kind)? = form.focusedStop else {
            editing = nil
            return
        }
        if let editing, editing.path == path, editing.text == form.text(path) { return }
        editing = FieldEditor(context: context).editing(path, kind: kind, text: form.text(path))
    }
}
