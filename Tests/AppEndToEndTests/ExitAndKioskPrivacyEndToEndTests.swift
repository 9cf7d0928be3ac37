import Foundation
import LeadModel
import Testing

extension AppEndToEndTests {
    /// Issue 15, point 2 on the real binary: Esc on the menu never ends the program; F10 does,
    /// asking first when a draft was left.
    @Suite struct NoAccidentalExit {
        @Test func escOnTheMenuStaysAndF10AsksWhenADraftWasLeft() throws {
            let app = try AppSession()
            defer { app.close() }
            try app.waitForMenu()
            try app.tmux.press("Escape")
            try app.tmux.waitFor("the hint naming F10") { $0.contains("выход — F10") }
            #expect(!app.ended().ended, "Esc on the menu ended the program")

            try app.tmux.press("1")
            try app.fill("Фамилия", "Уходова")
            _ = try app.tmux.waitFor("the typed name") { $0.contains("Уходова") }
            try app.tmux.press("Escape")
            try app.waitForMenu()
            try app.tmux.press("F10")
            try app.tmux.waitFor("the quit question") { $0.contains("Выйти из программы?") && $0.contains("Черновики") }
            try app.tmux.press("Escape")
            try app.tmux.waitFor("the question gone") { !$0.contains("Выйти из программы?") }
            #expect(!app.ended().ended, "Esc on the quit question ended the program")

            try app.tmux.press("F10")
            try app.tmux.waitFor("the quit question again") { $0.contains("Выйти из программы?") }
            try app.tmux.press("Enter")
            let deadline = Date().addingTimeInterval(10)
            while !app.ended().ended, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            #expect(app.ended().ended, "Enter on the quit question did not quit:\n\(app.tmux.capture())")
        }
    }
}

extension AppEndToEndTests.Kiosk {
    /// Esc from a kiosk form deletes the person's draft from disk at once.
    @Test func leavingAKioskFormDeletesItsDraft() throws {
        let app = try AppSession(arguments: ["--kiosk", "--idle-seconds", "120"])
        defer { app.close() }
        let database = app.dataDirectory.appendingPathComponent("leadterm.sqlite")
        try Self.waitForKioskMenu(app)
        try Self.typeIntoANewForm(app, lastName: "Ушедшая", database: database)
        guard DraftTable.shellAvailable else { return }
        try app.tmux.press("Escape")
        try Self.waitForKioskMenu(app)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, try !DraftTable.rows(at: database, keyFile: app.storageKeyURL).isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(try DraftTable.rows(at: database, keyFile: app.storageKeyURL).isEmpty, "the kiosk kept the draft after Esc")
    }

    /// The menu, once used, is wiped when left alone too; an untouched menu has no countdown.
    @Test func aUsedMenuLeftAloneIsWiped() throws {
        let app = try AppSession(arguments: ["--kiosk", "--idle-seconds", "15"])
        defer { app.close() }
        try Self.waitForKioskMenu(app)
        try app.tmux.press("Down")
        let countdown = try app.tmux.waitFor("the idle countdown on the menu", seconds: 20) { $0.contains("очищена через") }
        #expect(countdown.contains("F10 Супервизор"), "the countdown is not on the menu:\n\(countdown)")
        try app.tmux.waitFor("the countdown gone after the wipe", seconds: 20) { !$0.contains("очищена через") }
    }

    /// The look-up is not offered unless the config enables it, and then shows masked values.
    @Test func theLookupIsOffByDefaultAndMaskedWhenEnabled() throws {
        let plain = try AppSession(arguments: ["--kiosk"])
        try Self.waitForKioskMenu(plain)
        #expect(!plain.tmux.capture().contains("Поиск клиента"), "the kiosk offers the look-up:\n\(plain.tmux.capture())")
        plain.close()

        let app = try AppSession(config: "[kiosk]\nenabled = true\nlookup = true\n")
        defer { app.close() }
        try app.tmux.waitFor("the kiosk menu with the look-up") { $0.contains("Поиск клиента по ID") && $0.contains("F10 Супервизор") }
        let clients = try #require(try app.sim.data()["clients"]?.arrayValue, "no clients in /_sim/data")
        let client = try #require(clients.first { ($0["lastName"]?.stringValue ?? "").count > 2 }, "no client with a last name")
        let id = try #require(AppEndToEndTests.LookupAndValidation.int(client["id"]), "client without id")
        let lastName = client["lastName"]?.stringValue ?? ""
        try app.tmux.press("2")
        try app.tmux.type(String(id))
        try app.tmux.press("Enter")
        let table = try app.tmux.waitFor("the result row") { $0.components(separatedBy: "\n").contains { $0.hasPrefix(" \(id) ") } }
        #expect(!table.contains(lastName), "the kiosk shows the last name «\(lastName)»:\n\(table)")
        #expect(table.contains("\(lastName.first.map(String.init) ?? "")."), "no initials:\n\(table)")
        try app.tmux.press("Enter")
        let card = try app.tmux.waitFor("the card") { $0.contains("ID: \(id)") }
        #expect(!card.contains(lastName) && !card.contains("Фамилия:"), "the kiosk card shows the name:\n\(card)")
    }
}
