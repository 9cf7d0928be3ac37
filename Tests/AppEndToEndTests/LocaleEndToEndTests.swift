import Foundation
import Testing

extension AppEndToEndTests {
    /// The terminal's locale as a branch or kiosk image sets it.
    @Suite struct Locales {
        /// `leadterm --demo` in tmux with only `LANG` set (LC_ALL and LC_CTYPE unset).
        static func start(lang: String, arguments: [String] = []) throws -> (Tmux, URL) {
            let leadterm = try Binaries.path("leadterm", variable: "LEADTERM_BIN")
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-locale-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let command = "exec env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES LANG=\(AppSession.quoted(lang)) TERM=xterm-256color "
                + "HOME=\(AppSession.quoted(home.path)) XDG_CONFIG_HOME=\(AppSession.quoted(home.appendingPathComponent("config").path)) "
                + "XDG_DATA_HOME=\(AppSession.quoted(home.appendingPathComponent("data").path)) "
                + ([leadterm, "--demo"] + arguments).map(AppSession.quoted).joined(separator: " ")
            return (try Tmux(command: command), home)
        }

        /// A UTF-8 locale that is named but not installed (an image without the `locales`
        /// package): the app starts all the same and shows Cyrillic, not blanks.
        @Test func aUTF8LocaleThatIsNotInstalledStillWorks() throws {
            let (tmux, home) = try Self.start(lang: "xx_XX.UTF-8", arguments: ["--lang", "ru"])
            defer { tmux.killServer(); try? FileManager.default.removeItem(at: home) }
            let menu = try tmux.waitFor("the Russian menu") { $0.contains("Новая заявка") && $0.contains("Поиск клиента по ID") }
            #expect(!menu.contains("not UTF-8"))
        }

        /// A locale that is not UTF-8 stops the app before any screen, saying why.
        @Test func aLocaleThatIsNotUTF8IsRefusedWithAReason() throws {
            let (tmux, home) = try Self.start(lang: "ru_RU.KOI8-R")
            defer { tmux.killServer(); try? FileManager.default.removeItem(at: home) }
            // With the scroll-back: the message can come before tmux has sized the new pane,
            // and its first line then sits above the visible screen.
            let deadline = Date().addingTimeInterval(15)
            var said = ""
            while Date() < deadline {
                said = (try? tmux.run(["capture-pane", "-p", "-S", "-", "-t", tmux.target])) ?? ""
                if said.contains("Start it with a UTF-8 locale") { break }
                Thread.sleep(forTimeInterval: 0.03)
            }
            #expect(said.contains("not UTF-8") && said.contains("LANG=ru_RU.KOI8-R"), "\(said)")
        }
    }
}
