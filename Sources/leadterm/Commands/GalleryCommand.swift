import ArgumentParser
import Foundation
import LeadApp
import LeadModel
import TerminalUI

/// `leadterm gallery`: the app's own lead form on a sample lead, with every kind of field,
/// and no core or storage (see `Gallery`).
struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Show the lead form on a sample lead, with no core or storage (F8 cycles themes, F10 quits)."
    )

    @Option(help: "Theme name (default, high-contrast, monochrome, green-screen) or path to a .toml file.")
    var theme: String = "default"

    @Option(name: .customLong("lang"), help: "ru or en (default: LC_ALL / LC_MESSAGES / LANG).")
    var language: String?

    func run() throws {
        let loader = ThemeLoader()
        do {
            // Load once before the screen starts so a broken theme is reported on a
            // normal terminal, not inside the UI.
            _ = try loader.loadUnfitted(theme)
            try TerminalCheck.requireInteractive()
            try TerminalCheck.requireUTF8Locale()
            let backend = try NcursesBackend()
            defer { backend.close() }
            var themes = [try loader.load(theme, depth: backend.colorDepth)]
            for name in BuiltinThemes.names where name != themes[0].name {
                if let builtIn = try? loader.load(name, depth: backend.colorDepth) { themes.append(builtIn) }
            }
            let language = RunCommand.language(flag: language, environment: ProcessInfo.processInfo.environment)
            var gallery = Gallery(themes: themes, language: language, today: .today())
            gallery.run(on: backend)
        } catch let error as ThemeError {
            fail("leadterm: \(error.description)")
        } catch let error as TerminalUnavailable {
            fail("leadterm: \(error.description)")
        }
    }

    /// A plain message on stderr: these are not usage mistakes, so no help text.
    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(LeadtermExit.refused.rawValue)
    }
}
