import Foundation
import LeadRules
import Testing
@testable import LeadApp

/// After an edit of an opened lead is saved, the call centre's next step is the next lead by
/// number: Enter opens the open-lead prompt, Esc the menu.
struct EditResultTests {
    static func saved(_ language: Language, kiosk: Bool = false) throws -> AppHarness {
        var entry = EntryScreen(mode: .edit(id: 1042, original: [:]))
        entry.phase = .accepted(leadId: 1042, clientId: nil)
        return try AppHarness(language: language, kiosk: kiosk, screen: .entry(entry))
    }

    @Test(arguments: [(Language.ru, "Enter Следующая заявка", "Enter — следующая заявка"),
                      (Language.en, "Enter Next lead", "Enter: next lead")])
    func enterOpensTheNextLeadByNumber(_ language: Language, legend: String, box: String) throws {
        var h = try Self.saved(language)
        let lines = h.lines().joined(separator: "\n")
        #expect(lines.contains(legend))
        #expect(lines.contains(box))
        h.press(.enter)
        guard case .openLead(let open) = h.screen else { Issue.record("not the open-lead prompt: \(h.screen)"); return }
        #expect(!open.byPhone && open.idText.isEmpty)
    }

    @Test(arguments: [Language.ru, .en])
    func escStillGoesToTheMenu(_ language: Language) throws {
        var h = try Self.saved(language)
        h.press(.escape)
        #expect(h.screen == .menu(selected: 0))
    }

    @Test func aNewLeadsResultStillStartsAFreshForm() throws {
        var entry = EntryScreen()
        entry.phase = .accepted(leadId: 7, clientId: nil)
        var h = try AppHarness(language: .en, screen: .entry(entry))
        h.press(.enter)
        guard case .entry(let fresh) = h.screen else { Issue.record("no fresh form"); return }
        #expect(fresh.mode == .new && fresh.phase == .editing)
    }
}
