import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension AppEndToEndTests.Kiosk {
    /// Opens a new form on the kiosk menu, types a last name and waits until the autosave has
    /// put it on disk (or a moment, where the test cannot read the database).
    static func typeIntoANewForm(_ app: AppSession, lastName: String, database: URL) throws {
        try app.tmux.press("1")
        try app.expectFocus("Фамилия")
        try app.tmux.type(lastName)
        _ = try app.tmux.waitFor("the typed name") { $0.contains(lastName) }
        guard DraftTable.shellAvailable else { return Thread.sleep(forTimeInterval: 1.5) }
        func stored() throws -> Bool {
            try DraftTable.rows(at: database, keyFile: app.storageKeyURL).contains { $0.fields["lastName"] == lastName }
        }
        // Autosave: within a second of the change.
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, try !stored() { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try stored(), "the draft never reached the disk, so the test proves nothing")
    }

    /// A kiosk that lost power mid-application (kill -9) or was shut down (SIGTERM) never shows
    /// that person's application to the next one: it is wiped from disk, at the stop where the
    /// app can, else at the next start.
    @Test(arguments: [SIGKILL, SIGTERM])
    func theLastPersonsDraftIsNeverOfferedToTheNext(signal: Int32) throws {
        let app = try AppSession(arguments: ["--kiosk", "--idle-seconds", "120"])
        defer { app.close() }
        let database = app.dataDirectory.appendingPathComponent("leadterm.sqlite")
        try Self.waitForKioskMenu(app)
        try Self.typeIntoANewForm(app, lastName: "Ушедшая", database: database)

        let pid = try app.appPID()
        guard kill(pid, signal) == 0 else { throw E2EFailure("kill \(signal) \(pid) failed") }
        let deadline = Date().addingTimeInterval(10)
        while !app.ended().ended, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(app.ended().ended, "the kiosk did not stop on signal \(signal)")
        if signal == SIGTERM, DraftTable.shellAvailable {
            #expect(try DraftTable.rows(at: database, keyFile: app.storageKeyURL).isEmpty, "a kiosk stopped by SIGTERM left its draft on disk")
        }

        try app.restartApp()
        let start = try app.tmux.waitFor("the kiosk menu after the restart") {
            $0.contains("Новая заявка") && $0.contains("F10 Супервизор")
        }
        #expect(!start.contains("Ушедшая"), "the restarted kiosk shows the last person's name:\n\(start)")
        if DraftTable.shellAvailable {
            let wiped = Date().addingTimeInterval(5)
            while Date() < wiped, try !DraftTable.rows(at: database, keyFile: app.storageKeyURL).isEmpty { Thread.sleep(forTimeInterval: 0.05) }
            #expect(try DraftTable.rows(at: database, keyFile: app.storageKeyURL).isEmpty, "the last person's draft is still on disk")
        }
        try app.tmux.press("1")
        try app.expectFocus("Фамилия")
        #expect(!app.tmux.capture().contains("Ушедшая"), "a new form holds the last person's name")
    }
}
