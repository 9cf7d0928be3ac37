import Foundation
import LeadModel
import Testing

extension AppEndToEndTests {
    /// The FIAS look-up, the call-centre search and the lead's check, on the real binaries.
    @Suite struct CallCentre {
        /// F4 in the residence address's full-address field: words FIAS does not know are
        /// said and kept; the vendor sample's address in words fills the FIAS id and takes
        /// the gateway's spelling.
        @Test func f4FillsTheFiasIdOrSaysThereIsNoSuchAddress() throws {
            let app = try AppSession(config: "gateway = \"{sim}\"\n")
            defer { app.close() }
            try app.waitForMenu()
            try app.tmux.press("1")
            try app.tmux.waitFor("the new lead form") { $0.contains("Новая заявка · Клиент") }
            try app.tmux.press("M-3")
            try app.press(at: "Страна", "Tab")
            try app.press(at: "Код ФИАС", "Tab")
            try app.fill("Адрес строкой (ФИАС)", "Нигдевск Небывалая 1")
            try app.tmux.waitFor("the F4 key in the legend") { $0.contains("F4 Код ФИАС") }
            try app.tmux.press("F4")
            let none = try app.tmux.waitFor("no such address") { $0.contains("такого адреса нет в ФИАС") }
            #expect(none.contains("Адрес проживания: такого адреса нет в ФИАС — проверьте написание"), "\(none)")
            #expect(none.contains("Нигдевск Небывалая 1"), "the typed words are gone:\n\(none)")

            for _ in 0..<"Нигдевск Небывалая 1".count { try app.tmux.press("BSpace") }
            try app.tmux.type("москва туполева 15 к 12")
            try app.tmux.press("F4")
            let found = try app.tmux.waitFor("the FIAS id filled") {
                $0.contains("77523bc3-b053-456b-b99b-0a26e2e6af0c") && $0.contains("наб Академика Туполева")
            }
            let idLine = found.components(separatedBy: "\n").first { $0.contains("Код ФИАС") && !$0.contains("Адрес проживания:") } ?? ""
            #expect(idLine.contains("77523bc3-b053-456b-b99b-0a26e2e6af0c"), "the id is not in its field:\n\(found)")
            let calls = try app.sim.requests().filter { $0.path == "/outside/fias/demo/getFiasId" }
            #expect(calls.count == 2, "gateway calls: \(calls.map(\.path))")
        }

        /// Menu 3, Tab to the phone: 40 clients share one phone; the first page is what fits
        /// the pane, PgDn fetches the rest, never more than a page asked at once.
        @Test func searchByPhoneShowsASecondPage() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-e2e-search-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("sim.json").path
            // The simulator writes its demo data to the file; 40 clients with one phone are added.
            let seeding = try SimulatorProcess(arguments: ["--data", file])
            seeding.stop()
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            var tree = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            var clients = try #require(tree["clients"] as? [[String: Any]])
            let template = try #require(clients.first)
            for n in 0..<40 {
                var c = template
                c["id"] = 900_000 + n
                c["lastName"] = "Однофамилец\(n)"
                c["mobilePhone"] = "79990001111"
                clients.append(c)
            }
            tree["clients"] = clients
            try JSONSerialization.data(withJSONObject: tree).write(to: URL(fileURLWithPath: file))

            let app = try AppSession(simulatorArguments: ["--data", file])
            defer { app.close() }
            try app.waitForMenu()
            try app.tmux.press("3")
            try app.tmux.waitFor("the search kinds") { $0.contains("Искать по (Tab):") }
            try app.tmux.press("Tab")
            try app.tmux.waitFor("the phone prompt") { $0.contains("Мобильный телефон:") }
            try app.tmux.type("+7 999 000-11-11")
            try app.tmux.press("Enter")
            let first = try app.tmux.waitFor("the first page") { $0.contains("стр. 1 ·") }
            #expect(first.contains("+7 999 000-11-11"), "the phone is not formatted:\n\(first)")
            let shownFirst = first.components(separatedBy: "\n").filter { $0.contains("Однофамилец") }.count
            #expect(shownFirst > 10 && shownFirst < 40, "rows on the first page: \(shownFirst)")
            try app.tmux.press("NPage")
            let second = try app.tmux.waitFor("the second page") { $0.contains("стр. 2 ·") }
            let shownSecond = second.components(separatedBy: "\n").filter { $0.contains("Однофамилец") }.count
            #expect(shownSecond == 40 - shownFirst, "rows on the second page: \(shownSecond)")
            #expect(second.contains("стр. 2 · \(shownFirst + 1)–40"), "\(second)")
            let searches = try app.sim.requests().filter { $0.path == "/bs-core/main/clients/partial-load" }
            #expect(searches.count == 2)
            for call in searches {
                let body = try call.json()
                let from = Self.int(body["countFrom"]) ?? -1, to = Self.int(body["countTo"]) ?? -1
                #expect(to - from == shownFirst, "a page asked \(from)..<\(to), the screen holds \(shownFirst)")
            }
            try app.tmux.press("NPage")
            try app.tmux.waitFor("the last page said") { $0.contains("Это последняя страница") || $0.contains("стр. 2 ·") }
        }

        /// A lead accepted, F7: the status screen says in words what the check decided and why;
        /// F7 again is "already checked".
        @Test func checkAndStatusAfterACreate() throws {
            let app = try AppSession()
            defer { app.close() }
            try app.waitForMenu()
            try app.tmux.press("1")
            try app.tmux.waitFor("the new lead form") { $0.contains("Новая заявка · Клиент") }
            try app.keyMinimalLead(lastName: "Проверкина", firstName: "Вера", phone: "79161230000")
            try app.tmux.press("F2")
            try app.tmux.waitFor("the summary") { $0.contains("Проверьте и отправьте") }
            try app.tmux.press("Enter")
            let accepted = try app.tmux.waitFor("the acceptance") { $0.contains("принята") && $0.contains("F7") }
            #expect(accepted.contains("F7 Проверка"), "F7 is not in the legend:\n\(accepted)")
            try app.tmux.press("F7")
            let status = try app.tmux.waitFor("the status after the check") {
                $0.contains("проверка и статус") && $0.contains("Статус: отказ")
            }
            #expect(status.contains("в заявке нет паспорта"), "\(status)")
            #expect(status.contains("не заполнено обязательное поле «СНИЛС»"), "\(status)")
            #expect(status.contains("Клиент №"), "the client the check made is not shown:\n\(status)")
            #expect(!status.contains("NO_PASSPORT_ERROR") && !status.contains("DENIED"), "a raw code is shown:\n\(status)")
            try app.tmux.press("F7")
            try app.tmux.waitFor("already checked") { $0.contains("уже проверена") }
            try app.tmux.press("Escape")
            try app.tmux.waitFor("back on the acceptance") { $0.contains("принята") }
        }

        static func int(_ value: JSONValue?) -> Int? {
            switch value {
            case .int(let n)?: return Int(n)
            case .double(let d)?: return Int(d)
            default: return nil
            }
        }
    }
}
