import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// Keys → view-model events. Global keys first, then the screen's, then the focused widget.
extension ScreenState {
    /// Applies one input event; returns the effects to run and whether to ring the bell.
    mutating func handle(_ event: InputEvent) -> (effects: [AppModel.Effect], bell: Bool) {
        switch event {
        case .resize(let columns, let rows):
            size = Size(columns: columns, rows: rows)
            return ([], false)
        case .paste(let text):
            return handlePaste(text)
        case .terminate:
            // Asked to stop from outside (shutdown, logout, the terminal closed), kiosk or not:
            // the run loop ends and saves the draft on its way out; a kiosk wipes it instead,
            // as it would have when left alone.
            return ((model.kiosk ? send(.wipe) : []) + send(.quit), false)
        case .key(let key):
            if help != nil { help = nil; return ([], false) }
            // The global keys, and a screen whose keys its own folder handles (see `AppModel+Input.swift`).
            let wasEntry = model.screen.isEntry
            if let effects = model.updateInput(.key(key), context: context) {
                // A form brought up by a key starts at its top.
                if model.screen.isEntry, !wasEntry { scrollTop = 0; overlayScroll = 0 }
                syncEditor()
                return (effects.filter { $0 != .bell }, effects.contains(.bell))
            }
            return handleKey(key)
        }
    }

    mutating func send(_ event: AppModel.Event) -> [AppModel.Effect] {
        let effects = model.update(event, context: context)
        if case .dictionariesLoaded = event { adoptCodeLists() }
        syncEditor()
        return effects
    }

    private mutating func handleKey(_ key: Key) -> (effects: [AppModel.Effect], bell: Bool) {
        switch model.screen {
        case .entry(let entry): return entryKey(key, entry)
        default: return ([], false)
        }
    }

    // MARK: entry

    private mutating func entryKey(_ key: Key, _ entry: EntryScreen) -> (effects: [AppModel.Effect], bell: Bool) {
        switch entry.phase {
        case .editing: return editingKey(key, entry)
        case .problems:
            switch key {
            case .up, .backTab: return (send(.entry(.moveSelection(-1))), false)
            case .down, .tab: return (send(.entry(.moveSelection(1))), false)
            case .enter: overlayScroll = 0; return (send(.entry(.confirm)), false)
            case .escape: overlayScroll = 0; return (send(.entry(.cancel)), false)
            default: return ([], false)
            }
        case .confirm:
            switch key {
            case .up: overlayScroll = max(0, overlayScroll - 1); return ([], false)
            case .down: overlayScroll += 1; return ([], false)
            case .pageDown: overlayScroll += 10; return ([], false)
            case .pageUp: overlayScroll = max(0, overlayScroll - 10); return ([], false)
            case .enter, .function(2): overlayScroll = 0; return (send(.entry(.confirm)), false)
            case .escape: overlayScroll = 0; return (send(.entry(.cancel)), false)
            default: return ([], false)
            }
        case .sending:
            // Esc stops the wait; the lead stays in the outbox (see `EntryScreen.updateSending`).
            return key == .escape ? (send(.entry(.cancel)), false) : ([], false)
        case .accepted(let leadId, _):
            switch key {
            case .function(7) where !model.kiosk: return (send(.checkLead(leadId)), false)
            case .function(9) where !model.kiosk: return (send(.showLeadStatus(leadId)), false)
            case .enter: return (send(.entry(.confirm)), false)
            case .escape: return (send(.back), false)
            default: return ([], false)
            }
        case .queued, .failed:
            switch key {
            case .enter: return (send(.entry(.confirm)), false)
            case .escape:
                // Accepted: back to the menu. Queued or refused: back to the form, all kept.
                if case .accepted = entry.phase { return (send(.back), false) }
                return (send(.entry(.cancel)), false)
            default: return ([], false)
            }
        }
    }

