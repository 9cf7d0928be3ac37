import Foundation
import LeadModel
import Testing

extension AppEndToEndTests {
    /// Issue 17: accessible mode (`--accessible`) on the real binary in a real terminal.
    @Suite struct Accessible {
        /// The vendor's sample lead answered question by question; the create body must equal
        /// the one the full-screen test sends, path by path.
        @Test func sampleLeadAnsweredLineByLineIsSentFieldByField() throws {
            let app = try AppSession(arguments: ["--accessible"])
            defer { app.close() }
            let d = LineDialogue(app)
            try d.waitForQuestion("Номер пункта меню")
            try app.waitForNewLeadTemplate()
            try d.answer("Номер пункта меню", "1")

            // 1. The person.
            try d.answer("Фамилия", "Иванов")
            try d.answer("Имя", "Иван")
            try d.answer("Отчество", "Ивановнич")
            try d.answer("Пол", "Муж")
            try d.answer("Дата рождения", "29071987")
            try d.answer("Место рождения", "Москва")
            try d.answer("Гражданство, выбор из списка", "")        // prefilled: Enter keeps it
            try d.answer("Мобильный телефон", "9057357014")
            try d.answer("Электронная почта", ">2")

            // 2. The passport.
            try d.answer("Серия", "1222")
            try d.answer("Номер", "125523")
            try d.answer("Дата выдачи", "11112006")
            try d.answer("Кем выдан", "УВД")
            try d.answer("Код подразделения", "989098")
            try d.answer("Действует до", "11112020")
            try d.answer("Доп. номер", ">3")

            // 3. Addresses: the residence by its FIAS triple, the registration in full.
            try d.answer("Страна", "Росс")
            try d.answer("Код ФИАС", "77523bc3-b053-456b-b99b-0a26e2e6af0c")
            try d.answer("Адрес строкой (ФИАС)", "г Москва, наб Академика Туполева, д 15 к 12")
            try d.answer("Дополнительно: свёрнуто", "нет")
            try d.answer("Страна", "Узб")
            try d.answer("Код ФИАС", "")
            try d.answer("Адрес строкой (ФИАС)", "")
            try d.answer("Почтовый индекс", "100115")
            try d.answer("Регион", "г. Ташкент")
            try d.answer("Город", "г. Ташкент")
            try d.answer("Улица", "ул. АРНАСОЙ")
            try d.answer("Дом", "8")
            try d.answer("Корпус", "")
            try d.answer("Строение", "")
            try d.answer("Квартира", "4")
            try d.answer("Дата регистрации", "15082017")
            try d.skip(until: "Доп. адреса: строк нет. Добавить?", answer: "да")
            let rows = [
                ("1", "6fe4f702-b9f1-4e0d-890a-be9963f64a21", "Московская обл, г Химки, кв-л Старбеево, кв-л Ленина, д 5, кв 14"),
                ("3", "be540338-8f26-4e74-81ed-789f9495297a", "Московская обл, г Химки, ул Зеленая, д 10, кв 35"),
            ]
            for (index, row) in rows.enumerated() {
                try d.answer("Доп. адреса, строка \(index + 1): Назначение адреса", row.0)
                try d.answer("Порядковый номер", "")
                try d.answer("Страна", "Росс")
                try d.answer("Код ФИАС", row.1)
                try d.answer("Адрес строкой (ФИАС)", row.2)
                // The row's other questions kept empty, then another row, or on to section 7.
                try d.skip(until: "Доп. адреса: строк: \(index + 1). Добавить ещё?", answer: index == rows.count - 1 ? ">7" : "да")
            }

            // 7. The loan.
            try d.answer("Кредитный продукт", "")
            try d.answer("Сумма займа", "4499")
            try d.answer("Срок займа", "12")
            try d.answer("Единица срока", "мес")
            try d.answer("Канал поступления", "интернет")
            try d.skip(until: "Код магазина", answer: "102072")
            try d.answer("Код заказа", "58")
            try d.answer("ID магазина", ">10")

            // 10. Checks and the extra fields.
            try d.answer("Телефон подтверждён", "н")
            try d.answer("IP в регионе проживания", "н")
            try d.answer("IP в регионе регистрации", "")
            try d.answer("Росфинмониторинг", "д")
            try d.answer("УФМС", "н")
            try d.answer("Scorista", "д")
            try d.skip(until: "Доп. поля: строк нет. Добавить?", answer: "да")
            for (index, field) in ExpectedSampleLead.extraFields.enumerated() {
                try d.answer("Доп. поля, строка \(index + 1): Ключ", field.0)
                try d.answer("Значение", field.1)
                try d.skip(until: "Доп. поля: строк: \(index + 1). Добавить ещё?",
                           answer: index == ExpectedSampleLead.extraFields.count - 1 ? "." : "да")
            }

            // The review, read line by line, then sent.
            try d.waitForQuestion("Отправить заявку? да или нет")
            let review = d.transcript.suffix(80)
            #expect(review.contains("Фамилия: Иванов"), "\(review.joined(separator: "\n"))")
            #expect(review.contains("Мобильный телефон: +7 (905) 735-70-14"), "\(review.joined(separator: "\n"))")
            try d.answer("Отправить заявку? да или нет", "да")
            try d.waitForQuestion("Ответ")
            let accepted = d.transcript.suffix(5).joined(separator: "\n")
            #expect(accepted.contains("Заявка №") && accepted.contains("принята"), "\(accepted)")

            let creates = try app.sim.requests().filter { $0.method == "POST" && $0.path == "/bs-core/main/leads" }
            try #require(creates.count == 1, "expected one create call, got \(creates.count)")
            var expected = try ExpectedSampleLead.tree()
            expected.set(.int(101_791), at: "subdivisionId")
            let differences = JSONDiff.differences(expected: expected, actual: try creates[0].json())
            #expect(differences.isEmpty, "create body differs from the sample lead:\n\(differences.joined(separator: "\n"))")

            try editMobilePhone(d, app, accepted: accepted, created: try creates[0].json())
            Accessible.expectPlain(d.transcript, "the accessible session")
        }

