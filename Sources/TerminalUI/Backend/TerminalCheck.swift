import CNcursesw
import Glibc

/// Why the real terminal cannot be used; `description` is meant for the user.
public struct TerminalUnavailable: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Checks made before anything is drawn, so the app exits with a clear message
/// instead of painting garbage into a pipe or blanks for Cyrillic.
public enum TerminalCheck {
    /// Applies the environment's locale (this must precede ncurses' start) and
    /// requires it to be UTF-8.
    public static func requireUTF8Locale() throws(TerminalUnavailable) {
        guard lt_setup_utf8_locale() == 1 else {
            let env = LocaleVariables.summary()
            throw TerminalUnavailable(description: """
                The terminal's locale is not UTF-8 (\(env)), so Cyrillic text would show as blanks.
                Start it with a UTF-8 locale, for example: LANG=C.UTF-8 leadterm …
                """)
        }
    }

    /// Requires standard input and output to be a terminal.
    public static func requireInteractive(inputFD: Int32 = 0, outputFD: Int32 = 1) throws(TerminalUnavailable) {
        guard isatty(inputFD) == 1, isatty(outputFD) == 1 else {
            throw TerminalUnavailable(description: """
                leadterm's screens need an interactive terminal: standard input and output \
                must not be redirected to a file or pipe.
                """)
        }
    }
}

private enum LocaleVariables {
    static func summary() -> String {
        let names = ["LC_ALL", "LC_CTYPE", "LANG"]
        let shown = names.map { name -> String in
            let value = getenv(name).map { String(cString: $0) } ?? ""
            return "\(name)=\(value.isEmpty ? "unset" : value)"
        }
        return shown.joined(separator: ", ")
    }
}
