import Foundation

extension ScreenState {
    /// A key or a paste at `now`: the model's idle clock starts again. Nothing on screen
    /// changes but the idle warning, so the editor is not synced for it.
    mutating func noteInput(at now: Date) {
        _ = model.update(.input(at: now), context: context)
    }

    /// The runtime's clock reached a deadline. A kiosk wipe also closes what only the terminal
    /// side keeps (the help overlay, the one-line input), so none of it outlives the person.
    mutating func tick(_ now: Date) -> [AppModel.Effect] {
        let hadData = model.wipedWhenIdle
        let effects = send(.tick(now))
        if hadData, !model.wipedWhenIdle {
            help = nil
            resetOneLine()
        }
        return effects
    }
}
