import LeadApp
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// SIGTERM, SIGHUP or SIGINT reach the screen as `.terminate`: the app leaves, kiosk or not
/// (a kiosk's keys cannot quit it, a shutdown can).
struct StopFromOutsideTests {
    @Test func aStopEndsTheAppEvenOnAKiosk() throws {
        var screen = try FormFuzzTests.freshScreen(profile: "minimal")
        screen.model = AppModel(kiosk: true)
        _ = screen.send(.menuChoose(.newLead))
        _ = screen.handle(.key(.ctrl(.character("c"))))
        #expect(screen.model.running, "Ctrl-C must not end a kiosk")
        let effects = screen.handle(.terminate).effects
        #expect(!screen.model.running)
        #expect(effects.contains(.discardSessionDrafts), "a stopped kiosk keeps the person's draft: \(effects)")
    }

    @Test func aBranchTerminalKeepsItsDraftsAndAKioskWipesThemAtStart() {
        #expect(AppModel().draftsOnStart == [.listDrafts])
        #expect(AppModel(kiosk: true).draftsOnStart == [.discardSessionDrafts])
    }
}
