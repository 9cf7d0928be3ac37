import Foundation
import Testing

extension AppEndToEndTests {
    /// `--lang en` on the real binary: the words the terminal widgets draw themselves
    /// (an empty dropdown, an empty list, the enlarge notice) are English too, not only the app's own labels.
    @Suite struct English {
        static func hasCyrillic(_ text: String) -> Bool {
            text.unicodeScalars.contains { (0x0400...0x052F).contains($0.value) }
        }

        /// A code-list filter that matches nothing says "no matches"; an empty list section
        /// says "no rows"; a window too small says so in English; none shows a Cyrillic letter.
        @Test func emptyDropdownEmptyListAndEnlargeNoticeSpeakEnglish() throws {
            let app = try AppSession(arguments: ["--lang", "en"])
            defer { app.close() }
            try app.tmux.waitFor("the English main menu") {
                $0.contains("Open a lead by number") && $0.contains("Look up clients by ID")
            }
            try app.tmux.press("1")
            try app.tmux.waitFor("the new lead form") { $0.contains("New lead · Person") }
            for label in ["Last name", "First name", "Patronymic"] { try app.press(at: label, "Tab") }
            try app.fill("Sex", "zzz")
            let popup = try app.tmux.waitFor("the sex list filtered to nothing") { $0.contains("no matches") }
            #expect(!popup.contains("нет совпадений"), "\(popup)")
            #expect(!Self.hasCyrillic(popup), "Cyrillic on the English form:\n\(popup)")

            // Alt-4 straight from the open list (Esc there would leave the form for the menu).
            try app.tmux.press("M-4")
            let relatives = try app.tmux.waitFor("the empty relatives section") {
                $0.contains("New lead · Relatives") && $0.contains("no rows")
            }
            #expect(!relatives.contains("нет строк"), "\(relatives)")
            #expect(!Self.hasCyrillic(relatives), "Cyrillic on the English form:\n\(relatives)")

            try app.tmux.run(["resize-window", "-t", app.tmux.target, "-x", "70", "-y", "20"])
            let notice = try app.tmux.waitFor("the enlarge notice") { $0.contains("Enlarge the terminal") }
            #expect(notice.contains("need 80×24, now 70×20"), "\(notice)")
            #expect(!Self.hasCyrillic(notice), "Cyrillic in the English enlarge notice:\n\(notice)")
        }
    }
}
