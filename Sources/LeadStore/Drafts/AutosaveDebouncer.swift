import Foundation

/// When to write the draft, as a pure state machine (the app model keeps it and declares its
/// deadline; the runtime owns the clock and the disk).
///
/// Feed it what happens; it answers with effects. A change is written once typing pauses for
/// `quietPeriod`, but never later than `maxDelay` after the first unsaved change, so steady
/// typing still reaches the disk every `maxDelay`: at most that much typing can be lost.
/// A section change writes at once.
public struct AutosaveDebouncer: Sendable, Hashable {
    public enum Event: Sendable, Equatable {
        /// A field's text changed.
        case changed(at: Date)
        /// The operator moved to another section: write now (the section is part of the draft).
        case sectionChanged(at: Date)
        /// The app's timer fired.
        case tick(at: Date)
        /// The write asked for failed: keep the changes marked unsaved and try again.
        case saveFailed(at: Date)
        /// The draft was submitted or thrown away: nothing is pending any more.
        case discarded
    }

    public enum Effect: Sendable, Equatable {
        /// Write the draft now.
        case save
        /// Fire a `.tick` no later than this.
        case wake(at: Date)
    }

    public var quietPeriod: TimeInterval
    public var maxDelay: TimeInterval
    /// The first change not yet written, if any.
    public private(set) var firstUnsavedChange: Date?
    public private(set) var lastChange: Date?

    public init(quietPeriod: TimeInterval = 0.3, maxDelay: TimeInterval = 1.0) {
        self.quietPeriod = quietPeriod
        self.maxDelay = max(maxDelay, quietPeriod)
    }

    public var hasUnsavedChanges: Bool { firstUnsavedChange != nil }

    /// When the next write is due, if anything is unsaved.
    public var deadline: Date? {
        guard let first = firstUnsavedChange, let last = lastChange else { return nil }
        return min(last.addingTimeInterval(quietPeriod), first.addingTimeInterval(maxDelay))
    }

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .changed(let t):
            if firstUnsavedChange == nil { firstUnsavedChange = t }
            lastChange = t
            return deadline.map { [.wake(at: $0)] } ?? []
        case .sectionChanged:
            markSaved()
            return [.save]
        case .tick(let t):
            guard let due = deadline, t >= due else { return deadline.map { [.wake(at: $0)] } ?? [] }
            markSaved()
            return [.save]
        case .saveFailed(let t):
            // Retry after a full `maxDelay`, not in a tight loop against a failing disk.
            firstUnsavedChange = t
            lastChange = t.addingTimeInterval(maxDelay)
            return deadline.map { [.wake(at: $0)] } ?? []
        case .discarded:
            markSaved()
            return []
        }
    }

    private mutating func markSaved() {
        firstUnsavedChange = nil
        lastChange = nil
    }
}
