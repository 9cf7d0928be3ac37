import Foundation

/// An event that needs the time: update never reads a clock, so it asks the runtime
/// (`AppModel.Effect.readClock`), which sends the event back with its clock's time.
public enum ClockRequest: Hashable, Sendable {
    /// The kiosk's PIN prompt: Enter, checked against the lock-out at that moment.
    case supervisorSubmit

    public func event(at now: Date) -> AppModel.Event {
        switch self {
        case .supervisorSubmit: return .supervisorSubmit(at: now)
        }
    }
}
