import Foundation

/// The folder that holds the app's own files (database, log): `$XDG_DATA_HOME/leadterm`,
/// or `~/.local/share/leadterm` when the variable is unset or not absolute (as the XDG spec says).
///
/// The folder holds personal data, so it is kept at 0700 and every file in it at 0600;
/// `prepare()` creates it that way and tightens anything found looser.
public struct DataDirectory: Sendable, Hashable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The default location for the current user, from the given environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> DataDirectory {
        DataDirectory(url: xdgBase("XDG_DATA_HOME", orHome: ".local/share", environment: environment)
            .appendingPathComponent("leadterm", isDirectory: true))
    }

    /// An XDG base folder: the variable when it is an absolute path, else `$HOME/fallback`.
    static func xdgBase(_ variable: String, orHome fallback: String, environment: [String: String]) -> URL {
        if let xdg = environment[variable], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
    }

    public var databaseURL: URL { url.appendingPathComponent("leadterm.sqlite") }
    public var logURL: URL { url.appendingPathComponent("leadterm.log") }

    /// Creates the folder (and its parents) if needed and sets it to 0700.
    public func prepare() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try FilePermissions.restrict(url.path, to: 0o700)
    }
}

/// Owner-only permissions for the files that hold personal data.
public enum FilePermissions {
    /// Sets `path` to `mode` when it exists and its permissions differ; a missing file is fine.
    public static func restrict(_ path: String, to mode: mode_t) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if info.st_mode & 0o7777 != mode {
            guard chmod(path, mode) == 0 else {
                throw StoreError.permissions(path: path, errno: errno)
            }
        }
    }

    /// The permission bits of `path`, or nil when it does not exist.
    public static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}
