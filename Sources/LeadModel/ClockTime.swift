import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A moment broken into calendar and clock fields by the C library (`localtime_r`,
/// `gmtime_r`), for the log's time stamps and the times shown in lists.
///
/// Foundation's date formatters load ICU's data at their first use, several MB of memory
/// in a process that otherwise never needs it (see `CalendarDate.today()`).
public struct ClockTime: Hashable, Sendable {
    public var year: Int, month: Int, day: Int
    public var hour: Int, minute: Int, second: Int, millisecond: Int

    /// In the operator's local time (`TZ`, else `/etc/localtime`).
    public static func local(_ date: Date) -> ClockTime { split(date, utc: false) }

    public static func utc(_ date: Date) -> ClockTime { split(date, utc: true) }

    private static func split(_ date: Date, utc: Bool) -> ClockTime {
        // To the nearest millisecond (a Date's double is rarely exact: .237 is .2369999…).
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = (milliseconds / 1000).rounded(.down)
        var whole = time_t(seconds)
        let millisecond = min(999, max(0, Int(milliseconds - seconds * 1000)))
        var parts = tm()
        let ok = utc ? gmtime_r(&whole, &parts) != nil : localtime_r(&whole, &parts) != nil
        guard ok else { return ClockTime(year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0) }
        return ClockTime(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
                         hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec),
                         millisecond: millisecond)
    }

    /// `2026-11-21T16:17:39.979`: the log's time stamp (ISO 8601, no zone).
    public var isoWithMilliseconds: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))T\(Self.pad(hour, 2)):\(Self.pad(minute, 2))"
            + ":\(Self.pad(second, 2)).\(Self.pad(millisecond, 3))"
    }

    /// `2026-11-21 16:17`
    public var isoMinutes: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2)) \(Self.pad(hour, 2)):\(Self.pad(minute, 2))"
    }

    /// `21.11 16:17`: day, month and time, as a list of this week's drafts shows them.
    public var dayMonthMinutes: String {
        "\(Self.pad(day, 2)).\(Self.pad(month, 2)) \(Self.pad(hour, 2)):\(Self.pad(minute, 2))"
    }

    /// `16:17:39`: a moment of today, to the second.
    public var timeOfDay: String {
        "\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
