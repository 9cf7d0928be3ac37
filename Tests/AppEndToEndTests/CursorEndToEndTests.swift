import Foundation
import LeadModel
import Testing

extension AppEndToEndTests {
    /// Issue 17, point 1: the terminal's own cursor — what a braille display and a screen
    /// reader follow — stands on the focus after every kind of key, and is shown.
    @Suite struct Cursor {
        /// Where tmux says the real cursor is, whether it is shown, and its row's text.
        struct Spot: CustomStringConvertible {
            var x: Int, y: Int, visible: Bool
            var line: String
            var screen: String
            /// The row's text from the cursor on, and before it (the rows the walk reads are
            /// one column a character).
            var after: String { String(Array(line).dropFirst(x)) }
            var before: String { String(Array(line).prefix(x)) }
            var description: String { "cursor (\(x), \(y)) \(visible ? "shown" : "hidden") «\(line)»\n\(screen)" }
        }

        static func spot(_ app: AppSession) -> Spot? {
            let screen = app.tmux.capture()
            let format = "#{cursor_x} #{cursor_y} #{cursor_flag}"
            let text = (try? app.tmux.run(["display-message", "-p", "-t", app.tmux.target, format])) ?? ""
            let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            let lines = screen.components(separatedBy: "\n")
            let line = lines.indices.contains(parts[1]) ? lines[parts[1]] : ""
            return Spot(x: parts[0], y: parts[1], visible: parts[2] == 1, line: line, screen: screen)
        }

        /// Polls until the cursor is shown and `where` holds for it (the app has drawn what the
        /// last key caused); returns that spot.
        @discardableResult
        static func expect(_ app: AppSession, _ what: String, seconds: Double = 8,
                           _ condition: (Spot) -> Bool) throws -> Spot {
            let deadline = Date().addingTimeInterval(seconds)
            var seen = spot(app)
            while Date() < deadline {
                if let s = seen, s.visible, condition(s) { return s }
                Thread.sleep(forTimeInterval: 0.03)
                seen = spot(app)
            }
            throw E2EFailure("cursor not \(what): \(seen.map(String.init(describing:)) ?? "no cursor")")
        }

        /// Menu (arrows, F1, Esc), the form (a letter, Backspace, Tab, F2's problems, ↓ in
        /// them, Esc), the drafts' list, the look-up (typing, Enter to the results, ↓), and
        /// the notice of a window too small.
        @Test func theCursorStandsOnTheFocusAfterEachKindOfKey() throws {
            let app = try AppSession()
            defer { app.close() }
            try app.waitForMenu()
            try app.waitForNewLeadTemplate()

            try Self.expect(app, "on menu item 1") { $0.after.hasPrefix("1  ") }
            try app.tmux.press("Down")
            try Self.expect(app, "on menu item 2 after ↓") { $0.after.hasPrefix("2  ") }
            try app.tmux.press("Up")
            let item = try Self.expect(app, "on menu item 1 after ↑") { $0.after.hasPrefix("1  ") }
            try app.tmux.press("F1")
            try Self.expect(app, "in F1's box") { $0.y != item.y && $0.line.contains("│") }
            try app.tmux.press("Escape")
            try Self.expect(app, "back on menu item 1 after F1 closed") { $0.y == item.y && $0.after.hasPrefix("1  ") }

            try app.tmux.press("Enter")
            let field = try Self.expect(app, "on the last name") { $0.line.contains("Фамилия") }
            try app.tmux.type("Ив")
            try Self.expect(app, "after «Ив»") { $0.y == field.y && $0.x == field.x + 2 && $0.before.hasSuffix("Ив") }
            try app.tmux.press("BSpace")
            try Self.expect(app, "after Backspace") { $0.y == field.y && $0.x == field.x + 1 && $0.before.hasSuffix("И") }
            try app.tmux.press("Tab")
            let next = try Self.expect(app, "on the first name after Tab") { $0.y != field.y && $0.line.contains("Имя") }
            try app.tmux.press("F2")
            let problem = try Self.expect(app, "on the first problem after F2") { $0.y != next.y && $0.line.contains("│") }
            try app.tmux.press("Down")
            try Self.expect(app, "on the next problem after ↓") { $0.y == problem.y + 1 && $0.line.contains("│") }
            try app.tmux.press("Escape")
            try Self.expect(app, "back on the first name after Esc") { $0.y == next.y && $0.line.contains("Имя") }
            try app.tmux.press("Escape")
            try app.waitForMenu()

            try app.tmux.press("4")
            try Self.expect(app, "on the kept draft") { $0.line.contains("%") && $0.line.contains("И ") }
            try app.tmux.press("Escape")
            try app.waitForMenu()

            let clients = try #require(try app.sim.data()["clients"]?.arrayValue, "no clients in /_sim/data")
            let ids = clients.prefix(2).compactMap { LookupAndValidation.int($0["id"]) }
            try #require(ids.count == 2, "the seed has fewer than two clients with ids")
            let typed = ids.map(String.init).joined(separator: ", ")
            try app.tmux.press("3")
            try app.tmux.waitFor("the lookup prompt") { $0.contains("ID клиентов через запятую") }
            try app.tmux.type(typed)
            try Self.expect(app, "after the typed ids") { $0.before.hasSuffix(typed) }
            try app.tmux.press("Enter")
            let row = try Self.expect(app, "on the first client") { $0.after.hasPrefix("\(ids[0]) ") }
            try app.tmux.press("Down")
            try Self.expect(app, "on the second client after ↓") { $0.y == row.y + 1 && $0.after.hasPrefix("\(ids[1]) ") }

            try app.tmux.run(["resize-window", "-t", app.tmux.target, "-x", "60", "-y", "20"])
            try Self.expect(app, "on the enlarge notice") { !$0.after.trimmingCharacters(in: .whitespaces).isEmpty && $0.x > 0 }
        }
    }
}
