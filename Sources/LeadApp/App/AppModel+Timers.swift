import Foundation
import LeadModel
import LeadRules
import LeadStore

extension AppModel {
    /// What a deadline the model declares is for.
    public enum TimerKind: Hashable, Sendable {
        /// The draft being typed is due on disk (typing paused, or too long unsaved).
        case autosave
        /// The outbox's figures (waiting leads, CVCs wanted) are read again.
        case outboxPoll
        /// Kiosk: the idle warning starts, its countdown moves on, or the screen is wiped.
        case idle
        /// Kiosk: the result screen gives way to a fresh form.
        case kioskReset
        /// Local midnight: the validator's "today" moves on.
        case midnight
        /// Kiosk: the PIN lock-out's countdown on the prompt moves on by a second.
        case supervisorLock
    }

    /// A time at which the model wants a `.tick`.
    public struct Deadline: Hashable, Sendable {
        public let at: Date
        public let what: TimerKind
    }

    /// The app's clocks, kept as data: the runtime only waits for the earliest deadline and
    /// delivers `.tick(now)`; what is due is decided here.
    public struct Timers: Hashable, Sendable {
        /// The time of the latest event that carried one (`.tick`, `.input`): update's "now".
        public internal(set) var now: Date
        var autosave = AutosaveDebouncer()
        /// nil while there is no outbox to ask (no database, not connected).
        var nextOutboxPoll: Date?
        var lastInput: Date
        /// Kiosk: how long the terminal may be left alone before a screen with someone's
        /// data is wiped; nil elsewhere.
        let idleLimit: TimeInterval?
        /// Seconds left before a kiosk wipe, while the warning shows.
        public internal(set) var idleCountdown: Int?
        /// Kiosk: when the result screen goes back to a fresh form.
        var kioskResetAt: Date?
        /// The next local midnight.
        var nextDay: Date

        /// The idle warning shows this long before the wipe.
        static let idleWarning: TimeInterval = 10
        /// How often the outbox's figures are read, and how soon after the operator changed it.
        static let outboxPollInterval: TimeInterval = 5
        static let outboxPollAfterChange: TimeInterval = 2
        /// Kiosk: how long an accepted lead's result stays on screen.
        static let kioskResultShown: TimeInterval = 5

        public init(now: Date, idleLimit: TimeInterval? = nil, pollsOutbox: Bool = false) {
            self.now = now
            lastInput = now
            self.idleLimit = idleLimit
            nextOutboxPoll = pollsOutbox ? now : nil
            nextDay = LeadModel.CalendarDate.startOfNextLocalDay(after: now)
        }
    }

    /// Every time the model wants a `.tick`, in no particular order.
    public var deadlines: [Deadline] {
        var out: [Deadline] = []
        if let due = timers.autosave.deadline { out.append(Deadline(at: due, what: .autosave)) }
        if let poll = timers.nextOutboxPoll { out.append(Deadline(at: poll, what: .outboxPoll)) }
        if let reset = timers.kioskResetAt { out.append(Deadline(at: reset, what: .kioskReset)) }
        out.append(Deadline(at: timers.nextDay, what: .midnight))
        if let idle = nextIdleDeadline { out.append(Deadline(at: idle, what: .idle)) }
        if let lock = nextLockDeadline { out.append(Deadline(at: lock, what: .supervisorLock)) }
        return out
    }

    public var nextDeadline: Deadline? { deadlines.min { $0.at < $1.at } }

    /// When the idle warning starts or its countdown next moves on (at zero: the wipe).
    private var nextIdleDeadline: Date? {
        guard let limit = timers.idleLimit, wipedWhenIdle else { return nil }
        guard let left = timers.idleCountdown else {
            return timers.lastInput.addingTimeInterval(max(0, limit - Timers.idleWarning))
        }
        return timers.lastInput.addingTimeInterval(limit - TimeInterval(left - 1))
    }

