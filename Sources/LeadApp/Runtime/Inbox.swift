import Synchronization

/// Where finished background work (network calls) leaves its result for the UI loop.
/// The loop only polls it while something is in flight, so an idle screen stays idle.
final class Inbox: Sendable {
    private let state = Mutex<(events: [AppModel.Event], inFlight: Int)>(([], 0))
    /// Wakes the loop's wait for input when a result is left (the terminal's `waker`); the
    /// loop otherwise finds it at its next poll.
    private let wake: Mutex<(@Sendable () -> Void)?> = Mutex(nil)

    func wakeWith(_ waker: (@Sendable () -> Void)?) { wake.withLock { $0 = waker } }

    func started() { state.withLock { $0.inFlight += 1 } }

    func post(_ event: AppModel.Event) {
        state.withLock {
            $0.events.append(event)
            $0.inFlight -= 1
        }
        wake.withLock { $0 }?()
    }

    /// Background work that ended with nothing to report.
    func finished() { state.withLock { $0.inFlight -= 1 } }

    func take() -> [AppModel.Event] {
        state.withLock {
            let events = $0.events
            $0.events.removeAll()
            return events
        }
    }

    var isBusy: Bool { state.withLock { $0.inFlight > 0 || !$0.events.isEmpty } }
}
