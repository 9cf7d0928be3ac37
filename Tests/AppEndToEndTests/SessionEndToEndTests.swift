import Foundation
import Testing

extension AppEndToEndTests {
    /// A login that tells the truth, on the real binaries in tmux.
    @Suite struct Session {
        /// A wrong password from the environment: the login screen says so at once, shows the
        /// server, key and user it uses, takes the password again (as dots), then the menu.
        @Test func aRefusedLoginIsSaidAndThePasswordAskedAgain() throws {
            let app = try AppSession(environment: ["LEADTERM_PASSWORD": "wrong"])
            defer { app.close() }
            let login = try app.tmux.waitFor("the login screen with the refusal") {
                $0.contains("Вход в ядро") && $0.contains("Вход отклонён")
            }
            #expect(login.contains("Неверный логин или пароль"), "no reason shown:\n\(login)")
            #expect(login.contains(app.sim.url), "the server is not shown:\n\(login)")
            let userLine = login.components(separatedBy: "\n").first { $0.contains("Пользователь") } ?? ""
            #expect(userLine.contains("demo"), "the user is not shown: \(userLine)")
            try app.tmux.type("demo")
            let dots = try app.tmux.waitFor("the password as dots") { $0.contains("••••") }
            let passwordLine = dots.components(separatedBy: "\n").first { $0.contains("Пароль") } ?? ""
            #expect(passwordLine.contains("••••") && !passwordLine.contains("demo"), "password line: \(passwordLine)")
            try app.tmux.press("Enter")
            try app.waitForMenu()
        }

        /// The session refused mid-work (the core restarted with another password): the lead
        /// being typed goes to the login screen with the message and the password prompt, and
        /// comes back whole after the right password; then it is accepted.
        @Test func aRefusedSessionKeepsTheHalfTypedLead() throws {
            let app = try AppSession()
            defer { app.close() }
            try app.waitForMenu()
            try app.tmux.press("1")
            try app.tmux.waitFor("the new lead form") { $0.contains("Новая заявка · Клиент") }
            try app.keyMinimalLead(lastName: "Половинкина", firstName: "Дарья", phone: "79161234567")

            // The same port, another password: the old token is unknown, the re-login refused.
            let port = try #require(URL(string: app.sim.url)?.port, "no port in \(app.sim.url)")
            app.sim.stop()
            let restarted = try SimulatorProcess(arguments: ["--port", String(port), "--password", "changed"])
            defer { restarted.stop() }
            #expect(restarted.url == app.sim.url, "the simulator came back elsewhere: \(restarted.url)")

            try app.tmux.press("F2")
            try app.tmux.waitFor("the summary") { $0.contains("Проверьте и отправьте") }
            try app.tmux.press("Enter")
            let login = try app.tmux.waitFor("the login screen") { $0.contains("Вход в ядро") && $0.contains("Вход отклонён") }
            #expect(login.contains("всё введённое сохранено"), "the message does not say the lead is kept:\n\(login)")
            #expect(!login.contains("Половинкина"), "the lead shows on the login screen:\n\(login)")
            try app.tmux.type("changed")
            try app.tmux.press("Enter")
            let form = try app.tmux.waitFor("the lead back") { $0.contains("Новая заявка · Клиент") && $0.contains("Половинкина") }
            #expect(form.contains("Дарья") && form.contains("client@example.ru"), "the lead is not whole:\n\(form)")
            try app.expectFocus("ИНН")

            try app.tmux.press("F2")
            try app.tmux.waitFor("the summary again") { $0.contains("Проверьте и отправьте") }
            try app.tmux.press("Enter")
            try app.tmux.waitFor("the acceptance") { $0.contains("принята") }
        }
    }
}
