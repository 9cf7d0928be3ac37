import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 16, point 6: the drafts menu says when there are none; a lead started from a client
/// card is a draft like any other; the look-up's table shows whole passports and formatted
/// phones, and its wait says it is searching.
struct DraftsAndLookupTests {
    static func harness(_ language: Language, drafts: [DraftListing] = GoldenData.drafts) throws -> AppHarness {
        var h = try ScreenGoldenTests.harness(language)
        h.services.drafts = drafts
        return h
    }

    @Test(arguments: [Language.ru, .en])
    func theDraftsMenuWithNoDraftsSaysSo(_ language: Language) throws {
        var h = try Self.harness(language, drafts: [])
        h.type("4")
        h.expectGolden("drafts-none") {
            if case .drafts(let drafts) = $0 { return drafts.drafts.isEmpty }
            return false
        }
        #expect(h.lines().contains { $0.contains(UIText.noDrafts.text(in: language)) })
        h.press(.escape)
        #expect(h.screen == .menu(selected: 0))
    }

    @Test func atStartNoDraftsLeaveTheMenuAndSomeAreOffered() throws {
        var h = try Self.harness(.ru, drafts: [])
        h.send(.draftsListed([]))
        #expect(h.screen == .menu(selected: 0))
        h.send(.draftsListed(GoldenData.drafts))
        guard case .drafts(let drafts) = h.screen else { Issue.record("not offered: \(h.screen)"); return }
        #expect(drafts.drafts.count == 2)
    }

    @Test func discardingTheLastDraftReturnsToTheMenu() throws {
        var h = try Self.harness(.ru, drafts: [GoldenData.drafts[0]])
        h.type("4")
        h.press(.delete)
        #expect(h.screen == .menu(selected: 0))
    }

    @Test(arguments: [Language.ru, .en])
    func aLeadFromAClientCardIsWrittenAndKeptWhenLeftWithEsc(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("3")
        h.paste("5")
        h.press(.enter)
        h.press(.enter)
        guard case .lookup(let lookup) = h.screen, lookup.phase == .card else { Issue.record("no card: \(h.screen)"); return }
        let before = h.effects.count
        h.press(.function(2))
        guard case .entry = h.screen, let draft = h.state.model.draftID else { Issue.record("no form: \(h.screen)"); return }
        // Written while the form is up: the runner's save reads the screen that is up.
        #expect(h.effects[before...].contains(.saveDraft))
        h.press(.escape)
        #expect(h.screen == .menu(selected: 0))
        #expect(h.state.model.draftsLeft.contains(draft))
        // So quitting now asks, as it does for any draft left this session.
        h.press(.function(10))
        #expect(h.state.model.quitQuestion?.reasons == [QuitKeys.draftsLeft(1)])
    }

    @Test(arguments: [Language.ru, .en])
    func theResultsShowTheWholePassportAndAFormattedPhone(_ language: Language) throws {
        var h = try Self.harness(language)
        h.services.clients = [GoldenData.client(
            id: 100_401, last: "Константинопольская", first: "Александра", patronymic: "Владиславовна",
            phone: "79161234567", born: LeadModel.CalendarDate(year: 1990, month: 4, day: 12),
            seria: "4013", number: "250618")]
        h.type("3")
        h.paste("100401")
        h.press(.enter)
        let row = h.lines().first { $0.hasPrefix(" 100401") } ?? ""
        #expect(row.hasSuffix("4013 250618"), "row: \(row)")
        #expect(row.contains("+7 916 123-45-67"), "row: \(row)")
    }

    @Test(arguments: [Language.ru, .en])
    func theWaitForALookupSaysSearching(_ language: Language) throws {
        var lookup = LookupScreen()
        lookup.phase = .searching
        var h = try AppHarness(language: language, screen: .lookup(lookup))
        let screen = h.lines().joined(separator: "\n")
        #expect(screen.contains(SearchPaging.searching.text(in: language)))
        #expect(!screen.contains(UIText.sending.text(in: language)))
    }
}
