import LeadApp
import LeadModel
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// Esc on an open code list closes the list, as the list's own key says; only an Esc with
/// no list open leaves the form (its draft kept) for the menu.
struct EscapeOnOpenListTests {
    @Test func escapeClosesTheOpenListFirstAndLeavesTheFormOnlyAfter() throws {
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")
        _ = screen.send(.menuChoose(.newLead))
        _ = screen.send(.entry(.focus("sexId")))
        _ = screen.handle(.key(.character("ж")))  // typing into a closed list opens it, filtered
        guard case .select(let opened)? = screen.editor else {
            Issue.record("the focused field is not a list: \(String(describing: screen.editor))")
            return
        }
        #expect(opened.isOpen)

        _ = screen.handle(.key(.escape))
        guard case .entry = screen.model.screen else {
            Issue.record("Esc on the open list left the form: \(screen.model.screen)")
            return
        }
        if case .select(let closed)? = screen.editor { #expect(!closed.isOpen) } else { Issue.record("list widget gone") }

        _ = screen.handle(.key(.escape))
        guard case .menu = screen.model.screen else {
            Issue.record("Esc with no list open stayed: \(screen.model.screen)")
            return
        }
    }
}
