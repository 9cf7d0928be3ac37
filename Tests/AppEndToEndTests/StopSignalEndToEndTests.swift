import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension AppEndToEndTests {
    /// The app asked to stop from outside while an operator types: SIGTERM (shutdown, logout,
    /// `kill`) and SIGHUP (the terminal closed).
    @Suite struct StopSignals {
        /// It saves the draft, even the keys of the last second that the autosave had not
        /// written yet, gives the terminal back (the form's screen is gone: the terminal is on
        /// its main screen again) and exits normally; started again, it offers the draft.
        @Test(arguments: [SIGTERM, SIGHUP])
        func aStopSavesTheDraftAndGivesTheTerminalBack(signal: Int32) throws {
            let app = try AppSession()
            defer { app.close() }
            try app.waitForMenu()
            try app.tmux.press("1")
            try app.fill("Фамилия", "Стопов")
            _ = try app.tmux.waitFor("the typed name") { $0.contains("Стопов") }
            let pid = try app.appPID()
            guard kill(pid, signal) == 0 else { throw E2EFailure("kill \(signal) \(pid) failed") }

            let deadline = Date().addingTimeInterval(10)
            var state = app.ended()
            while !state.ended && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
                state = app.ended()
            }
            #expect(state.ended, "the app did not stop within 10 s of signal \(signal)")
            // tmux may not learn the status (see `ended()`); when it does, it is a normal exit.
            if let status = state.status { #expect(status == 0, "exit status \(status)") }
            let after = app.tmux.capture()
            #expect(!after.contains("Фамилия") && !after.contains("Стопов"),
                    "the form is still on the terminal after the app left:\n\(after)")

            if DraftTable.shellAvailable {
                let rows = try DraftTable.rows(at: app.dataDirectory.appendingPathComponent("leadterm.sqlite"), keyFile: app.storageKeyURL)
                #expect(rows.contains { $0.fields["lastName"] == "Стопов" }, "drafts on disk: \(rows.map(\.fields))")
            }
            try app.restartApp()
            _ = try app.tmux.waitFor("the drafts list offering the draft") { $0.contains("Стопов") }
        }
    }
}