        /// The call-centre flow in this mode: the lead opened by number, the phone changed, the
        /// review says only that change, old → new, and the PUT carries exactly it.
        private func editMobilePhone(_ d: LineDialogue, _ app: AppSession, accepted: String, created: JSONValue) throws {
            let leadId = try #require(LeadEntry.number(after: "Заявка № ", in: accepted), "no lead number in: \(accepted)")
            try d.answer("Ответ", "Esc")
            try d.answer("Номер пункта меню", "2")
            try d.answer("Ответ", String(leadId))
            try d.skip(until: "Мобильный телефон", answer: "9161234567")
            try d.answer("Электронная почта", ".")
            try d.waitForQuestion("Отправить")
            let review = d.transcript.suffix(12)
            let changes = review.filter { $0.contains("→") }
            #expect(changes == ["Мобильный телефон: +7 (905) 735-70-14 → +7 (916) 123-45-67"], "\(review.joined(separator: "\n"))")
            try d.answer("Отправить", "да")
            try d.waitForQuestion("Ответ")
            #expect(d.transcript.suffix(5).contains { $0.contains("Изменения заявки № \(leadId) сохранены") },
                    "\(d.transcript.suffix(5).joined(separator: "\n"))")
            try app.expectPhoneEditSent(leadId: leadId, created: created)
        }

