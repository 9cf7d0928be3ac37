import Foundation
import LeadModel
import LeadRules
import LeadStore
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 17, points 3 and 4: accessible mode asks the lead line by line through the same
/// model, rules and profiles as the full-screen form. Each scenario is a golden transcript
/// (`Tests/LeadAppTests/Transcripts/<name>.<language>.txt`) in both languages, and every line
/// of every transcript is checked for control characters and box drawing.
struct AccessibleDialogueTests {
    static func harness(_ language: Language, kiosk: Bool = false, screen: AppModel.Screen = .menu(selected: 0),
                        submit: SubmitOutcome<LocalizedText>? = .accepted(leadId: 48213, clientId: 7001)) throws -> DialogueHarness {
        var app = try AppHarness(language: language, kiosk: kiosk, screen: screen)
        app.services = try GoldenData.services(context: app.state.context)
        app.services.submit = submit
        return DialogueHarness(app)
    }

    static func check(_ h: DialogueHarness, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Self.expectPlain(h.transcript, name, sourceLocation: sourceLocation)
        Golden.check(h.transcript, "\(name).\(h.app.state.language)", folder: "Transcripts", sourceLocation: sourceLocation)
    }

    /// No control character (an escape sequence, a bell, a carriage return) and no box drawing
    /// or other decoration the ASCII theme replaces, in any line said.
    static func expectPlain(_ lines: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (number, line) in lines.enumerated() {
            for scalar in line.unicodeScalars where scalar.properties.generalCategory == .control
                || (0x2500...0x259F).contains(scalar.value) || ASCIIGlyphs.isDecoration(scalar.value) {
                Issue.record("\(name) line \(number + 1): U+\(String(scalar.value, radix: 16, uppercase: true)) in «\(line)»",
                             sourceLocation: sourceLocation)
            }
        }
    }

    /// The first section asked field by field: a name, a choice by the start of its name, a
    /// date refused with its reason and then taken, Enter keeping a prefilled value, the field
    /// help, going back, the problem list.
    @Test(arguments: [Language.ru, .en])
    func theFormIsAskedFieldByField(_ language: Language) throws {
        var h = try Self.harness(language)
        h.answers("1", "Иванов", "Иван", "Ивановнич")
        #expect(h.question.contains(language == .ru ? "Пол" : "Sex" as String), "\(h.question)")
        h.answers(language == .ru ? "Муж" : "Ma", "31.02.1990")
        // Refused, and asked again: the reason is said in words, the typed text kept.
        #expect(h.transcript.dropLast().last?.contains("31.02.1990") == true, "\(h.transcript.suffix(3))")
        guard case .entry(let entry) = h.screen else { Issue.record("not on the form: \(String(describing: h.screen))"); return }
        #expect(entry.form.text("birthDate") == "31.02.1990")
        h.answers("29071987", "Москва", "", "?", "9057357014", "<", "", "x@", "!")
        Self.check(h, "accessible-person")
        guard case .entry(let after) = h.screen else { Issue.record("not on the form: \(String(describing: h.screen))"); return }
        #expect(after.form.text("sexId") == "101251")
        #expect(after.form.text("birthDate") == "29.07.1987")
        #expect(after.form.text("mobilePhone") == "79057357014")
    }

    /// A list asked as "add another?", its rows field by field; a numbered choice; a section
    /// by number; the review read line by line and the lead sent.
    @Test(arguments: [Language.ru, .en])
    func listsReviewAndSend(_ language: Language) throws {
        var h = try Self.harness(language)
        h.answers("1", "Иванов", "Иван", "", "1", "29071987", "", "", "9057357014")
        h.answers(">4", language == .ru ? "да" : "yes")
        #expect(h.question.contains(language == .ru ? "строка 1" : "row 1"), "\(h.question)")
        h.answers(language == .ru ? "Жена" : "Wife", "Петрова", "Анна")
        for _ in 0..<60 where !h.question.contains(language == .ru ? "Добавить ещё" : "Add another") { h.answer("") }
        #expect(h.question.contains(language == .ru ? "строк: 1" : "1 row."), "\(h.question)")
        h.answers(language == .ru ? "нет" : "no", ".")
        #expect(h.question.contains(language == .ru ? "Отправить заявку" : "Send the lead"), "\(h.question)")
        h.answer(language == .ru ? "да" : "yes")
        Self.check(h, "accessible-send")
        guard case .entry(let entry) = h.screen, case .accepted(let id, _) = entry.phase else {
            Issue.record("not accepted: \(String(describing: h.screen))"); return
        }
        #expect(id == 48213)
        let sent = h.app.effects.compactMap { effect -> Lead? in
            if case .entry(.send(let lead, _), _) = effect { return lead } else { return nil }
        }
        #expect(sent.count == 1)
        #expect(sent.first?.relatives?.first?.lastName == "Петрова")
        #expect(sent.first?.relatives?.first?.collateralRelId == 102141)
        #expect(sent.first?.mobilePhone == "79057357014")
    }

