import Testing
import LeadModel
@testable import LeadRules

/// Issue 16 (3): closed lists are shown by name, never by their wire codes.
@Suite struct ClosedListWords {
    private let rules = FieldRules()

    @Test func channelsHaveNamesInBothLanguages() {
        let choices = rules.input(for: "channel").choices
        #expect(choices.count == Channel.known.count)
        for choice in choices {
            #expect(choice.label.ru != choice.value, "\(choice.value) has no Russian name")
            #expect(choice.label.en != choice.value, "\(choice.value) has no English name")
        }
        #expect(choices.first { $0.value == "ECOMM" }?.label == LocalizedText(ru: "Интернет-магазин", en: "Online shop"))
    }

    @Test func missingPeriodUnitNamesTheUnitsInWords() throws {
        var lead = Lead()
        lead.period = 6
        let problem = try #require(LeadValidator(today: .testToday).validate(lead).first { $0.code == "periodUnit.missing" })
        #expect(problem.message.ru.contains("дни, недели, месяцы, годы"))
        #expect(problem.message.en.contains("days, weeks, months, years"))
        #expect(!problem.message.ru.contains("DAYS") && !problem.message.en.contains("DAYS"))
    }
}
