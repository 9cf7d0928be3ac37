import Foundation
import Testing
@testable import LeadModel

/// The C library's clock fields give the same text Foundation's formatters did, local and UTC.
struct ClockTimeTests {
    static func formatter(_ format: String, zone: TimeZone) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = format
        return f
    }

    static let moments: [Date] = stride(from: 0, to: 400, by: 1).map { i in
        // A year and more of moments at odd hours, seconds and milliseconds, leap day included.
        Date(timeIntervalSince1970: 1_709_000_000 + Double(i) * 97_531.237)
    }

    @Test func utcLogStampsMatchISO8601() {
        let iso = Self.formatter("yyyy-MM-dd'T'HH:mm:ss.SSS", zone: TimeZone(secondsFromGMT: 0) ?? .gmt)
        for date in Self.moments {
            #expect(ClockTime.utc(date).isoWithMilliseconds == iso.string(from: date))
        }
    }

    @Test func localTimesMatchTheFormattersTheyReplace() {
        let minutes = Self.formatter("yyyy-MM-dd HH:mm", zone: .current)
        let short = Self.formatter("dd.MM HH:mm", zone: .current)
        for date in Self.moments {
            #expect(ClockTime.local(date).isoMinutes == minutes.string(from: date))
            #expect(ClockTime.local(date).dayMonthMinutes == short.string(from: date))
        }
    }

    @Test func theLogLineStillStartsWithItsStamp() {
        let date = Date(timeIntervalSince1970: 1_790_000_000.5)
        #expect(ClockTime.utc(date).isoWithMilliseconds == "2026-09-21T14:13:20.500")
    }
}