    /// Every question of the lead, in both languages: each section's fields in the form's
    /// order, each list with one row of it, each folded group opened; Enter everywhere else.
    @Test(arguments: [Language.ru, .en])
    func everyQuestionOfTheLead(_ language: Language) throws {
        var h = try Self.harness(language)
        h.answer("1")
        let ru = language == .ru
        var asked = 0
        while asked < 3000 {
            asked += 1
            let question = h.question
            if h.transcript.dropLast().last?.contains(ru ? "последнее поле заявки" : "the lead's last field") == true { break }
            if question.contains(ru ? "строк нет. Добавить?" : "no rows. Add one?") || question.contains(ru ? "свёрнуто" : "folded") {
                h.answer(ru ? "да" : "yes")
            } else if question.contains(ru ? "Добавить ещё?" : "Add another?") {
                h.answer(ru ? "нет" : "no")
            } else {
                h.answer("")
            }
        }
        #expect(asked < 3000, "the walk did not reach the lead's end: \(h.transcript.suffix(5))")
        for section in SectionID.allCases {
            let name = UIText.section(section).text(in: language)
            #expect(h.transcript.contains { $0.contains(name) }, "section \(name) never asked")
        }
        Self.check(h, "accessible-every-question")
    }

    /// The login asked as four questions, the password not echoed; a refused login said.
    @Test(arguments: [Language.ru, .en])
    func loginAndTheOtherScreens(_ language: Language) throws {
        var h = try Self.harness(language, screen: .login(LoginScreen(server: "https://core.bank.local", customerKey: "", user: "")))
        h.app.services.loginRefusal = LocalizedText(ru: "Неверный пароль", en: "Wrong password")
        h.answers("<", "", "tenant", "ivanova")
        #expect(h.dialogue.lastTurn?.secret == true)
        h.answer("secret-password")
        #expect(!h.transcript.joined().contains("secret-password"))
        #expect(h.app.effects.contains(.logIn(server: "https://core.bank.local", customerKey: "tenant", user: "ivanova",
                                              password: "secret-password")))
        // Refused: said, and the password asked again at once.
        #expect(h.transcript.contains { $0.contains(language == .ru ? "Неверный пароль" : "Wrong password") })
        #expect(h.dialogue.lastTurn?.secret == true, "\(h.transcript.suffix(3))")
        h.app.services.loginRefusal = nil
        h.answer("secret-2")
        #expect(!h.transcript.joined().contains("secret-2"))
        // The unfinished drafts come up after a login; the outbox and the open prompt, said as
        // their views draw them; Esc by its name.
        h.answers("Esc", "4", "Esc", "5", "Esc", "2", "48213")
        Self.check(h, "accessible-screens")
    }

    /// Kiosk restrictions hold in accessible mode: the menu offers the kiosk's items only, and
    /// F10 asks for the supervisor's PIN without echoing it.
    @Test(arguments: [Language.ru, .en])
    func aKioskStaysAKiosk(_ language: Language) throws {
        var h = try Self.harness(language, kiosk: true)
        #expect(!h.transcript.contains { $0.contains("Черновики") || $0.contains("Drafts") })
        h.answer("F10")
        #expect(h.dialogue.lastTurn?.secret == true, "\(h.transcript.suffix(4))")
        h.answer("1234")
        Self.check(h, "accessible-kiosk")
    }
}
