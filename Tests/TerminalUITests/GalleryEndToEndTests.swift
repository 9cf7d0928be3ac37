import Foundation
import Glibc
import Testing

/// Starts the real `leadterm gallery` in tmux, types Cyrillic into a masked
/// field, resizes the window and reads the screen back with capture-pane.
/// Uses a private tmux socket and always kills its server.
@Suite struct GalleryEndToEndTests {
    @Test func typedTextSurvivesResizeAndSmallWindowsShowTheNotice() throws {
        let binary = try #require(Self.leadtermBinary(), "leadterm binary not found: build it first (swift build --build-tests) or set LEADTERM_BIN")
        let tmux = Tmux()
        defer { tmux.killServer() }

        try tmux.run(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-s", "e2e",
                      "env LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(binary)' gallery"])
        try tmux.waitFor("the gallery to start") { $0.contains("галерея виджетов") }

        try tmux.run(["send-keys", "-t", "e2e", "ПРИВЕТМИ"])
        let typed = try tmux.waitFor("the masked field to show the typed text") { $0.contains("Кодовое слово*          ПРИВ-ЕТМИ") }
        #expect(typed.contains("тема: default"))

        try tmux.run(["resize-window", "-t", "e2e", "-x", "120", "-y", "40"])
        let wide = try tmux.waitFor("the layout for 120×40") { screen in
            screen.split(separator: "\n").first.map { $0.count > 100 && $0.hasSuffix("тема: default") } ?? false
        }
        #expect(wide.contains("ПРИВ-ЕТМИ"))
        #expect(wide.split(separator: "\n", omittingEmptySubsequences: false).count >= 40)

        try tmux.run(["resize-window", "-t", "e2e", "-x", "70", "-y", "20"])
        let small = try tmux.waitFor("the enlarge notice") { $0.contains("Enlarge the terminal") }
        #expect(small.contains("нужно 80×24, сейчас 70×20"))
        #expect(!small.contains("ПРИВ-ЕТМИ"))

        try tmux.run(["resize-window", "-t", "e2e", "-x", "80", "-y", "24"])
        let back = try tmux.waitFor("the form at 80×24") { $0.contains("ПРИВ-ЕТМИ") }
        #expect(!back.contains("Enlarge"))
        #expect(back.split(separator: "\n").first?.hasSuffix("тема: default") == true)

        // Focus moved on after the mask filled: typing continues in the next field.
        try tmux.run(["send-keys", "-t", "e2e", "Жуков"])
        try tmux.waitFor("the next field to take typing") { $0.contains("Фамилия*                Жуков") }

        try tmux.run(["send-keys", "-t", "e2e", "F10"])
        try tmux.waitFor("the app to quit") { !$0.contains("галерея виджетов") }
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

    func capture() -> String { (try? run(["capture-pane", "-p", "-t", "e2e"])) ?? "" }

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
