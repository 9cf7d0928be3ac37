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
        guard case .select(let opened)? = Self.widget(screen) else {
            Issue.record("the focused field is not a list: \(String(describing: Self.widget(screen)))")
            return
        }
        #expect(opened.isOpen)

        _ = screen.handle(.key(.escape))
        guard case .entry = screen.model.screen else {
            Issue.record("Esc on the open list left the form: \(screen.model.screen)")
            return
        }
        if case .select(let closed)? = Self.widget(screen) { #expect(!closed.isOpen) } else { Issue.record("list widget gone") }

        _ = screen.handle(.key(.escape))
        guard case .menu = screen.model.screen else {
            Issue.record("Esc with no list open stayed: \(screen.model.screen)")
            return
        }
    }

    /// The focused field's widget, as the entry screen's model holds it.
    static func widget(_ screen: ScreenState) -> EditWidget? {
        guard case .entry(let entry) = screen.model.screen else { return nil }
        return entry.editing?.widget
    }
}
