/// Runs a ``TerminalApp`` on the real terminal, with the checks that make the
/// app fail clearly rather than draw garbage.
public enum TerminalSession {
    /// Checks that standard input/output are a terminal and the locale is UTF-8,
    /// starts ncurses, builds the initial state for the terminal's color depth,
    /// runs the app and always restores the terminal, even when `makeState` throws.
    /// - Throws: ``TerminalUnavailable`` with a message for the user, or whatever
    ///   `makeState` throws.
    public static func run<State>(
        _ app: TerminalApp<State>, makeState: (ColorDepth) throws -> State
    ) throws -> State {
        try TerminalCheck.requireInteractive()
        try TerminalCheck.requireUTF8Locale()
        let backend = try NcursesBackend()
        defer { backend.close() }
        let state = try makeState(backend.colorDepth)
        return app.run(state, on: backend)
    }
}
