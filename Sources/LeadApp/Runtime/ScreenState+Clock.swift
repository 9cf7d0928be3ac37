import Foundation

extension ScreenState {
    /// A key or a paste at `now`: the model's idle clock starts again.
    mutating func noteInput(at now: Date) {
        _ = model.update(.input(at: now), context: context)
    }

    /// The runtime's clock reached a deadline. (A kiosk wipe closes the help box and every
    /// input with the rest of the model: none of it outlives the person.)
    mutating func tick(_ now: Date) -> [AppModel.Effect] {
        send(.tick(now))
    }
}
