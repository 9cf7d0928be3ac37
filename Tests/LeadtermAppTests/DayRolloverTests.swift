import Foundation
import LeadApp
import LeadModel
import Testing
@testable import LeadApp
@testable import leadterm

/// A kiosk or a branch terminal left running through midnight checks ages and document
/// dates against the new day, and the open form's marks follow without a keystroke.
struct DayRolloverTests {
    @Test func anOpenFormIsCheckedAgainAgainstTheNewDay() throws {
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")  // today: 2026-11-21
        _ = screen.send(.menuChoose(.newLead))
        guard case .entry(var entry) = screen.model.screen else {
            Issue.record("no entry screen: \(screen.model.screen)")
            return
        }
        // Eighteen on 22 November 2026: too young on the 21st.
        entry.form.setText("22.11.2008", at: "birthDate", context: screen.context)
        entry.form.revalidate(context: screen.context)
        screen.model.screen = .entry(entry)
        #expect(Self.form(of: screen)?.status(of: "birthDate") == .invalid)
        #expect(Self.form(of: screen)?.problems(at: "birthDate").map(\.code) == ["birthDate.age"])

        let nextDay = LeadModel.CalendarDate(year: 2026, month: 11, day: 22)
        screen.adoptDay(try #require(nextDay))

        #expect(screen.context.validator.today == nextDay)
        #expect(Self.form(of: screen)?.problems(at: "birthDate").isEmpty == true)
        #expect(Self.form(of: screen)?.status(of: "birthDate") == .valid)
    }

    static func form(of screen: ScreenState) -> EntryForm? {
        if case .entry(let entry) = screen.model.screen { return entry.form }
        return nil
    }
}