    /// The clock's events: `.input` (a key or a paste, stamped by the runtime), `.tick`, and
    /// `.outboxConnected`; a wipe empties the autosave. nil: the event is not (only) the clock's.
    mutating func updateTimers(_ event: Event, context: FormContext) -> [Effect]? {
        switch event {
        case .input(let at):
            timers.now = at
            timers.lastInput = at
            touchedSinceWipe = kiosk
            timers.idleCountdown = nil
            return []
        case .outboxConnected:
            timers.nextOutboxPoll = timers.now
            return []
        case .tick(let now):
            return tick(now, context: context)
        case .wipe:
            // The wiped form's drafts go (`.discardSessionDrafts`): nothing is left to save.
            _ = timers.autosave.update(.discarded)
            touchedSinceWipe = false
            return nil
        default:
            return nil
        }
    }

    private mutating func tick(_ now: Date, context: FormContext) -> [Effect] {
        timers.now = now
        if let due = timers.autosave.deadline, due <= now,
           timers.autosave.update(.tick(at: now)).contains(.save) {
            // The save goes alone: it writes the form that is up now, before a reset or a
            // wipe below could replace it (their deadlines are still due at the next tick).
            return [.saveDraft]
        }
        var effects: [Effect] = []
        if let poll = timers.nextOutboxPoll, poll <= now {
            timers.nextOutboxPoll = now.addingTimeInterval(Timers.outboxPollInterval)
            effects.append(.pollOutbox)
        }
        if timers.nextDay <= now {
            timers.nextDay = LeadModel.CalendarDate.startOfNextLocalDay(after: now)
            effects.append(.adoptDay(LeadModel.CalendarDate.local(at: now)))
        }
        if let reset = timers.kioskResetAt, reset <= now {
            timers.kioskResetAt = nil
            effects += update(.entry(.confirm), context: context)
        }
        tickSupervisorLock(now)
        if let limit = timers.idleLimit, wipedWhenIdle {
            let idle = now.timeIntervalSince(timers.lastInput)
            if idle >= limit {
                timers.idleCountdown = nil
                timers.lastInput = now
                effects += update(.wipe, context: context)
            } else if idle >= limit - Timers.idleWarning {
                timers.idleCountdown = Int((limit - idle).rounded(.up))
            }
        }
        return effects
    }

    /// The entry screen's effects, with the draft's clock kept here: edits restart the
    /// autosave debounce, a section change writes at once, an accepted lead's draft goes
    /// (and on a kiosk its result screen gives way to a fresh form after a moment).
    mutating func entryEffects(_ effects: [EntryEffect]) -> [Effect] {
        effects.flatMap { effect -> [Effect] in
            switch effect {
            case .changed:
                typedSinceOpened = true
                _ = timers.autosave.update(.changed(at: timers.now))
                return []
            case .saveDraftNow:
                return timers.autosave.update(.sectionChanged(at: timers.now)).contains(.save) ? [.saveDraft] : []
            case .discardDraft:
                typedSinceOpened = false
                openedDraft = false
                if let draftID { draftsLeft.remove(draftID) }
                _ = timers.autosave.update(.discarded)
                if kiosk { timers.kioskResetAt = timers.now.addingTimeInterval(Timers.kioskResultShown) }
                return [.entry(effect, draftID: draftID)]
            case .send:
                // What was typed is on disk before it goes out.
                return [.saveDraft, .entry(effect, draftID: draftID)]
            }
        }
    }

    /// A draft write ended: a failure is tried again after the debouncer's back-off.
    mutating func draftSaveEnded(problem: LocalizedText?) {
        draftSaveProblem = problem
        if problem != nil { _ = timers.autosave.update(.saveFailed(at: timers.now)) }
    }

    /// The operator changed the outbox: its figures are read again soon.
    mutating func outboxChanged() {
        if timers.nextOutboxPoll != nil {
            timers.nextOutboxPoll = timers.now.addingTimeInterval(Timers.outboxPollAfterChange)
        }
    }
}
