import LeadModel
import LeadRules
import Testing
@testable import LeadApp

struct EntryFormTests {
    let context = Fixture.context()

    @Test func typingChecksOnlyThatFieldAndKeepsInvalidText() {
        var screen = EntryScreen()
        let effects = screen.update(.edited("mobilePhone", "7905"), context: context)
        #expect(effects == [.changed])
        #expect(screen.form.status(of: "mobilePhone") == .incomplete)
        // The whole-lead rules run live (issue 15.7), but the field being typed is judged by
        // its own check: the lead's error about the same half-typed value is not counted.
        #expect(screen.form.summary(of: EntryForm.section(of: "mobilePhone") ?? .person, context: context).errors == 0)
        _ = screen.update(.edited("snils", "11223344594"), context: context)
        #expect(screen.form.status(of: "snils") == .invalid)
        #expect(screen.form.text("snils") == "11223344594") // what was typed stays
        #expect(screen.form.message(for: "snils")?.ru.contains("СНИЛС") == true)
    }

    @Test func leavingAnInvalidFieldIsAllowedAndItStaysMarked() {
        var screen = EntryScreen()
        screen.form.focus = "snils"
        screen.form.section = .person
        _ = screen.update(.edited("snils", "11223344594"), context: context)
        _ = screen.update(.next, context: context)
        #expect(screen.form.focus != "snils")
        #expect(screen.form.status(of: "snils") == .invalid)
        #expect(screen.form.summary(of: .person, context: context).errors >= 1)
    }

    @Test func crossFieldProblemMarksEveryFieldInvolved() {
        var screen = EntryScreen()
        _ = screen.update(.edited("childrenCount", "1"), context: context)
        _ = screen.update(.edited("adultChildrenCount", "3"), context: context)
        _ = screen.update(.next, context: context)
        #expect(screen.form.status(of: "adultChildrenCount") == .invalid)
        #expect(screen.form.status(of: "childrenCount") == .invalid)
    }

    @Test func tabWalksTheSectionThenIntoTheNext() {
        var screen = EntryScreen()
        let stops = screen.form.stops(of: .person)
        #expect(screen.form.focus == stops.first?.path)
        for _ in 0..<stops.count { _ = screen.update(.next, context: context) }
        #expect(screen.form.section == .passport)
        #expect(screen.form.focus == "passport.seria")
        _ = screen.update(.previous, context: context)
        #expect(screen.form.section == .person)
    }

    @Test func sectionChangeAsksForADraftSave() {
        var screen = EntryScreen()
        #expect(screen.update(.showSection(.loan), context: context) == [.saveDraftNow])
        #expect(screen.form.focus == "creditProductId")
    }

    @Test func listRowsAddMoveDelete() {
        var screen = EntryScreen()
        _ = screen.update(.showSection(.relatives), context: context)
        #expect(screen.form.focus == "relatives")
        _ = screen.update(.addRow, context: context)
        #expect(screen.form.focus == "relatives[0].collateralRelId")
        _ = screen.update(.edited("relatives[0].lastName", "Петрова"), context: context)
        _ = screen.update(.addRow, context: context)
        _ = screen.update(.edited("relatives[1].lastName", "Сидоров"), context: context)
        _ = screen.update(.moveRow(up: true), context: context)
        #expect(screen.form.text("relatives[0].lastName") == "Сидоров")
        #expect(screen.form.text("relatives[1].lastName") == "Петрова")
        _ = screen.update(.focus("relatives"), context: context)
        _ = screen.update(.selectRow(0, in: "relatives"), context: context)
        // The row holds data: Del asks first, and only the answer deletes.
        _ = screen.update(.deleteRow, context: context)
        #expect(screen.rowDeleteAsked == "relatives" && screen.form.rowCount("relatives") == 2)
        _ = screen.update(.confirmDeleteRow, context: context)
        #expect(screen.form.rowCount("relatives") == 1)
        #expect(screen.form.text("relatives[0].lastName") == "Петрова")
    }

    @Test func foldedGroupsOpenWhenAFieldInThemIsFocused() {
        var screen = EntryScreen()
        #expect(!screen.form.stops(of: .person).contains { $0.path == "title" })
        _ = screen.update(.focus("title"), context: context)
        #expect(screen.form.focus == "title")
    }

    @Test func aLeadRoundTripsThroughTheForm() throws {
        let lead = try Fixture.correctedSample()
        let form = EntryForm(lead: lead, context: context)
        let built = form.buildLead(context: context)
        #expect(built.problems.isEmpty)
        #expect(built.lead == lead)
    }

    @Test func emptyRowsAreNotSent() {
        var form = EntryForm()
        form.rows["goods"] = 3
        form.setText("Чайник", at: "goods[2].name", context: context)
        form.setText("Иван", at: "firstName", context: context)
        let lead = form.buildLead(context: context).lead
        #expect(lead?.goods == [Good(name: "Чайник")])
    }

    @Test func nextProblemJumpsToTheFirstFieldInError() {
        var screen = EntryScreen()
        _ = screen.update(.edited("passport.subdivisionCode", "98-098"), context: context)
        _ = screen.update(.nextProblem, context: context)
        #expect(screen.form.section == .passport)
        #expect(screen.form.focus == "passport.subdivisionCode")
    }
}
