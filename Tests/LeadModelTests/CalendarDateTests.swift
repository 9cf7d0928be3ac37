import Foundation
import Testing
@testable import LeadModel

struct CalendarDateTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "1987-07-29", "2023-12-31", "0001-01-01"])
    func realDatesParse(_ text: String) {
        #expect(CalendarDate(iso: text)?.iso == text)
    }

    @Test(arguments: ["2023-02-30", "2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01",
                      "2023-00-10", "2023-1-01", "23-01-01", "2023/01/01", "2023-01-01T00:00", ""])
    func impossibleOrMalformedDatesAreRefused(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func agesCountWholeYears() throws {
        let birth = try #require(CalendarDate(year: 2000, month: 2, day: 29))
        #expect(birth.fullYears(until: try #require(CalendarDate(year: 2018, month: 2, day: 28))) == 17)
        #expect(birth.fullYears(until: try #require(CalendarDate(year: 2018, month: 3, day: 1))) == 18)
        #expect(birth.adding(years: 14) == CalendarDate(year: 2014, month: 2, day: 28))
    }

    @Test func todayFromTheCLibraryIsFoundationsLocalDay() {
        let before = CalendarDate(Date(), in: .current)
        let today = CalendarDate.today()
        let after = CalendarDate(Date(), in: .current)
        // Either side of a midnight that passes between the calls.
        #expect(today == before || today == after)
        #expect(today.year >= 2024)
    }

    /// Over a year of moments, every hour and some odd seconds: the next local day starts
    /// after the moment, on the following calendar day, and one second before it is still
    /// the moment's own day (daylight-saving days included, wherever the machine's zone has them).
    @Test func theNextLocalDayStartsAtTheFollowingMidnight() throws {
        let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
        for step in stride(from: 0, to: 366 * 24, by: 7) {
            let moment = start.addingTimeInterval(Double(step) * 3600 + Double(step % 13) * 59)
            let next = CalendarDate.startOfNextLocalDay(after: moment)
            let day = CalendarDate.local(at: moment)
            #expect(next > moment)
            #expect(next.timeIntervalSince(moment) <= 25 * 3600)
            #expect(CalendarDate.local(at: next.addingTimeInterval(-1)) == day, "\(moment)")
            let following = CalendarDate.local(at: next)
            #expect(following > day && day.fullYears(until: following) == 0, "\(moment)")
            #expect(following == CalendarDate.local(at: next.addingTimeInterval(3600)), "\(moment)")
        }
    }

    @Test func aLocalDayIsFoundationsLocalDayForTheSameMoment() {
        for offset in stride(from: 0.0, to: 86_400 * 3, by: 5_399) {
            let moment = Date(timeIntervalSince1970: 1_790_000_000 + offset)
            #expect(CalendarDate.local(at: moment) == CalendarDate(moment, in: .current))
        }
    }
}
