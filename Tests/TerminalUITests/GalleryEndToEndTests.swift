import Foundation
import Glibc
import Testing

/// Starts the real `leadterm gallery` in tmux: the app's own lead form on the sample lead.
/// Cycles a theme, types into the focused field, resizes the window and reads the screen
/// back with capture-pane. Uses a private tmux socket and always kills its server.
@Suite struct GalleryEndToEndTests {
    @Test func theGalleryIsTheLeadFormThemesCycleAndTypingShows() throws {
        let binary = try #require(Self.leadtermBinary(), "leadterm binary not found: build it first (swift build --build-tests) or set LEADTERM_BIN")
        let tmux = Tmux()
        defer { tmux.killServer() }

        try tmux.run(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-s", "e2e",
                      "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color '\(binary)' gallery --lang ru"])
        // The entry screen of the app, on the sample lead: its person section filled in.
        let form = try tmux.waitFor("the lead form on the sample lead") {
            $0.contains("Новая заявка") && $0.contains("Фамилия") && $0.contains("Иванов") && $0.contains("+7 (905) 735-70-14")
        }
        #expect(form.contains("Галерея: тема default"), "\(form)")
        #expect(form.contains("29.07.1987"), "the date field shows the sample's birth date:\n\(form)")

        // F8: the next built-in theme, in other colours; the words stay.
        let before = tmux.capture(escapes: true)
        try tmux.run(["send-keys", "-t", "e2e", "F8"])
        let themed = try tmux.waitFor("the next theme") { $0.contains("тема high-contrast") }
        #expect(themed.contains("Иванов"))
        #expect(tmux.capture(escapes: true) != before, "F8 changed no colour")

        // The focus starts on the last name: typing goes there, through the app's own path.
        try tmux.run(["send-keys", "-t", "e2e", "End", "а"])
        try tmux.waitFor("the typed letter in the last name") { $0.contains("Иванова") }

        try tmux.run(["resize-window", "-t", "e2e", "-x", "70", "-y", "20"])
        let small = try tmux.waitFor("the enlarge notice") { $0.contains("Увеличьте окно терминала") }
        #expect(small.contains("нужно 80×24, сейчас 70×20"))
        #expect(!small.contains("Иванова"))

        try tmux.run(["resize-window", "-t", "e2e", "-x", "80", "-y", "24"])
        let back = try tmux.waitFor("the form at 80×24") { $0.contains("Иванова") }
        #expect(!back.contains("Увеличьте"))

        try tmux.run(["send-keys", "-t", "e2e", "F10"])
        try tmux.waitFor("the app to quit") { !$0.contains("Фамилия") }
    }

    /// `LEADTERM_BIN`, else `leadterm` next to the test bundle (same products folder).
    static func leadtermBinary() -> String? {
        if let path = ProcessInfo.processInfo.environment["LEADTERM_BIN"], !path.isEmpty { return path }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // On Linux the runner is <products>/leadtermPackageTests.xctest; on macOS it sits inside the bundle.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("leadterm").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}

/// A tmux server on a socket of its own.
private struct Tmux {
    let socket = "leadterm-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `tmux -L <socket> arguments…` and returns its output.
    ///
    /// posix_spawn + waitpid rather than Foundation's Process: Process waits for
    /// SIGCHLD notifications that were seen to go missing in the test runner,
    /// leaving the wait hanging on an exited tmux client. Output goes to a file,
    /// not a pipe, because the tmux server forked by new-session inherits it.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot start tmux (error \(spawned)); is tmux installed?") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // WIFEXITED && WEXITSTATUS == 0, spelled out (the macros do not import).
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }

    /// The screen's text; with `escapes`, its colours and attributes too.
    func capture(escapes: Bool = false) -> String {
        (try? run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", "e2e"])) ?? ""
    }

    /// Polls the screen until `condition` holds, up to 15 s.
    @discardableResult
    func waitFor(_ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(15)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out waiting for \(what); screen was:\n\(screen)")
    }

    func killServer() { _ = try? run(["kill-server"]) }
}
