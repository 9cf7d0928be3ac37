import LeadForms
import TerminalUI
import Testing
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
        _ = screen.handle(.terminate)
        #expect(!screen.model.running)
    }
}
