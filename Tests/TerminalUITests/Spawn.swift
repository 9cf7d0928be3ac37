import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a short command and waits for it with `waitpid`.
///
/// Foundation's `Process.waitUntilExit` was seen to hang for `tmux new-session -d` (the
/// client exits after forking the server and was never reaped), so the terminal tests spawn
/// their helpers directly. Output goes to a file: a forked server keeps descriptors open.
enum Spawn {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String], environment: [String: String]) throws -> Result {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("spawn-\(getpid())-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        let fd = open(outputPath, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard fd >= 0 else { throw SpawnError(description: "cannot create \(outputPath)") }
        defer { close(fd) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fd, 1)
        posix_spawn_file_actions_adddup2(&actions, fd, 2)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw SpawnError(description: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw SpawnError(description: "waitpid failed for \(arguments[0])") }
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        return Result(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output: output)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }
}
