import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A day in the proleptic Gregorian calendar, without time or zone: what the core calls `date`.
///
/// On the wire it is `YYYY-MM-DD`. Impossible days (2023-02-30) cannot be constructed, so a
/// decoded lead never carries one.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two ASCII digits).
    public init?(iso text: String) {
        guard text.utf8.count == 10 else { return nil }
        let bytes = Array(text.utf8)
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = CalendarDate.number(bytes[0..<4]),
              let m = CalendarDate.number(bytes[5..<7]),
              let d = CalendarDate.number(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day that `date` falls on in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        // Calendar always yields all three components for a concrete Date.
        self.year = parts.year ?? 1970
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
    }

    public static func today(in timeZone: TimeZone) -> CalendarDate {
        CalendarDate(Date(), in: timeZone)
    }

    /// Today in the operator's local time, as the C library has it (`TZ`, else
    /// `/etc/localtime`): the day `date` prints. Not through `TimeZone.current`, whose first use
    /// loads Foundation's ICU time-zone data, about 2 MB of memory, at every start.
    public static func today() -> CalendarDate {
        local(at: Date())
    }

    /// The local calendar day `moment` falls on (see `today()`).
    public static func local(at moment: Date) -> CalendarDate {
        var seconds = time_t(moment.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        if localtime_r(&seconds, &parts) != nil,
           let day = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1,
                                  day: Int(parts.tm_mday)) {
            return day
        }
        return CalendarDate(moment, in: .current)
    }

    /// The first moment of the local day after the one `moment` falls on: when `today()`
    /// changes next. Daylight-saving shifts are the C library's business (`mktime`).
    public static func startOfNextLocalDay(after moment: Date) -> Date {
        var seconds = time_t(moment.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return moment.addingTimeInterval(86_400) }
        parts.tm_mday += 1
        parts.tm_hour = 0
        parts.tm_min = 0
        parts.tm_sec = 0
        parts.tm_isdst = -1
        let next = mktime(&parts)
        guard next != -1, Double(next) > moment.timeIntervalSince1970 else { return moment.addingTimeInterval(86_400) }
        return Date(timeIntervalSince1970: Double(next))
    }

    public var iso: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Whole years from `self` to `later`: an age on `later` for a birth date `self`.
    public func fullYears(until later: CalendarDate) -> Int {
        var years = later.year - year
        if (later.month, later.day) < (month, day) { years -= 1 }
        return years
    }

    /// The same month and day `years` later; 29 February falls back to the 28th.
    public func adding(years: Int) -> CalendarDate {
        let y = year + years
        let d = min(day, CalendarDate.daysIn(month: month, year: y))
        return CalendarDate(year: y, month: month, day: d) ?? self
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in digits {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return value
    }
}

extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a real calendar date in the form YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
