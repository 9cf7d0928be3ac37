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

    /// F1 opens on the field's words and keys; its path in the JSON comes last, under a
    /// heading for the administrator, and is reached by scrolling.
    @Test(arguments: [Language.ru, .en])
    func f1KeepsTheJsonPathForTheAdministratorAtTheEnd(_ language: Language) throws {
        var h = try EntryGoldenTests.newLead(language)
        h.press(.function(1))
        let body = try #require(h.state.model.help?.body).components(separatedBy: "\n")
        let heading = language == .ru ? "Для администратора" : "For the administrator"
        #expect(Array(body.suffix(2)) == [heading, "JSON: lastName"], "\(body)")
        let keys = try #require(body.firstIndex(of: language == .ru ? "Клавиши:" : "Keys:"))
        #expect(keys < body.count - 2)
        #expect(!h.lines().joined().contains("JSON:"))
        h.press(.end)
        let scrolled = h.lines().joined(separator: "\n")
        #expect(scrolled.contains(heading) && scrolled.contains("JSON: lastName"), "\(scrolled)")
    }

    /// A required field left empty says why in words, not by the profile's file name.
    @Test(arguments: [Language.ru, .en])
    func aMissingFieldSaysWhyInWords(_ language: Language) throws {
        var h = try EntryGoldenTests.newLead(language)
        h.type("Иванов")
        h.press(.function(2))
        let shown = h.lines().joined(separator: "\n")
        #expect(shown.contains(language == .ru ? "обязательно для этого вида заявки" : "required for this kind of lead"), "\(shown)")
        #expect(!shown.contains("minimal") && !shown.contains("профиль") && !shown.contains("profile"))
    }

    /// F1 on a Russian screen never shows the vendor's English (`Loan Specialist ID`), nor,
    /// on an English one, a list of codes in place of words.
    @Test func everyHelpDescriptionIsInTheScreensLanguage() {
        let context = Fixture.context()
        for (path, _) in FieldCatalog.byPath {
            let input = context.rules.input(for: path)
            if let ru = HelpDescription.text(for: path, input: input, in: .ru) {
                #expect(ru.contains { ("а"..."я").contains($0) || ("А"..."Я").contains($0) }, "\(path): \(ru)")
            }
        }
        let manager = HelpDescription.text(for: "managerId", input: context.rules.input(for: "managerId"), in: .ru)
        #expect(manager == "Кредитный специалист, который ведёт заявку.")
        let heard = HelpDescription.text(for: "howYouKnowId", input: context.rules.input(for: "howYouKnowId"), in: .en)
        #expect(heard?.contains("102171") == false)
    }
}
