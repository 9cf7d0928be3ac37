import Foundation
import LeadModel
import Testing

extension AppEndToEndTests {
    /// Texts from the core carrying terminal control sequences (see `HostileData`).
    @Suite struct HostileStrings {
        /// A client, its lead, a country and a credit product whose names carry clear-screen,
        /// retitle, leave-alternate-screen, OSC 52 clipboard, 8-bit CSI, bells, backspaces, a
        /// carriage return and a right-to-left override. Looked up, opened as a card and as a
        /// lead by number, the screen stays whole: title, alternate screen, clipboard, layout
        /// and attributes unchanged, the harmless remainder of each text shown in its place.
        /// `leadterm lookup` piped prints no control bytes either.
        @Test func controlSequencesFromTheCoreNeverReachTheTerminal() throws {
            let dataFile = try HostileData.writeFile()
            defer { try? FileManager.default.removeItem(at: dataFile) }
            let app = try AppSession(simulatorArguments: ["--data", dataFile.path])
            defer { app.close() }
            // An OSC 52 that got through would land in a tmux buffer.
            try app.tmux.run(["set-option", "-s", "set-clipboard", "on"])
            try app.waitForMenu()
            let title = try paneState(app).title

            try app.tmux.press("3")
            try app.tmux.waitFor("the lookup prompt") { $0.contains("ID клиентов через запятую") }
            try app.tmux.type(String(HostileData.clientId))
            try app.tmux.press("Enter")
            let table = try app.tmux.waitFor("the client's row") { $0.contains(" \(HostileData.clientId) ") }
            try expectIntact(app, table, title: title, what: "lookup table")
            let lines = table.components(separatedBy: "\n")
            // The table's header (the search-kind row above it names Телефон and Паспорт too).
            let header = try #require(lines.first { $0.contains("ФИО") && $0.contains("Паспорт") && $0.contains("Телефон") }, "\(table)")
            let row = try #require(lines.first { $0.contains(" \(HostileData.clientId) ") }, "\(table)")
            #expect(row.contains("Волков[2J[H ]0;PWNEDОлег"), "the row does not show the name's remainder: \(row)")
            #expect(column(of: "Паспорт", in: header) == column(of: "1222 125523", in: row),
                    "the passport column moved:\n\(header)\n\(row)")
            #expect(column(of: "Телефон", in: header) == column(of: "79051112233", in: row),
                    "the phone column moved:\n\(header)\n\(row)")

            try app.tmux.press("Enter")
            let card = try app.tmux.waitFor("the client's card with the dictionaries") {
                $0.contains("ID: \(HostileData.clientId)") && $0.contains("Россия]0;PWNED")
            }
            try expectIntact(app, card, title: title, what: "client card")
            for (label, value) in [("Фамилия", "lastName"), ("Имя", "firstName"), ("Отчество", "patronymic"),
                                   ("Кем выдан паспорт", "manager")] {
                let want = "\(label): \(HostileData.visible[value] ?? "")"
                #expect(card.contains(want), "the card does not show «\(want)»:\n\(card)")
            }
            #expect(card.contains("Тверь]52;c;cm0gLXJmIH4="), "the card does not show the birth place's remainder:\n\(card)")
            try expectBoxWhole(app, from: "ID: \(HostileData.clientId)")

