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
            return ([], false)
        case .terminate:
            // Asked to stop from outside (shutdown, logout, the terminal closed), kiosk or not:
            // the run loop ends and saves the draft on its way out; a kiosk wipes it instead,
            // as it would have when left alone.
            return ((model.kiosk ? send(.wipe) : []) + send(.quit), false)
        case .paste(let text):
            return input(.paste(text))
        case .key(let key):
            return input(.key(key))
        }
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
