import Foundation

/// Exponential backoff with jitter and a cap: attempt n waits between half and all of
/// `min(cap, base · 2^(n-1))` ("equal jitter"), so terminals that failed together do not
/// retry together, and a long outage settles at one try every `cap/2…cap`.
public struct Backoff: Hashable, Sendable {
    public var base: TimeInterval
    public var cap: TimeInterval

    public init(base: TimeInterval = 2, cap: TimeInterval = 300) {
        self.base = base
        self.cap = max(cap, base)
    }

    /// The ceiling for the wait after `attempt` failed sends (1 = the first failure).
    public func ceiling(afterAttempt attempt: Int) -> TimeInterval {
        let exponent = Double(max(0, attempt - 1))
        // 2^30 s is far past any cap; clamping the exponent keeps the arithmetic finite.
        return min(cap, base * pow(2, min(exponent, 30)))
    }

    /// The wait after `attempt` failed sends; `unitRandom` in 0..<1 picks the point in the band.
    public func delay(afterAttempt attempt: Int, unitRandom: Double) -> TimeInterval {
        let ceiling = ceiling(afterAttempt: attempt)
        let r = min(max(unitRandom, 0), 1)
        return ceiling / 2 + ceiling / 2 * r
    }
}
