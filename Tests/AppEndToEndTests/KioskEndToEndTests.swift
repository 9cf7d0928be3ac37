import Foundation
import LeadModel
import Testing

extension AppEndToEndTests {
    /// Kiosk mode on the real binary in tmux: no way out without the supervisor's PIN, and a
    /// screen left alone is wiped back to the start.
    @Suite struct Kiosk {
        /// The PIN's hash made the way an administrator would: `leadterm pin-hash`, PIN on stdin.
        static func pinHash(_ pin: String) throws -> String {
            let leadterm = try Binaries.path("leadterm", variable: "LEADTERM_BIN")
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("pin-hash-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            let status = try ChildProcess.runAndWait(
                ["/bin/sh", "-c", "printf '%s\\n' \(AppSession.quoted(pin)) | \(AppSession.quoted(leadterm)) pin-hash"],
                environment: ProcessInfo.processInfo.environment, outputPath: output.path)
            let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
            try #require(status == 0, "leadterm pin-hash failed: \(text)")
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("supervisor-pin = ") },
                                    "no supervisor-pin line in: \(text)")
            return String(line)
        }

        static func waitForKioskMenu(_ app: AppSession) throws {
            try app.tmux.waitFor("the kiosk menu") { $0.contains("Новая заявка") && $0.contains("F10 Супервизор") }
        }

        /// Ctrl-C, Ctrl-Z, Ctrl-\ and Esc leave the app running; F10 asks for the PIN, shows
        /// dots, refuses a wrong one; the right one ends the program with status 0.
        @Test func onlyTheSupervisorPINQuits() throws {
            let hashLine = try Self.pinHash("2468")
            #expect(!hashLine.contains("2468"), "the hash line shows the PIN: \(hashLine)")
            let app = try AppSession(config: "[kiosk]\nenabled = true\n\(hashLine)\n")
            defer { app.close() }
            try Self.waitForKioskMenu(app)
            #expect(!app.tmux.capture().contains("Открыть заявку по номеру"), "the kiosk menu offers more than it should")

            for key in ["C-c", "C-z", "C-\\", "Escape", "C-q"] {
                try app.tmux.press(key)
                _ = app.tmux.settle()
                #expect(!app.ended().ended, "\(key) ended the kiosk")
                #expect(app.tmux.capture().contains("F10 Супервизор"), "after \(key) the menu is gone:\n\(app.tmux.capture())")
            }

            try app.tmux.press("F10")
            try app.tmux.waitFor("the PIN prompt") { $0.contains("PIN супервизора:") }
            try app.tmux.type("1357")
            let typed = try app.tmux.waitFor("four dots") { $0.contains("••••") }
            #expect(!typed.contains("1357"), "the PIN is shown as typed:\n\(typed)")
            try app.tmux.press("Enter")
            try app.tmux.waitFor("the wrong-PIN message") { $0.contains("Неверный PIN") }
            #expect(!app.ended().ended)

            // Esc goes back to the menu, not out; F10 again, the right PIN this time.
            try app.tmux.press("Escape")
            try Self.waitForKioskMenu(app)
            try app.tmux.press("F10")
            try app.tmux.waitFor("the PIN prompt again") { $0.contains("PIN супервизора:") }
            try app.tmux.type("2468")
            try app.tmux.press("Enter")
            let deadline = Date().addingTimeInterval(15)
            while !app.ended().ended, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            let end = app.ended()
            #expect(end.ended, "the right PIN did not end the app:\n\(app.tmux.capture())")
            #expect(end.status == nil || end.status == 0, "the app ended with status \(end.status ?? -1)")
        }

        /// A mistake in the config stops the app before any screen, naming file, line and key.
        @Test func aConfigMistakeStopsTheAppWithLineAndKey() throws {
            let leadterm = try Binaries.path("leadterm", variable: "LEADTERM_BIN")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-bad-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let config = folder.appendingPathComponent("bad.toml")
            try Data("[kiosk]\nenabled = true\nidle-seconds = 5\n".utf8).write(to: config)
            let output = folder.appendingPathComponent("out")
            let status = try ChildProcess.runAndWait(
                [leadterm, "--config", config.path, "--data-dir", folder.appendingPathComponent("data").path],
                environment: ["LANG": "C.UTF-8", "HOME": folder.path, "PATH": "/usr/bin:/bin"], outputPath: output.path)
            let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
            #expect(status == 2)
            #expect(text.contains("bad.toml:3 (kiosk.idle-seconds)"), "message: \(text)")
        }

        /// A form left alone shows a countdown on the message line, then is wiped: the menu
        /// comes back and a new form is empty.
        @Test func anIdleFormIsWipedAfterACountdown() throws {
            let app = try AppSession(arguments: ["--kiosk", "--idle-seconds", "15"])
            defer { app.close() }
            try Self.waitForKioskMenu(app)
            try app.waitForNewLeadTemplate()
            try app.tmux.press("1")
            try app.expectFocus("Фамилия")
            try app.tmux.type("Петрова")
            try app.tmux.waitFor("the typed name") { $0.contains("Петрова") }

            let countdown = try app.tmux.waitFor("the idle countdown", seconds: 20) { $0.contains("очищена через") }
            #expect(countdown.contains("Петрова"), "the form was wiped before the countdown showed")
            let menu = try app.tmux.waitFor("the start screen after the wipe", seconds: 20) {
                $0.contains("F10 Супервизор") && !$0.contains("Петрова")
            }
            #expect(menu.contains("F10 Супервизор"))

            try app.tmux.press("1")
            try app.expectFocus("Фамилия")
            #expect(!app.tmux.capture().contains("Петрова"), "a new form after the wipe still holds the old name")
        }
    }
}
