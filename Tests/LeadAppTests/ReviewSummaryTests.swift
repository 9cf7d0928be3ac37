import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 16, point 5: the summary before a send, to check against the paper — by section,
/// list rows whole, values as the form shows them, End and PgDn reaching its last line; an
/// edit's summary only the changed fields, old → new, in the same forms.
struct ReviewSummaryTests {
    /// The sample lead with two relatives and an amount, resumed from its draft, then F2.
    static func review(_ language: Language) throws -> AppHarness {
        var h = try EntryGoldenTests.harness(language)
        var lead = try GoldenData.sample()
        lead.relatives = [relative("Иванова", "Мария", "79031112233"), relative("Иванов", "Пётр", "79164445566")]
        lead.amount = 150_000
        h.services.draftForms["draft-a"] = (EntryForm(lead: lead, context: h.state.context), .new)
        h.type("4")
        h.press(.enter)
        h.press(.function(2))
        return h
    }

    static func relative(_ last: String, _ first: String, _ phone: String) -> Relative {
        var relative = Relative()
        (relative.lastName, relative.firstName, relative.telephone) = (last, first, phone)
        return relative
    }

    static func summary(_ h: AppHarness) -> [String] {
        guard let entry = h.screen.entry, case .confirm(let review, let warnings) = entry.phase else { return [] }
        return ReviewSummary.lines(review, warnings: warnings, mode: entry.mode, context: h.state.context)
    }

    @Test(arguments: [Language.ru, .en])
    func rowsComeWholeUnderTheirSectionsInTheFormsDisplay(_ language: Language) throws {
        let h = try Self.review(language)
        let lines = Self.summary(h)
        let t = { (l: LocalizedText) in l.text(in: language) }
        let at = { (text: String) in lines.firstIndex { $0.contains(text) } ?? -1 }
        // Relative 1's fields all come before relative 2's, under the relatives' title.
        let relative = language == .ru ? "Родственник" : "Relative"
        let first = lines.indices.filter { lines[$0].hasPrefix("\(relative) 1,") }
        let second = lines.indices.filter { lines[$0].hasPrefix("\(relative) 2,") }
        #expect(first.count == 3 && second.count == 3, "\(lines)")
        #expect((first.max() ?? .max) < (second.min() ?? -1), "\(lines)")
        let relatives = at("── " + t(UIText.section(.relatives)) + " ──")
        #expect(relatives >= 0 && relatives < (first.min() ?? -1))
        // Sections in the form's order, each titled once.
        let titles = SectionID.allCases.map { at("── " + t(UIText.section($0)) + " ──") }.filter { $0 >= 0 }
        #expect(titles == titles.sorted() && titles.count >= 4, "\(lines)")
        // Values as the form shows them.
        #expect(lines.contains { $0.hasSuffix(": +7 (905) 735-70-14") }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix(": +7 (903) 111-22-33") }, "\(lines)")
        let money = language == .ru ? "150 000,00" : "150,000.00"
        #expect(lines.contains { $0.hasSuffix(": " + money) }, "\(lines)")
        #expect(!lines.contains { $0.contains("79057357014") || $0.hasSuffix(": 150000") })
    }

    @Test(arguments: [Language.ru, .en])
    func endShowsTheLastLineAndUpMovesAtOnce(_ language: Language) throws {
        var h = try Self.review(language)
        h.press(.end)
        h.expectGolden("entry-review-end") {
            if case .confirm? = EntryGoldenTests.phase($0) { return true }
            return false
        }
        let last = try #require(Self.summary(h).last)
        let box = h.lines().filter { $0.contains("│") }
        #expect(box.contains { $0.contains(String(last.suffix(20))) }, "\(box)")
        let bottom = try #require(h.screen.entry?.boxScroll)
        #expect(bottom == ReviewSummary.lastTop(try #require(h.screen.entry), context: h.state.context,
                                                area: h.state.model.boxTextArea))
        // Past the end nothing piles up: ↑ scrolls back at once, PgDn returns to the end.
        h.press(.pageDown, times: 5)
        h.press(.up)
        #expect(h.screen.entry?.boxScroll == bottom - 1)
        h.press(.pageDown)
        #expect(h.screen.entry?.boxScroll == bottom)
        h.press(.home)
        #expect(h.screen.entry?.boxScroll == 0)
    }

    @Test(arguments: [Language.ru, .en])
    func anEditsSummaryShowsOnlyTheChangesOldToNewInTheFormsDisplay(_ language: Language) throws {
        let context = Fixture.context()
        var lead = GoldenData.lead(last: "Петрова", first: "Анна", patronymic: "Сергеевна", phone: "79161234567")
        lead.amount = 150_000
        let original = EntryForm(lead: lead, context: context)
        lead.mobilePhone = "79035550101"
        lead.amount = 200_000
        var entry = EntryScreen(form: EntryForm(lead: lead, context: context), mode: .edit(id: 1042, original: original.values))
        entry.phase = .confirm(entry.reviewLines(), warnings: [])
        var shown = context
        shown.language = language
        let lines = ReviewSummary.lines(entry.reviewLines(), warnings: [], mode: entry.mode, context: shown)
        let money = language == .ru ? ("150 000,00", "200 000,00") : ("150,000.00", "200,000.00")
        #expect(lines.filter { !$0.isEmpty && !$0.hasPrefix("──") }.count == 2, "\(lines)")
        #expect(lines.contains { $0.hasSuffix(": +7 (916) 123-45-67 → +7 (903) 555-01-01") }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix(": \(money.0) → \(money.1)") }, "\(lines)")
    }
}
