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
}
