import ArgumentParser
import Foundation
import TerminalUI

struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Show every input widget and theme (F8 cycles themes, F10 quits)."
    )

    @Option(help: "Theme name (default, high-contrast, monochrome, green-screen) or path to a .toml file.")
    var theme: String = "default"

    func run() throws {
        let loader = ThemeLoader()
        do {
            // Load once before the screen starts so a broken theme is reported on a
            // normal terminal, not inside the UI.
            _ = try loader.loadUnfitted(theme)
            _ = try TerminalSession.run(GalleryScreen.app) { depth in
                GalleryScreen(first: try loader.load(theme, depth: depth), loader: loader, depth: depth)
            }
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
