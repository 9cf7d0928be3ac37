import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// Issue 16 (3): an operator reads words, not codes, wherever a value is shown.
struct CodesByNameTests {
    /// A relative's row in the list's table names the kinship (Жена), never its code (102141).
    @Test(arguments: [Language.ru, .en])
    func aRelativesRowNamesTheKinship(_ language: Language) throws {
        var h = try EntryGoldenTests.newLead(language)
        h.press(.alt(.character("4")))
        h.press(.insert)
        #expect(h.screen.entry?.form.focus == "relatives[0].collateralRelId")
        h.type(language == .ru ? "Жена" : "Wife")
        h.press(.tab)
        #expect(h.screen.entry?.form.text("relatives[0].collateralRelId") == "102141")
        let row = try #require(h.lines().first { $0.contains("│    1 ") })
        #expect(row.contains(language == .ru ? "Жена" : "Wife"), "\(row)")
        #expect(!h.lines().joined().contains("102141"))
    }
}
