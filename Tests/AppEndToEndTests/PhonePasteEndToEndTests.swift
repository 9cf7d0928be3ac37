import Foundation
import LeadModel
import Testing

extension AppEndToEndTests {
    /// A phone pasted from a CRM the Russian way (issue 15, point 3), through the terminal's
    /// bracketed paste as an operator's paste arrives.
    @Suite struct PhonePaste {
        /// `8 (916) 123-45-67` pasted into the mobile phone fills `+7 (916) 123-45-67`, moves on
        /// to the e-mail with nothing spilt into it, and the lead goes out with `79161234567`.
        @Test func aCrmPhonePastedIntoTheMobilePhoneIsStoredWithSeven() throws {
            let app = try AppSession()
            defer { app.close() }
            try app.waitForMenu()
            try app.waitForNewLeadTemplate()
            try app.tmux.press("1")
            try app.tmux.waitFor("the new lead form") { $0.contains("Новая заявка · Клиент") }
            try app.fill("Фамилия", "Вставкина", then: "Tab")
            try app.fill("Имя", "Анна", then: "Tab")
            for label in ["Отчество", "Пол", "Дата рождения", "Место рождения", "Гражданство"] {
                try app.press(at: label, "Tab")
            }
            try app.expectFocus("Мобильный телефон")
            try app.tmux.run(["set-buffer", "-b", "crm", "8 (916) 123-45-67"])
            // -p: in the brackets the app asked for, as a terminal pastes.
            try app.tmux.run(["paste-buffer", "-p", "-b", "crm", "-t", app.tmux.target])
            try app.expectFocus("Электронная почта")
            let screen = app.tmux.settle()
            let lines = screen.components(separatedBy: "\n")
            let phone = lines.first { $0.contains("Мобильный телефон") } ?? ""
            #expect(phone.contains("+7 (916) 123-45-67"), "phone line: \(phone)")
            // What stands after the label (the section list at the left has numbers of its own).
            let email = lines.first { $0.contains("Электронная почта") }?.components(separatedBy: "Электронная почта").last ?? ""
            #expect(!email.contains { $0.isNumber }, "the paste spilt into the e-mail: \(email)")

            try app.tmux.press("F2")
            try app.tmux.waitFor("the summary") { $0.contains("Проверьте и отправьте") }
            try app.tmux.press("Enter")
            try app.tmux.waitFor("the core to accept the lead") { $0.contains("принята") }
            let creates = try app.sim.requests().filter { $0.method == "POST" && $0.path == "/bs-core/main/leads" }
            try #require(creates.count == 1, "expected one create call, got \(creates.count)")
            let sent = try creates[0].json()
            #expect(sent.objectValue?["mobilePhone"]?.stringValue == "79161234567", "sent: \(sent)")
        }
    }
}
