import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// The section list's marks: the counting shortcut agrees with the field-by-field summary.
struct SectionSummaryTests {
    @Test(arguments: ["minimal", "branch"])
    func summariesAgreeWithTheSummaryOfEachSection(profile: String) throws {
        let context = Fixture.context(profile: profile)
        var screen = EntryScreen(form: EntryForm(lead: try Fixture.correctedSample(), context: context))
        _ = screen.update(.edited("snils", "11223344594"), context: context)       // invalid
        _ = screen.update(.edited("mobilePhone", "7905"), context: context)        // incomplete
        _ = screen.update(.edited("childrenCount", "1"), context: context)
        _ = screen.update(.edited("adultChildrenCount", "3"), context: context)    // cross-field error
        _ = screen.update(.edited("passport.series", ""), context: context)        // a required one emptied
        _ = screen.update(.next, context: context)                                  // whole-lead check
        #expect(!screen.form.leadProblems.isEmpty)

        let index = SectionFieldIndex(form: screen.form, context: context)
        let fast = screen.form.summaries(index: index)
        let slow = SectionID.allCases.map { screen.form.summary(of: $0, context: context) }
        #expect(fast == slow)
        #expect(fast.contains { $0.errors > 0 })
        #expect(screen.form.completeness(index: index) == screen.form.completeness(context: context))
        var partial = EntryScreen(form: EntryForm())
        _ = partial.update(.edited("lastName", "Иванов"), context: context)
        let partialIndex = SectionFieldIndex(form: partial.form, context: context)
        #expect(partial.form.completeness(index: partialIndex) == partial.form.completeness(context: context))
        if profile == "branch" {  // where the last name is required
            let share = partial.form.completeness(index: partialIndex)
            #expect(share > 0 && share < 1)
        }

        // An empty form: only required fields count.
        let empty = EntryForm()
        #expect(empty.summaries(index: SectionFieldIndex(form: empty, context: context))
                == SectionID.allCases.map { empty.summary(of: $0, context: context) })
        #expect(empty.completeness(index: SectionFieldIndex(form: empty, context: context))
                == empty.completeness(context: context))
    }

    /// The index places a row's fields by their pattern and counts a list's required fields
    /// per row: a profile that requires a relative's last name and a map's key.
    @Test func requiredFieldsInListsAreCountedPerRow() throws {
        let profile = try RequirementProfile.parse("firstName\nrelatives[].lastName\nrelatives[].passport.no\n", name: "rows")
        var context = Fixture.context()
        context.profile = profile
        var lead = try BigLeadTests.lead(relatives: 5, extraFields: 3)
        lead.relatives?[2].lastName = nil
        var form = EntryForm(lead: lead, context: context)
        form.revalidate(context: context)
        let index = SectionFieldIndex(form: form, context: context)
        let fast = form.summaries(index: index)
        let slow = SectionID.allCases.map { form.summary(of: $0, context: context) }
        #expect(fast == slow)
        // Five passport numbers and one last name are missing, in the relatives' section.
        #expect(fast.map(\.missingRequired).reduce(0, +) == 6)
        #expect(form.completeness(index: index) == form.completeness(context: context))
    }
}