    private mutating func editingKey(_ key: Key, _ entry: EntryScreen) -> (effects: [AppModel.Effect], bell: Bool) {
        if let section = Self.sectionShortcut(key) { return (send(.entry(.showSection(section))), false) }
        switch key {
        case .function(1): showHelp(entry); return ([], false)
        case .function(2), .ctrl(.character("s")): return (send(.entry(.submit)), false)
        case .function(3): return (send(.entry(.nextProblem)), false)
        case .function(4) where entry.form.focus.map(FiasAddress.isAddressText) == true: return (send(.fiasLookup), false)
        case .function(7) where !model.kiosk:
            guard case .edit(let id, _) = entry.mode else { return ([], false) }
            return (send(.checkLead(id)), false)
        case .function(9) where !model.kiosk:
            guard case .edit(let id, _) = entry.mode else { return ([], false) }
            return (send(.showLeadStatus(id)), false)
        case .function(5) where entry.form.section == .addresses: return (send(.entry(.sameAsResidence)), false)
        case .function(6) where renderCache.focusedList(of: entry.form) != nil: return (send(.entry(.addRow)), false)
        case .function(8) where renderCache.focusedList(of: entry.form) != nil: return (send(.entry(.deleteRow)), false)
        case .ctrl(.pageDown), .pageDown: return (send(.entry(.adjacentSection(forward: true))), false)
        case .ctrl(.pageUp), .pageUp: return (send(.entry(.adjacentSection(forward: false))), false)
        // Esc on an open code list closes the list (the widget's own meaning); it does not
        // leave the form the operator is filling in.
        case .escape where editorHasOpenList: break
        case .escape, .function(10): return (send(.back), false)
        case .tab: return (send(.entry(.next)), false)
        case .backTab: return (send(.entry(.previous)), false)
        default: break
        }
        switch renderCache.focusedStop(of: entry.form) {
        case .list(let list, _)?:
            let row = entry.form.selectedRow[list] ?? 0
            switch key {
            case .up: return (send(.entry(.selectRow(row - 1, in: list))), false)
            case .down: return (send(.entry(.selectRow(row + 1, in: list))), false)
            case .insert: return (send(.entry(.addRow)), false)
            case .delete: return (send(.entry(.deleteRow)), false)
            case .alt(.up): return (send(.entry(.moveRow(up: true))), false)
            case .alt(.down): return (send(.entry(.moveRow(up: false))), false)
            case .enter: return (send(.entry(.next)), false)
            default: return ([], false)
            }
        case .fold?:
            switch key {
            case .enter, .character(" "), .right: return (send(.entry(.toggleFold)), false)
            case .down: return (send(.entry(.next)), false)
            case .up: return (send(.entry(.previous)), false)
            default: return ([], false)
            }
        case .field(let path, let kind)?:
            if case .alt(.up) = key, renderCache.focusedList(of: entry.form) != nil { return (send(.entry(.moveRow(up: true))), false) }
            if case .alt(.down) = key, renderCache.focusedList(of: entry.form) != nil { return (send(.entry(.moveRow(up: false))), false) }
            guard editorPath == path, var state = editor else { return ([], false) }
            let outcome = state.handle(key)
            editor = state
            return apply(outcome, path: path, kind: kind, state: state)
        case nil:
            return ([], false)
        }
    }

    private var editorHasOpenList: Bool {
        if case .select(let state)? = editor { return state.isOpen }
        return false
    }

    private mutating func apply(_ outcome: EditOutcome, path: FieldPath, kind: FieldWidget,
                                state: FieldState) -> (effects: [AppModel.Effect], bell: Bool) {
        let text = fieldEditor.text(of: state, path: path, kind: kind)
        switch outcome {
        case .changed:
            return (send(.entry(.edited(path, text))), false)
        case .filled:
            return (send(.entry(.edited(path, text))) + send(.entry(.next)), false)
        case .exitForward:
            return (send(.entry(.next)), false)
        case .exitBackward:
            return (send(.entry(.previous)), false)
        case .rejected:
            return ([], true)
        case .moved, .unchanged, .ignored:
            return ([], false)
        }
    }

    private mutating func handlePaste(_ text: String) -> (effects: [AppModel.Effect], bell: Bool) {
        switch model.screen {
        case .entry(let entry):
            guard case .editing = entry.phase, case .field(let path, let kind)? = renderCache.focusedStop(of: entry.form),
                  editorPath == path, var state = editor else { return ([], false) }
            let outcome = state.paste(text)
            editor = state
            return apply(outcome, path: path, kind: kind, state: state)
        default:
            // The other screens take pastes in their own folders (see `AppModel+Input.swift`).
            let effects = send(.paste(text))
            return (effects.filter { $0 != .bell }, effects.contains(.bell))
        }
    }

    static func sectionShortcut(_ key: Key) -> SectionID? {
        guard case .alt(.character(let c)) = key, let n = c.wholeNumberValue else { return nil }
        let all = SectionID.allCases
        let index = n == 0 ? 9 : n - 1
        return all.indices.contains(index) ? all[index] : nil
    }

    private mutating func showHelp(_ entry: EntryScreen) {
        guard let focus = entry.form.focus else { return }
        let rulesPath = EntryForm.rulesPath(focus)
        let input = context.rules.input(for: rulesPath)
        // The help line already ends with the example, in the operator's language.
        var lines = [text(input.help)]
        if FiasAddress.isAddressText(focus) {
            lines += ["", text(UIText.t("F4 — найти код ФИАС по адресу, введённому словами: код заполнится сам, адрес примет написание ФИАС",
                                        "F4 looks the FIAS id up from the address typed in words: the id is filled in, the address takes FIAS's spelling"))]
        }
        if focus.leafKey == "fiasId" {
            lines += ["", text(UIText.t("32 шестнадцатеричные цифры можно вводить без дефисов: они встанут сами",
                                        "32 hex digits may be typed without hyphens: they are put in by themselves"))]
        }
        if let spec = FieldCatalog.spec(for: rulesPath) {
            let description = language == .ru ? (spec.descriptionRu ?? spec.descriptionEn) : (spec.descriptionEn ?? spec.descriptionRu)
            if let description { lines.append(""); lines.append(description) }
            lines.append("JSON: \(focus)")
        }
        help = (text(FieldNames.name(for: rulesPath)), lines.joined(separator: "\n"))
    }
}
