import TerminalUI

/// What the terminal sends, as the model's events: a key or a paste goes through
/// `AppModel.update` (`AppModel+Input.swift` sends it to the screen that is up), a resize
/// sets the size the views and the model's page of results follow.
extension ScreenState {
    /// Applies one input event; returns the effects to run and whether to ring the bell.
    mutating func handle(_ event: InputEvent) -> (effects: [AppModel.Effect], bell: Bool) {
        switch event {
        case .resize(let columns, let rows):
            size = Size(columns: columns, rows: rows)
            return size.fits(.minimumTerminal) ? releaseHeldInput() : ([], false)
        case .terminate:
            // Asked to stop from outside (shutdown, logout, the terminal closed), kiosk or not:
            // the run loop ends and saves the draft on its way out; a kiosk wipes it instead,
            // as it would have when left alone.
            return ((model.kiosk ? send(.wipe) : []) + send(.quit), false)
        case .paste, .key:
            // The form is hidden behind the enlarge notice: what is typed waits, and goes in
            // once the form is in sight again (a window resized in passing loses nothing).
            guard size.fits(.minimumTerminal) else {
                guard heldInput.count < Self.maximumHeldInput else { return ([], true) }
                heldInput.append(event)
                return ([], false)
            }
            if case .paste(let text) = event { return input(.paste(text)) }
            if case .key(let key) = event { return input(.key(key)) }
            return ([], false)
        }
    }

    /// Keys and pastes held while the window is too small, at most this many (then the bell).
    static let maximumHeldInput = 256

    private mutating func releaseHeldInput() -> (effects: [AppModel.Effect], bell: Bool) {
        let held = heldInput
        heldInput = []
        var effects: [AppModel.Effect] = [], bell = false
        for event in held {
            let result = handle(event)
            effects += result.effects
            bell = bell || result.bell
        }
        return (effects, bell)
    }

    private mutating func input(_ event: AppModel.Event) -> (effects: [AppModel.Effect], bell: Bool) {
        let wasEntry = model.screen.isEntry
        let effects = send(event)
        // A form brought up by a key starts at its top.
        if model.screen.isEntry, !wasEntry { scrollTop = 0 }
        return (effects.filter { $0 != .bell }, effects.contains(.bell))
    }

    mutating func send(_ event: AppModel.Event) -> [AppModel.Effect] {
        let effects = model.update(event, context: context)
        if case .dictionariesLoaded = event { adoptCodeLists() }
        return effects
    }
}
