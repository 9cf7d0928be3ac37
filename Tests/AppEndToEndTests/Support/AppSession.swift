import Foundation

/// The real `leadterm` in a 120×40 tmux pane, logged into its own `leadterm-sim`.
/// `close()` kills the tmux server and stops the simulator; tests call it in `defer`.
final class AppSession {
    let sim: SimulatorProcess
    let tmux: Tmux
    /// The app's `--data-dir` (drafts and outbox database), removed by `close()`.
    let dataDirectory: URL
    /// The `leadterm` executable under test.
    let leadtermPath: String
    /// The pane's shell command; `exec` makes the app itself the pane's process.
    let command: String

    /// `arguments` go to the app after the usual ones; `config`, when given, is written
    /// (mode 0600) as the user's `config.toml`; `simulatorArguments` go to `leadterm-sim`
    /// after `--port 0` (e.g. `--data FILE`).
    /// `environment` is laid over the simulator's connection variables (e.g. a wrong
    /// `LEADTERM_PASSWORD`). `dataDirectory`, when given, is used instead of a fresh temporary
    /// folder (a small tmpfs, a folder holding a damaged database).
    init(arguments: [String] = [], config: String? = nil, simulatorArguments: [String] = [],
         environment overrides: [String: String] = [:], dataDirectory chosen: URL? = nil) throws {
        let leadterm = try Binaries.path("leadterm", variable: "LEADTERM_BIN")
        let sim = try SimulatorProcess(arguments: simulatorArguments)
        let dataDirectory = chosen ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("leadterm-e2e-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
            if let config {
                let folder = dataDirectory.appendingPathComponent("config/leadterm")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let file = folder.appendingPathComponent("config.toml")
                // `{sim}` stands for the simulator's URL (e.g. the FIAS gateway's).
                try Data(config.replacingOccurrences(of: "{sim}", with: sim.url).utf8).write(to: file)
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
            }
            var environment = sim.clientEnvironment.merging(overrides) { $1 }
            environment["LANG"] = "C.UTF-8"
            environment["LC_ALL"] = "C.UTF-8"
            environment["TERM"] = "xterm-256color"
            // No user config file may change the connection under test.
            environment["XDG_CONFIG_HOME"] = dataDirectory.appendingPathComponent("config").path
            environment["HOME"] = dataDirectory.path
            let assignments = environment.keys.sorted().map { "\($0)=\(Self.quoted(environment[$0] ?? ""))" }
            let command = "exec env " + assignments.joined(separator: " ") + " "
                + ([leadterm, "--lang", "ru", "--data-dir", dataDirectory.path] + arguments).map(Self.quoted).joined(separator: " ")
            self.tmux = try Tmux(command: command, history: 50_000)
            self.command = command
        } catch {
            sim.stop()
            try? FileManager.default.removeItem(at: dataDirectory)
            throw error
        }
        self.sim = sim
        self.dataDirectory = dataDirectory
        self.leadtermPath = leadterm
    }

    /// Where the app keeps its storage key in these tests (`$XDG_CONFIG_HOME/leadterm`).
    var storageKeyURL: URL { dataDirectory.appendingPathComponent("config/leadterm/storage.key") }

    func close() {
        tmux.killServer()
        sim.stop()
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    /// Whether the app has ended (its pane is dead), and its exit status when tmux learnt
    /// it: tmux 3.3 sometimes marks the pane dead on the closed terminal and leaves the
    /// process unreaped, so the status can be missing even though the app is gone.
    func ended() -> (ended: Bool, status: Int32?) {
        let text = (try? tmux.run(["display-message", "-p", "-t", tmux.target, "#{pane_dead}:#{pane_dead_status}"])) ?? ""
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.first == "1" else { return (false, nil) }
        return (true, parts.count > 1 ? Int32(parts[1]) : nil)
    }

    static func quoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: screens

    /// Waits for the main menu (after login, or after Esc from a screen).
    func waitForMenu() throws {
        try tmux.waitFor("the main menu") { $0.contains("Открыть заявку по номеру") && $0.contains("Поиск клиента по ID") }
    }

    /// Waits until the app has the core's new-client template (`GET clients/init` answered),
    /// then a moment for the answer to reach the form model.
    ///
    /// Works around an app race: a new lead opened before the template arrives never gets
    /// its defaults (citizenship, natural person), so what is sent depends on typing speed.
    func waitForNewLeadTemplate() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try sim.requests().contains(where: { $0.path == "/bs-core/main/clients/init" && $0.status == 200 }) {
                Thread.sleep(forTimeInterval: 0.3)
                return
            }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw E2EFailure("the app never fetched the new-client template (GET /bs-core/main/clients/init)")
    }

    /// The screen line the terminal cursor stands on, and the whole screen.
    func cursorLine() -> (line: String, screen: String) {
        let screen = tmux.capture()
        let position = (try? tmux.run(["display-message", "-p", "-t", tmux.target, "#{cursor_y}"])) ?? ""
        guard let row = Int(position.trimmingCharacters(in: .whitespacesAndNewlines)) else { return ("", screen) }
        let lines = screen.components(separatedBy: "\n")
        return (lines.indices.contains(row) ? lines[row] : "", screen)
    }

    /// Waits until the focused field's line (where the cursor is) shows `label`: the app has
    /// handled every key sent before, and the next keys go where the test means them to.
    func expectFocus(_ label: String, seconds: Double = 8) throws {
        let deadline = Date().addingTimeInterval(seconds)
        var seen = cursorLine()
        while Date() < deadline {
            if seen.line.contains(label) { return }
            Thread.sleep(forTimeInterval: 0.02)
            seen = cursorLine()
        }
        throw E2EFailure("focus is not on «\(label)»; cursor line: «\(seen.line)»; screen:\n\(seen.screen)")
    }

    /// Checks focus is on `label`, types `text` literally, then presses `keys`.
    func fill(_ label: String, _ text: String, then keys: String...) throws {
        try expectFocus(label)
        try tmux.type(text)
        if !keys.isEmpty { try tmux.run(["send-keys", "-t", tmux.target] + keys) }
    }

    /// Presses keys after checking focus is on `label`.
    func press(at label: String, _ keys: String...) throws {
        try expectFocus(label)
        try tmux.run(["send-keys", "-t", tmux.target] + keys)
    }

    /// A select (code list or closed list): type-ahead letters, then Enter (which moves on).
    func choose(_ label: String, typing letters: String) throws {
        try expectFocus(label)
        try tmux.type(letters)
        try tmux.press("Enter")
    }

    /// On a new lead's first field: the last name, first name, mobile phone and e-mail (all
    /// the minimal profile asks), the fields between left empty; focus ends on the INN.
    func keyMinimalLead(lastName: String, firstName: String, phone: String) throws {
        try fill("Фамилия", lastName, then: "Tab")
        try fill("Имя", firstName, then: "Tab")
        for label in ["Отчество", "Пол", "Дата рождения", "Место рождения", "Гражданство"] {
            try press(at: label, "Tab")
        }
        // A whole phone moves on by itself.
        try fill("Мобильный телефон", phone)
        try fill("Электронная почта", "client@example.ru", then: "Tab")
        try expectFocus("ИНН")
    }
}
