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
            if model.kiosk, Self.kioskBlocked.contains(key) { return ([], false) }
            if key == .ctrl(.character("c")) || key == .ctrl(.character("q")) { return (send(.quit), false) }
            // A screen whose keys its own folder handles (see `AppModel+Input.swift`).
            if let effects = model.updateInput(.key(key), context: context) {
                syncEditor()
                return (effects.filter { $0 != .bell }, effects.contains(.bell))
            }
            return handleKey(key)
        }
    }

    /// Keys that would leave a kiosk or stop the program.
    static let kioskBlocked: Set<Key> = [
        .ctrl(.character("c")), .ctrl(.character("z")), .ctrl(.character("\\")), .ctrl(.character("q")),
    ]

    mutating func send(_ event: AppModel.Event) -> [AppModel.Effect] {
        let effects = model.update(event, context: context)
        if case .dictionariesLoaded = event { adoptCodeLists() }
        syncEditor()
        if case .login(let login) = model.screen {
            // A field the model changed (a refusal empties the password) gets a fresh widget.
            for field in LoginScreen.Field.allCases where loginFields[field].map({ $0.value != login.text(of: field) }) == true {
                loginFields[field] = nil
            }
        }
        return effects
    }

    private mutating func handleKey(_ key: Key) -> (effects: [AppModel.Effect], bell: Bool) {
        switch model.screen {
        case .menu(let selected): return (menuKey(key, selected), false)
        case .entry(let entry): return entryKey(key, entry)
        case .lookup(let lookup): return lookupKey(key, lookup)
        case .openLead(let open): return openLeadKey(key, open)
        case .drafts: return (draftsKey(key), false)
        case .login(let login): return loginKey(key, login)
        case .supervisor(let prompt): return supervisorKey(key, prompt)
        case .outbox(let outbox): return outboxKey(key, outbox)
        case .leadStatus: return (leadStatusKey(key), false)
        case .leadList: return (leadListKey(key), false)
        }
    }

    // MARK: menu

    private mutating func menuKey(_ key: Key, _ selected: Int) -> [AppModel.Effect] {
        let items = model.menuItems()
        switch key {
        case .up, .backTab: return send(.menuMove(-1))
        case .down, .tab: return send(.menuMove(1))
        case .enter: return enter(items[min(selected, items.count - 1)])
        case .function(10), .escape:
            guard model.kiosk else { return send(.menuChoose(.quit)) }
            // Escape is not the way out of a kiosk; F10 asks for the supervisor's PIN.
            guard key == .function(10) else { return [] }
            let effects = send(.supervisorAsk)
            if case .supervisor = model.screen { resetOneLine(maxLength: 64) }
            return effects
        case .function(2): return enter(.newLead)
        case .character(let c):
            if let n = c.wholeNumberValue, n >= 1, n <= items.count { return enter(items[n - 1]) }
            return []
        default: return []
        }
    }

    private mutating func enter(_ item: MenuItem) -> [AppModel.Effect] {
        switch item {
        case .lookup: resetOneLine(maxLength: 400)
        case .openLead: resetOneLine(maxLength: 19, allowed: .digit)
        default: break
        }
        scrollTop = 0
        return send(.menuChoose(item))
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
        case .lookup, .openLead:
            let outcome = oneLine.paste(text)
            return (outcome == .rejected ? [] : oneLineChanged(), outcome == .rejected)
        default:
            return ([], false)
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

    // MARK: lookup, open lead, drafts, login

    private mutating func lookupKey(_ key: Key, _ lookup: LookupScreen) -> (effects: [AppModel.Effect], bell: Bool) {
        switch lookup.phase {
        case .entering:
            if key == .tab, lookup.keySearch {
                resetOneLine(maxLength: 400)
                return (send(.lookup(.nextSearchBy)), false)
            }
            if key == .enter, case .lookup(var sized) = model.screen {
                sized.pageSize = listRows
                model.screen = .lookup(sized)
            }
            return oneLineKey(key, edited: { .lookup(.edited($0)) }, submit: .lookup(.search))
        case .searching:
            return key == .escape ? (send(.back), false) : ([], false)
        case .results, .card:
            switch key {
            case .pageDown where lookup.phase == .results: return (send(.lookup(.page(forward: true))), false)
            case .pageUp where lookup.phase == .results: return (send(.lookup(.page(forward: false))), false)
            case .up: return (send(.lookup(.move(-1))), false)
            case .down: return (send(.lookup(.move(1))), false)
            case .enter: overlayScroll = 0; return (send(.lookup(.open)), false)
            case .function(2): scrollTop = 0; return (send(.lookup(.startLead)), false)
            case .escape:
                let effects = send(.back)
                if case .lookup(let l) = model.screen, l.phase == .entering { resetOneLine(maxLength: 400) }
                return (effects, false)
            default: return ([], false)
            }
        }
    }

    /// Menu 2: the lead number, or (Tab) the client's phone, whose leads are then listed.
    private mutating func openLeadKey(_ key: Key, _ open: OpenLeadScreen) -> (effects: [AppModel.Effect], bell: Bool) {
        guard !open.busy else { return key == .escape ? (send(.back), false) : ([], false) }
        if key == .tab, !model.kiosk {
            if open.byPhone { resetOneLine(maxLength: 19, allowed: .digit) } else { resetOneLine(maxLength: 24) }
            return (send(.openLeadToggle), false)
        }
        if key == .enter, case .openLead(var sized) = model.screen {
            sized.pageSize = listRows
            model.screen = .openLead(sized)
        }
        return oneLineKey(key, edited: { .openLeadEdited($0) }, submit: .openLeadSubmit)
    }

    /// The rows of results a list screen shows at the terminal's size: one search page.
    var listRows: Int {
        max(1, ScreenLayout(Rect(x: 0, y: 0, width: size.columns, height: size.rows)).body.height - 4)
    }

    private mutating func leadListKey(_ key: Key) -> [AppModel.Effect] {
        switch key {
        case .up: return send(.leadList(.move(-1)))
        case .down: return send(.leadList(.move(1)))
        case .pageDown: return send(.leadList(.page(forward: true)))
        case .pageUp: return send(.leadList(.page(forward: false)))
        case .enter: scrollTop = 0; return send(.leadList(.open))
        case .escape, .function(10):
            let effects = send(.back)
            if case .openLead(let open) = model.screen {
                oneLine = TextFieldState(value: open.idText, maxLength: 24)
            }
            return effects
        default: return []
        }
    }

    /// The lead's status: F7 checks, F5 reads again, Esc or Enter goes back.
    private mutating func leadStatusKey(_ key: Key) -> [AppModel.Effect] {
        guard case .leadStatus(let status) = model.screen else { return [] }
        switch key {
        case .function(7): return send(.checkLead(status.leadId))
        case .function(5): return send(.refreshLeadStatus)
        case .escape, .enter, .function(10): return send(.back)
        default: return []
        }
    }

    private mutating func oneLineKey(_ key: Key, edited: (String) -> AppModel.Event,
                                     submit: AppModel.Event) -> (effects: [AppModel.Effect], bell: Bool) {
        switch key {
        case .enter: return (send(submit), false)
        case .escape, .function(10): return (send(.back), false)
        default:
            let outcome = oneLine.handle(key)
            if outcome == .changed || outcome == .filled { return (send(edited(oneLine.value)), false) }
            return ([], outcome == .rejected)
        }
    }

    private mutating func oneLineChanged() -> [AppModel.Effect] {
        switch model.screen {
        case .lookup: return send(.lookup(.edited(oneLine.value)))
        case .openLead: return send(.openLeadEdited(oneLine.value))
        default: return []
        }
    }

    private mutating func draftsKey(_ key: Key) -> [AppModel.Effect] {
        switch key {
        case .up: return send(.draftsMove(-1))
        case .down: return send(.draftsMove(1))
        case .enter: return send(.draftResume)
        case .delete: return send(.draftDiscard)
        case .escape: return send(.back)
        default: return []
        }
    }

    /// The outbox: ↑↓ pick a lead, Enter types its CVC again (dots), F5 sends it without.
    private mutating func outboxKey(_ key: Key, _ outbox: OutboxScreen) -> (effects: [AppModel.Effect], bell: Bool) {
        if outbox.cvc != nil {
            switch key {
            case .enter:
                let effects = send(.outbox(.cvcSubmit))
                if case .outbox(let after) = model.screen, after.cvc == nil { resetOneLine() }
                return (effects, false)
            case .escape, .function(10):
                resetOneLine()
                return (send(.outbox(.cancel)), false)
            default:
                let outcome = oneLine.handle(key)
                if outcome == .changed || outcome == .filled { return (send(.outbox(.cvcEdited(oneLine.value))), false) }
                return ([], outcome == .rejected)
            }
        }
        switch key {
        case .up: return (send(.outbox(.move(-1))), false)
        case .down: return (send(.outbox(.move(1))), false)
        case .enter:
            resetOneLine(maxLength: 4, allowed: .digit)
            return (send(.outbox(.askCvc)), false)
        case .function(5): return (send(.outbox(.waiveCvc)), false)
        case .escape, .function(10): return (send(.back), false)
        default: return ([], false)
        }
    }

    /// Kiosk PIN prompt: digits (or any characters a supervisor chose), Enter checks, Esc returns.
    private mutating func supervisorKey(_ key: Key, _ prompt: SupervisorScreen) -> (effects: [AppModel.Effect], bell: Bool) {
        guard !prompt.busy else { return ([], false) }
        switch key {
        case .enter:
            let effects = send(.supervisorSubmit(at: Date()))
            resetOneLine(maxLength: 64)
            return (effects, false)
        case .escape, .function(10):
            resetOneLine()
            return (send(.back), false)
        default:
            let outcome = oneLine.handle(key)
            if outcome == .changed || outcome == .filled { return (send(.supervisorEdited(oneLine.value)), false) }
            return ([], outcome == .rejected)
        }
    }

    private mutating func loginKey(_ key: Key, _ login: LoginScreen) -> (effects: [AppModel.Effect], bell: Bool) {
        // While the core is asked, only Esc works: it cancels the wait.
        guard !login.busy else { return key == .escape ? (send(.back), false) : ([], false) }
        let fields = LoginScreen.Field.allCases
        let index = fields.firstIndex(of: login.focus) ?? 0
        switch key {
        case .tab, .down: return (send(.loginFocus(fields[(index + 1) % fields.count])), false)
        case .backTab, .up: return (send(.loginFocus(fields[(index + fields.count - 1) % fields.count])), false)
        case .enter:
            if index < fields.count - 1, login.text(of: login.focus).isEmpty == false, login.password.isEmpty {
                return (send(.loginFocus(fields[index + 1])), false)
            }
            return (send(.loginSubmit), false)
        case .function(10), .escape: return model.kiosk ? ([], false) : (send(.quit), false)
        default:
            var state = loginFields[login.focus] ?? TextFieldState(value: login.text(of: login.focus), maxLength: 300)
            let outcome = state.handle(key)
            loginFields[login.focus] = state
            if outcome == .changed { return (send(.loginEdited(login.focus, state.value)), false) }
            return ([], outcome == .rejected)
        }
    }
}
