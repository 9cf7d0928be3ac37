import CoreClient
import Testing
@testable import leadterm

/// Scripts read leadterm's exit statuses (README, "Exit status"): the names may be renamed,
/// the numbers never change.
struct ExitStatusTests {
    @Test func theDocumentedNumbersStay() {
        let documented: [(LeadtermExit, Int32)] = [
            (.refused, 1), (.usage, 2), (.coreFailed, 3), (.outcomeUnknown, 4),
            (.loginRefused, 5), (.checkDenied, 6), (.checkNotRun, 7),
        ]
        for (exit, number) in documented { #expect(exit.rawValue == number, "\(exit)") }
    }

    @Test func aRefusedLoginIsFiveWhateverTheCommandWouldSayOtherwise() {
        let refused = CoreError.unauthorized(server: "core", message: "wrong password")
        #expect(CommandFailure.core(refused, otherwise: .coreFailed).status == .loginRefused)
        let unreachable = CoreError.unreachable(server: "core", reason: "connection refused")
        #expect(CommandFailure.core(unreachable, otherwise: .coreFailed).status == .coreFailed)
        #expect(SubmitCommand.failure(for: .outcomeUnknown(server: "core", cause: .timedOut)).status == .outcomeUnknown)
        #expect(SubmitCommand.failure(for: .invalidConfiguration("no server")).status == .usage)
    }
}