            // Back out: card → table → prompt → menu.
            try app.tmux.press("Escape")
            try app.tmux.waitFor("the lookup table again") { !$0.contains("ID: \(HostileData.clientId)") }
            try app.tmux.press("Escape")
            try app.tmux.waitFor("the empty lookup prompt") { !$0.contains("Дата рожд.") }
            try app.tmux.press("Escape")
            try app.waitForMenu()
            try app.tmux.press("2")
            try app.tmux.waitFor("the open-by-number prompt") { $0.contains("leadterm · Открыть заявку по номеру") }
            try app.tmux.type(String(HostileData.leadId))
            try app.tmux.press("Enter")
            let person = try app.tmux.waitFor("lead \(HostileData.leadId) with the dictionaries") {
                $0.contains("Заявка № \(HostileData.leadId) · Клиент") && $0.contains("Россия]0;PWNED")
            }
            try expectIntact(app, person, title: title, what: "lead, person")
            for (label, value) in [("Фамилия", "lastName"), ("Имя", "firstName"), ("Отчество", "patronymic")] {
                #expect(FormScreen.value(of: label, in: person) == HostileData.visible[value],
                        "\(label) shows «\(FormScreen.value(of: label, in: person) ?? "nothing")»:\n\(person)")
            }
            #expect(FormScreen.value(of: "Гражданство", in: person)?.hasPrefix("Россия]0;PWNED") == true, "\(person)")
            // The values column stays straight: a hostile value starts where a plain one does.
            let personLines = person.components(separatedBy: "\n")
            let lastNameLine = personLines.first { $0.contains("Фамилия") } ?? ""
            let birthDateLine = personLines.first { $0.contains("Дата рождения") } ?? ""
            #expect(column(of: HostileData.visible["lastName"] ?? "", in: lastNameLine) != nil
                        && column(of: HostileData.visible["lastName"] ?? "", in: lastNameLine) == column(of: "29.07.1987", in: birthDateLine),
                    "the values are not in one column:\n\(lastNameLine)\n\(birthDateLine)")
            try expectCursorWithinText(app, label: "Фамилия", visible: HostileData.visible["lastName"] ?? "")

            try app.tmux.press("M-2")
            let passport = try app.tmux.waitFor("the lead's passport") { $0.contains("Заявка № \(HostileData.leadId) · Паспорт") }
            try expectIntact(app, passport, title: title, what: "lead, passport")
            #expect(FormScreen.value(of: "Кем выдан", in: passport) == HostileData.visible["manager"], "\(passport)")

            try app.tmux.press("M-7")
            let loan = try app.tmux.waitFor("the lead's loan") { $0.contains("Заявка № \(HostileData.leadId) · Заём") }
            try expectIntact(app, loan, title: title, what: "lead, loan")
            #expect(FormScreen.value(of: "Кредитный продукт", in: loan)?.hasPrefix("Заём[5m мигающий") == true, "\(loan)")

            try expectCleanLookupOutput(app)
        }

        // MARK: checks

        struct PaneState { var title: String; var alternate: String; var buffers: String }

        private func paneState(_ app: AppSession) throws -> PaneState {
            let text = try app.tmux.run(["display-message", "-p", "-t", app.tmux.target, "#{pane_title}\t#{alternate_on}"])
            let parts = text.trimmingCharacters(in: .newlines).components(separatedBy: "\t")
            let buffers = try app.tmux.run(["list-buffers"])
            return PaneState(title: parts.first ?? "", alternate: parts.count > 1 ? parts[1] : "", buffers: buffers)
        }

        /// Title, alternate screen and clipboard as before; the title bar, its rule and the key
        /// legend where the app draws them; nothing blinking, and no escape other than colours
        /// and attributes in the pane's contents.
        private func expectIntact(_ app: AppSession, _ shown: String, title: String, what: String) throws {
            // A whole frame: the app may still be drawing the one `shown` was taken from.
            let screen = app.tmux.settle()
            let state = try paneState(app)
            #expect(state.title == title, "\(what): the pane title changed to «\(state.title)»")
            #expect(state.alternate == "1", "\(what): the app left the alternate screen")
            #expect(state.buffers.isEmpty, "\(what): something reached the clipboard: \(state.buffers)")
            let lines = screen.components(separatedBy: "\n")
            #expect(lines.first?.hasPrefix(" leadterm · ") == true, "\(what): the title bar is gone:\n\(screen)")
            #expect(lines.count > 1 && lines[1].hasPrefix("────────"), "\(what): the rule under the title is gone:\n\(screen)")
            #expect(lines.contains { $0.contains("Esc") }, "\(what): the key legend is gone:\n\(screen)")
            let escaped = try app.tmux.run(["capture-pane", "-p", "-e", "-t", app.tmux.target])
            let attributes = Self.sgrAttributes(in: escaped)
            #expect(!attributes.contains(5) && !attributes.contains(6), "\(what): blinking text on screen")
            #expect(!escaped.contains("\u{1B}]") && !escaped.contains("\u{1B}[?"), "\(what): a non-SGR sequence on screen")
        }

        /// Every line between the box's first content line and its bottom border has the box's
        /// left and right border at the same columns: nothing pushed or pulled the card.
        private func expectBoxWhole(_ app: AppSession, from firstLine: String) throws {
            let screen = app.tmux.settle()
            let lines = screen.components(separatedBy: "\n").map(Array.init)
            let top = try #require(lines.firstIndex { String($0).contains(firstLine) }, "no «\(firstLine)»")
            let left = try #require(lines[top].firstIndex(of: "│"), "no left border on «\(String(lines[top]))»")
            let right = try #require(lines[top].lastIndex(of: "│"), "no right border")
            var y = top
            while y < lines.count, lines[y].indices.contains(left), lines[y][left] == "│" {
                #expect(lines[y].indices.contains(right) && lines[y][right] == "│",
                        "the card's right border moved on line \(y): «\(String(lines[y]))»")
                y += 1
            }
            #expect(y < lines.count && lines[y].indices.contains(left) && lines[y][left] == "└",
                    "the card's bottom border is not under its left border:\n\(screen)")
            #expect(y - top >= 8, "the card lost lines: \(y - top) shown")
        }

        /// The cursor of the focused field stands within (or right after) the text it shows:
        /// controls kept in a value must not count as columns.
        private func expectCursorWithinText(_ app: AppSession, label: String, visible: String) throws {
            try app.expectFocus(label)
            let (line, _) = app.cursorLine()
            let x = Int(try app.tmux.run(["display-message", "-p", "-t", app.tmux.target, "#{cursor_x}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            let start = column(of: visible, in: line)
            #expect(start != nil, "«\(visible)» not on the cursor's line «\(line)»")
            if let start {
                #expect(x >= start && x <= start + visible.count,
                        "cursor at column \(x), outside «\(visible)» (columns \(start)…\(start + visible.count)): «\(line)»")
            }
        }

        /// `leadterm lookup` into a file (a pipe's view): no ESC, C1, BEL, BS, CR or bidi control.
        private func expectCleanLookupOutput(_ app: AppSession) throws {
            var environment = ProcessInfo.processInfo.environment.merging(app.sim.clientEnvironment) { $1 }
            environment["XDG_CONFIG_HOME"] = app.dataDirectory.appendingPathComponent("config").path
            environment["HOME"] = app.dataDirectory.path
            for extra in [[], ["--json"]] {
                let out = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-e2e-lookup-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: out) }
                let status = try ChildProcess.runAndWait([app.leadtermPath, "lookup", String(HostileData.clientId)] + extra,
                                                         environment: environment, outputPath: out.path)
                let bytes = try Data(contentsOf: out)
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(status == 0, "leadterm lookup \(extra) exited \(status): \(text)")
                #expect(text.contains(extra.isEmpty ? "Волков[2J[H ]0;PWNEDОлег" : "Волков"), "lookup \(extra) output: \(text)")
                let c0 = Array(text.unicodeScalars).filter { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F }
                #expect(c0.isEmpty, "leadterm lookup \(extra) printed \(Self.codes(c0)): \(text.debugDescription)")
                let c1AndBidi = Array(text.unicodeScalars).filter { s in
                    (0x80...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
                }
                // JSON encoders escape C0 (ESC is "\u001b") but not C1 or bidi controls, which a
                // terminal may act on: with --json leadterm writes those as \u escapes too.
                #expect(c1AndBidi.isEmpty, "leadterm lookup \(extra) printed \(Self.codes(c1AndBidi)): \(text.debugDescription)")
            }
        }

        private static func codes(_ scalars: [Unicode.Scalar]) -> [String] {
            scalars.map { String(format: "U+%04X", $0.value) }
        }

        /// The character column where `text` starts in `line` (Cyrillic is one column wide).
        private func column(of text: String, in line: String) -> Int? {
            line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        }

        /// The SGR attribute numbers in `escaped` (colour arguments of 38/48 left out).
        static func sgrAttributes(in escaped: String) -> Set<Int> {
            var out = Set<Int>()
            var rest = Substring(escaped)
            while let start = rest.range(of: "\u{1B}[") {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
                if tail[end] == "m" {
                    let numbers = tail[..<end].split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                    var i = 0
                    while i < numbers.count {
                        if numbers[i] == 38 || numbers[i] == 48 {
                            i += (i + 1 < numbers.count && numbers[i + 1] == 2) ? 5 : 3
                            continue
                        }
                        out.insert(numbers[i])
                        i += 1
                    }
                }
                rest = tail[end...]
            }
            return out
        }
    }
}
