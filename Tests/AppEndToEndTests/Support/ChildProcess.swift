import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a short-lived command with posix_spawn and reaps it with waitpid.
///
/// Not `Foundation.Process`: `tmux new-session` forks the tmux server, which inherits the
/// descriptors Process watches to notice the child's exit, so `waitUntilExit()` would wait
/// for the server (the whole test) instead of the client.
enum ChildProcess {
    /// Spawn attributes for a child with no signal blocked and `defaults` at their default action.
    static func cleanSignals(_ attributes: inout posix_spawnattr_t, defaults signals: [Int32]) {
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in signals { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    }

    /// Runs `arguments` (looked up on PATH) with stdin from /dev/null and stdout+stderr into
    /// `outputPath`; returns the exit status (128+signal when killed).
    static func runAndWait(_ arguments: [String], environment: [String: String], outputPath: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        // The test runner's threads block signals; a child inherits that mask, and a tmux
        // server that never sees SIGCHLD or SIGTERM never exits. Start it with a clean one.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        cleanSignals(&attributes, defaults: [SIGHUP, SIGINT, SIGTERM, SIGCHLD, SIGPIPE, SIGQUIT, SIGWINCH])

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw E2EFailure("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw E2EFailure("waitpid failed for \(arguments[0])") }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
