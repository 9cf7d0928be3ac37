import Foundation

/// A tmux server on a socket of its own, holding one session named `app`.
/// Always call ``killServer()`` (tests do it in `defer`).
final class Tmux: Sendable {
    let socket = "leadterm-app-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let target = "app"

    /// Starts `command` (run by the shell) in a detached session of `columns`×`rows`.
    /// A long `history` keeps every line a line-mode dialogue printed (tmux keeps 2,000).
    init(command: String, columns: Int = 120, rows: Int = 40, history: Int = 2000) throws {
        // The history limit is read when a pane is made: set before the session.
        try run(["-f", "/dev/null", "start-server", ";", "set-option", "-g", "history-limit", "\(history)", ";",
                 "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", target, command])
        // Keep the pane after the program exits, so a crash leaves its last screen to read.
        try run(["set-option", "-t", target, "remain-on-exit", "on"])
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let outputURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadterm-e2e-tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let status = try ChildProcess.runAndWait(["tmux", "-L", socket] + arguments,
                                                 environment: environment, outputPath: outputURL.path)
        let text = String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self)
        guard status == 0 else {
            throw E2EFailure("tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }

    /// Types text literally (Cyrillic included).
    func type(_ text: String) throws {
        guard !text.isEmpty else { return }
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// Presses named keys (`Tab`, `Enter`, `F2`, `M-3`, `IC` for Insert, `BTab`).
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    func capture() -> String { (try? run(["capture-pane", "-p", "-t", target])) ?? "" }

    /// Every line the pane printed, its history included, wrapped lines joined.
    func history() -> [String] {
        let text = (try? run(["capture-pane", "-p", "-J", "-S", "-", "-t", target])) ?? ""
        var lines = text.components(separatedBy: "\n")
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the screen.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw E2EFailure("timed out waiting for \(what); screen was:\n\(screen)")
    }

    /// Waits until the screen has not changed for `quiet` seconds (the app has drawn
    /// everything the last keys caused), up to `seconds`.
    @discardableResult
    func settle(quiet: Double = 0.12, seconds: Double = 5) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = capture()
        var stableSince = Date()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.03)
            let now = capture()
            if now != last {
                last = now
                stableSince = Date()
            } else if Date().timeIntervalSince(stableSince) >= quiet {
                break
            }
        }
        return last
    }

    func killServer() { _ = try? run(["kill-server"]) }
}

struct E2EFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
