import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Killing and restarting the app in its pane, and reading what it left on disk.
extension AppSession {
    /// The app's process id: the pane's process (the command `exec`s the app), checked
    /// through `/proc` to really be the `leadterm` binary and alive.
    func appPID() throws -> pid_t {
        let text = try tmux.run(["display-message", "-p", "-t", tmux.target, "#{pane_dead} #{pane_pid}"])
        let parts = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.count == 2, parts[0] == "0", let pid = pid_t(parts[1]) else {
            throw E2EFailure("the app's pane has no live process: «\(text)»; screen:\n\(tmux.capture())")
        }
        let exe = URL(fileURLWithPath: "/proc/\(pid)/exe").resolvingSymlinksInPath().path
        let expected = URL(fileURLWithPath: leadtermPath).resolvingSymlinksInPath().path
        guard exe == expected else {
            throw E2EFailure("pane process \(pid) is \(exe), not \(expected)")
        }
        return pid
    }

    /// SIGKILL to the app (no handler, no flush, no atexit), then waits until tmux reports the
    /// pane dead, so the files are exactly what the killed process left. Returns the kill time.
    @discardableResult
    func killApp() throws -> Date {
        let pid = try appPID()
        guard kill(pid, SIGKILL) == 0 else {
            throw E2EFailure("kill -9 \(pid) failed: \(String(cString: strerror(errno)))")
        }
        let killedAt = Date()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let dead = try tmux.run(["display-message", "-p", "-t", tmux.target, "#{pane_dead}"])
            if dead.trimmingCharacters(in: .whitespacesAndNewlines) == "1" { return killedAt }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw E2EFailure("the app (pid \(pid)) did not die within 10 s of SIGKILL")
    }

    /// Starts the app again in the same (dead) pane, on the same data folder and simulator.
    func restartApp() throws {
        try tmux.run(["respawn-pane", "-k", "-t", tmux.target, command])
    }

    /// Copies the database files as the killed app left them (main file, WAL, shared memory)
    /// into a fresh folder, so reading them cannot checkpoint or repair the originals before
    /// the restarted app meets them.
    func snapshotDatabase() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadterm-e2e-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for suffix in ["", "-wal", "-shm"] {
            let source = dataDirectory.appendingPathComponent("leadterm.sqlite" + suffix)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("leadterm.sqlite" + suffix))
        }
        return folder.appendingPathComponent("leadterm.sqlite")
    }
}

/// The drafts table read with the `sqlite3` command-line shell (not the app's code), so a
/// test sees what is on disk and not what the store thinks is there.
enum DraftTable {
    struct Row {
        var id: String
        var section: String?
        var fields: [String: String]
    }

    /// Whether a `sqlite3` shell is on PATH; without it the tests check through the screen only.
    static var shellAvailable: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/sqlite3")
        }
    }

    /// Every draft row of the database at `path` (none when the app never wrote one), its
    /// sealed fields opened with the storage key in `keyFile` (the test's own AES-GCM, not the app's code).
    static func rows(at path: URL, keyFile: URL) throws -> [Row] {
        guard FileManager.default.fileExists(atPath: path.path) else { return [] }
        let data = try sqlite(["-json", path.path, "SELECT id, section, fields FROM draft ORDER BY updatedAt"])
        // An empty result prints nothing at all, not "[]".
        guard !data.allSatisfy({ $0 == 0x0A || $0 == 0x20 }) else { return [] }
        struct Raw: Decodable { var id: String; var section: String?; var fields: String }
        let raws = try JSONDecoder().decode([Raw].self, from: data)
        return try raws.map { raw in
            let fields = try JSONDecoder().decode([String: String].self, from: Data(try unseal(raw.fields, keyFile: keyFile).utf8))
            return Row(id: raw.id, section: raw.section, fields: fields)
        }
    }

    /// A column the app sealed (`aesgcm1:` + base64 of nonce, ciphertext and tag), opened.
    static func unseal(_ stored: String, keyFile: URL) throws -> String {
        let prefix = "aesgcm1:"
        guard stored.hasPrefix(prefix) else { throw E2EFailure("a draft's fields are stored in clear: «\(stored.prefix(40))…»") }
        guard let combined = Data(base64Encoded: String(stored.dropFirst(prefix.count))) else {
            throw E2EFailure("a sealed column is not base64")
        }
        let key = SymmetricKey(data: try Data(contentsOf: keyFile))
        return String(decoding: try AES.GCM.open(AES.GCM.SealedBox(combined: combined), using: key), as: UTF8.self)
    }

    /// `PRAGMA integrity_check` of the database at `path`: "ok" when it is whole.
    static func integrity(at path: URL) throws -> String {
        guard FileManager.default.fileExists(atPath: path.path) else { return "ok" }
        let data = try sqlite([path.path, "PRAGMA integrity_check"])
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func sqlite(_ arguments: [String]) throws -> Data {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadterm-e2e-sqlite-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = try ChildProcess.runAndWait(["sqlite3"] + arguments,
                                                 environment: ProcessInfo.processInfo.environment, outputPath: output.path)
        let data = (try? Data(contentsOf: output)) ?? Data()
        guard status == 0 else {
            throw E2EFailure("sqlite3 \(arguments.joined(separator: " ")) failed (\(status)): \(String(decoding: data, as: UTF8.self))")
        }
        return data
    }
}
