import Foundation
import LeadModel
import LeadRules

/// Kiosk: the supervisor's PIN prompt, the only way out of a locked-down terminal.
///
/// The PIN is held here only while it is typed and checked (the check runs outside, as an
/// effect, against the salted hash in the config); the screen draws dots, never digits.
public struct SupervisorScreen: Hashable, Sendable {
    /// The PIN being typed, with its cursor (drawn as dots).
    var input = LineInput(maxLength: 64)
    public var busy = false
    public var message: LocalizedText?

    public init() {}

    public var pin: String {
        get { input.text }
        set { input.text = newValue }
    }
}

/// Wrong PINs in a row, and the lock-out they lead to. Kept by the app model, not the
/// prompt, so leaving the prompt and coming back does not give a customer fresh tries.
public struct SupervisorLock: Hashable, Sendable {
    public static let attemptsBeforeLock = 3
    public static let duration: TimeInterval = 60

    public var failures = 0
    public var lockedUntil: Date?

    /// Whole seconds left in a lock-out at `now`, nil when PINs may be tried.
    public func remaining(at now: Date) -> Int? {
        guard let lockedUntil, lockedUntil > now else { return nil }
        return Int(lockedUntil.timeIntervalSince(now).rounded(.up))
    }

    mutating func recordFailure(at now: Date) {
        failures += 1
        if failures >= Self.attemptsBeforeLock {
            failures = 0
            lockedUntil = now.addingTimeInterval(Self.duration)
        }
    }

    static func lockedMessage(seconds: Int) -> LocalizedText {
        LocalizedText(ru: "Слишком много неверных PIN: подождите \(seconds) с",
                      en: "Too many wrong PINs: wait \(seconds) s")
    }

    static let unlockedMessage = LocalizedText(ru: "Можно снова ввести PIN", en: "The PIN may be tried again")

    /// When the count on the prompt next goes down by one (at zero: the lock ends).
    func nextChange(after now: Date) -> Date? {
        guard let lockedUntil, let left = remaining(at: now) else { return nil }
        return lockedUntil.addingTimeInterval(-TimeInterval(left - 1))
    }
}

extension AppModel {
    /// While the PIN prompt is up and locked, a deadline each second keeps its count honest.
    var nextLockDeadline: Date? {
        guard case .supervisor = screen else { return nil }
        return supervisorLock.nextChange(after: timers.now)
    }

    /// The lock-out on the prompt: counting down; on the quiet screen the moment it ends,
    /// which does not change each second (a screen reader would read every tick).
    func lockedMessage(seconds: Int) -> LocalizedText {
        guard quiet, let until = supervisorLock.lockedUntil else { return SupervisorLock.lockedMessage(seconds: seconds) }
        let at = ClockTime.local(until).timeOfDay
        return LocalizedText(ru: "Слишком много неверных PIN: снова можно в \(at)", en: "Too many wrong PINs: try again at \(at)")
    }

    /// The lock-out's countdown on the prompt, moved on by the clock's `.tick` (no clock read).
    mutating func tickSupervisorLock(_ now: Date) {
        guard case .supervisor(var prompt) = screen, let until = supervisorLock.lockedUntil else { return }
        if let seconds = supervisorLock.remaining(at: now) {
            prompt.message = lockedMessage(seconds: seconds)
        } else if until <= now {
            supervisorLock.lockedUntil = nil
            prompt.message = SupervisorLock.unlockedMessage
        }
        screen = .supervisor(prompt)
    }
}

extension AppModel {
    /// The kiosk's F10: the PIN prompt when a PIN is configured, otherwise a notice that
    /// the kiosk cannot be left from the keyboard.
    mutating func askSupervisor() -> [Effect] {
        guard kiosk else {
            running = false
            return [.quit]
        }
        guard supervisorPINConfigured else {
            notice = LocalizedText(ru: "Выход из киоска закрыт: PIN супервизора не задан в конфигурации",
                                   en: "This kiosk cannot be left: no supervisor PIN is configured")
            return []
        }
        notice = nil
        var prompt = SupervisorScreen()
        prompt.message = supervisorLock.remaining(at: timers.now).map { lockedMessage(seconds: $0) }
        screen = .supervisor(prompt)
        return []
    }

    mutating func updateSupervisor(_ prompt: SupervisorScreen, _ event: Event) -> [Effect] {
        var prompt = prompt
        defer { if case .supervisor = screen { screen = .supervisor(prompt) } }
        switch event {
        case .supervisorEdited(let text):
            guard !prompt.busy else { return [] }
            prompt.pin = text
            prompt.message = nil
        case .supervisorSubmit(let now):
            timers.now = max(timers.now, now)
            guard !prompt.busy else { return [] }
            if let seconds = supervisorLock.remaining(at: now) {
                prompt.message = lockedMessage(seconds: seconds)
                prompt.pin = ""
                return []
            }
            guard !prompt.pin.isEmpty else {
                prompt.message = LocalizedText(ru: "Введите PIN супервизора", en: "Enter the supervisor PIN")
                return []
            }
            prompt.busy = true
            let pin = prompt.pin
            prompt.pin = ""
            return [.checkSupervisorPIN(pin)]
        case .supervisorChecked(let accepted, let now):
            // The check's time is update's "now": the countdown's deadlines count from it.
            timers.now = max(timers.now, now)
            prompt.busy = false
            if accepted {
                supervisorLock = SupervisorLock()
                running = false
                return [.quit]
            }
            supervisorLock.recordFailure(at: now)
            if let seconds = supervisorLock.remaining(at: now) {
                prompt.message = lockedMessage(seconds: seconds)
            } else {
                prompt.message = LocalizedText(ru: "Неверный PIN", en: "Wrong PIN")
            }
        case .back:
            guard !prompt.busy else { return [] }
            screen = .menu(selected: 0)
        default:
            break
        }
        return []
    }
}