        /// A kiosk in accessible mode: the menu offers the kiosk's items only; a form left alone
        /// is announced once, then wiped, and the terminal's screen and scrollback are cleared
        /// with it: the next person cannot scroll back to the last one's name.
        @Test func aKioskLeftAloneForgetsThePersonInScrollbackToo() throws {
            let app = try AppSession(arguments: ["--kiosk", "--idle-seconds", "15", "--accessible"])
            defer { app.close() }
            let d = LineDialogue(app)
            try d.waitForQuestion("Номер пункта меню")
            #expect(!d.transcript.contains { $0.contains("Открыть заявку по номеру") }, "\(d.transcript)")
            try app.waitForNewLeadTemplate()
            try d.answer("Номер пункта меню", "1")
            try d.answer("Фамилия", "Петрова")
            try d.waitForQuestion("Имя")
            #expect(d.transcript.contains { $0.contains("Петрова") })
            try app.tmux.waitFor("the idle warning", seconds: 20) { $0.contains("Нет активности") }
            // The countdown goes on by the second; it is said once.
            Thread.sleep(forTimeInterval: 2.5)
            let counting = app.tmux.capture()
            #expect(counting.components(separatedBy: "Нет активности").count == 2, "the countdown is said more than once:\n\(counting)")
            let menu = try app.tmux.waitFor("the menu after the wipe", seconds: 20) {
                $0.contains("Номер пункта меню") && !$0.contains("Петрова")
            }
            #expect(menu.contains("1 — Новая заявка"))
            let history = d.transcript.joined(separator: "\n")
            #expect(!history.contains("Петрова"), "the last person's name is still in the scrollback:\n\(history)")
        }

        /// Answers from a pipe (a screen reader's own line editor, a script): every byte the
        /// app writes is a plain line — no escape sequence, no control character but the line
        /// end, no box drawing — and what it says is the dialogue, answers included.
        @Test func everyLinePrintedIsPlainText() throws {
            let leadterm = try Binaries.path("leadterm", variable: "LEADTERM_BIN")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let answers = ["1", "Иванов", "", "?", "", "Муж", "31.02.1990", "29071987", "!", "<", ">4", "да", "Жена",
                           "Петрова", ">>", ".", "1", "Esc", "5", "Esc", "4", "Esc", "6"]
            let input = folder.appendingPathComponent("answers.txt")
            try Data((answers.joined(separator: "\n") + "\n").utf8).write(to: input)
            let output = folder.appendingPathComponent("out.txt")
            let command = "exec " + [leadterm, "--demo", "--accessible", "--lang", "ru", "--data-dir", folder.path]
                .map(AppSession.quoted).joined(separator: " ") + " < " + AppSession.quoted(input.path)
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            environment["LC_ALL"] = "C.UTF-8"
            environment["HOME"] = folder.path
            environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
            let status = try ChildProcess.runAndWait(["sh", "-c", command], environment: environment, outputPath: output.path)
            let bytes = try Data(contentsOf: output)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(status == 0, "exit status \(status):\n\(text)")
            #expect(!bytes.contains(0x1B), "an escape sequence in:\n\(text)")
            let lines = text.components(separatedBy: "\n")
            Accessible.expectPlain(lines, "leadterm --accessible < answers")
            // It said the dialogue: the section, the refusal with its reason, the help, the list.
            #expect(text.contains("Раздел 1 из 10: Клиент"), "\(text)")
            #expect(text.contains("«31.02.1990» не принято: Дата рождения: нет такой даты"), "\(text)")
            #expect(text.contains("Родственники, строка 1: Фамилия"), "\(text)")
            #expect(text.contains("Ошибки заявки:"), "\(text)")
            #expect(text.contains("Очередь отправки"), "\(text)")
            // Answers from a pipe are echoed after their question, so the transcript reads in order.
            #expect(lines.contains { $0.hasPrefix("Фамилия, ") && $0.hasSuffix(": Иванов") }, "\(text)")
        }

        /// No control character (the line ends are split off already), no box-drawing, block
        /// or geometric-shape character (the full screen's rules, bars and ▾ markers).
        static func expectPlain(_ lines: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
            for (number, line) in lines.enumerated() {
                for scalar in line.unicodeScalars where scalar.properties.generalCategory == .control
                    || (0x2500...0x25FF).contains(scalar.value) {
                    Issue.record("\(name) line \(number + 1): U+\(String(scalar.value, radix: 16, uppercase: true)) in «\(line)»",
                                 sourceLocation: sourceLocation)
                }
            }
        }
    }
}
