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
            if let effects = model.updateInput(.paste(text), context: context) {
                return (effects.filter { $0 != .bell }, effects.contains(.bell))
            }
            return handlePaste(text)
        case .terminate:
            // Asked to stop from outside (shutdown, logout, the terminal closed), kiosk or not:
            // the run loop ends and saves the draft on its way out; a kiosk wipes it instead,
            // as it would have when left alone.
            return ((model.kiosk ? send(.wipe) : []) + send(.quit), false)
        case .key(let key):
            if model.help != nil { return (send(.key(key)), false) }
            if model.kiosk, Self.kioskBlocked.contains(key) { return ([], false) }
            if key == .ctrl(.character("c")) || key == .ctrl(.character("q")) { return (send(.quit), false) }
            // A screen whose keys its own folder handles (see `AppModel+Input.swift`).
            if let effects = model.updateInput(.key(key), context: context) {
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
        case .lookup(let lookup): return lookupKey(key, lookup)
        case .openLead(let open): return openLeadKey(key, open)
        case .drafts: return (draftsKey(key), false)
        case .login(let login): return loginKey(key, login)
        case .supervisor(let prompt): return supervisorKey(key, prompt)
        case .outbox(let outbox): return outboxKey(key, outbox)
        case .leadStatus: return (leadStatusKey(key), false)
        case .leadList: return (leadListKey(key), false)
        case .entry: return ([], false) // its own update (`EntryScreen+Input.swift`)
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

    private mutating func handlePaste(_ text: String) -> (effects: [AppModel.Effect], bell: Bool) {
        switch model.screen {
        case .lookup, .openLead:
            let outcome = oneLine.paste(text)
            return (outcome == .rejected ? [] : oneLineChanged(), outcome == .rejected)
        default:
            return ([], false)
        }
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
