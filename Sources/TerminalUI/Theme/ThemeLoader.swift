import Foundation

/// Finds and loads a theme given `--theme NAME|PATH`.
///
/// Lookup order, first hit wins:
/// 1. `PATH` itself, when the argument contains `/` or ends in `.toml`;
/// 2. `$XDG_CONFIG_HOME/leadterm/themes/NAME.toml` (`~/.config` when unset);
/// 3. `themes/NAME.toml` in the working directory or a parent of the executable (a checkout);
/// 4. the theme compiled into the binary (``BuiltinThemes``; `ascii` is the default one in ASCII).
///
/// A file that exists but is broken is an error; it never silently falls through
/// to a built-in, or staff would see a different theme than configured.
public struct ThemeLoader: Sendable {
    public var environment: [String: String]
    public var workingDirectory: String
    public var executablePath: String?

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath,
        executablePath: String? = CommandLine.arguments.first
    ) {
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.executablePath = executablePath
    }

    /// Loads the theme and fits it to `depth`, which is forced to `.none` when
    /// `NO_COLOR` is set to anything non-empty (https://no-color.org).
    public func load(_ nameOrPath: String, depth: ColorDepth = .palette256) throws(ThemeError) -> Theme {
        try loadUnfitted(nameOrPath).fitted(to: effectiveDepth(depth))
    }

    /// The depth to fit themes to, honouring `NO_COLOR`.
    public func effectiveDepth(_ terminalDepth: ColorDepth) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        return terminalDepth
    }

    /// The theme as written, before fitting to a terminal.
    public func loadUnfitted(_ nameOrPath: String) throws(ThemeError) -> Theme {
        for path in candidatePaths(for: nameOrPath) where FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw ThemeError(origin: path, message: "cannot be read as UTF-8 text")
            }
            return try ThemeParser.parse(text, origin: path)
        }
        if let builtin = BuiltinThemes.source(named: nameOrPath) {
            return try ThemeParser.parse(builtin, origin: "built-in \(nameOrPath)")
        }
        // `ascii`: the default theme's colours, drawn without box-drawing characters (any
        // theme file can say `glyphs = "ascii"` for its own colours).
        if nameOrPath == BuiltinThemes.ascii, let source = BuiltinThemes.source(named: "default") {
            var theme = try ThemeParser.parse(source, origin: "built-in default")
            theme = Theme(name: BuiltinThemes.ascii, appearances: theme.appearances, asciiOnly: true)
            return theme
        }
        let names = (BuiltinThemes.names + [BuiltinThemes.ascii]).joined(separator: ", ")
        throw ThemeError(
            origin: nameOrPath,
            message: "no such theme file or name (built-in: \(names); searched: "
                + candidatePaths(for: nameOrPath).joined(separator: ", ") + ")")
    }

    /// The files looked at for `nameOrPath`, in order.
    public func candidatePaths(for nameOrPath: String) -> [String] {
        if Self.looksLikePath(nameOrPath) { return [absolute(nameOrPath)] }
        let file = "\(nameOrPath).toml"
        var paths: [String] = []
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            paths.append("\(xdg)/leadterm/themes/\(file)")
        } else if let home = environment["HOME"], !home.isEmpty {
            paths.append("\(home)/.config/leadterm/themes/\(file)")
        }
        paths.append("\(workingDirectory)/themes/\(file)")
        // From .build/<config>/leadterm up to the checkout holding themes/.
        if let executablePath {
            var directory = URL(fileURLWithPath: absolute(executablePath)).deletingLastPathComponent()
            for _ in 0..<4 {
                directory = directory.deletingLastPathComponent()
                let candidate = directory.appendingPathComponent("themes/\(file)").path
                if !paths.contains(candidate) { paths.append(candidate) }
            }
        }
        return paths
    }

    static func looksLikePath(_ text: String) -> Bool {
        text.contains("/") || text.hasSuffix(".toml")
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : "\(workingDirectory)/\(path)"
    }
}
