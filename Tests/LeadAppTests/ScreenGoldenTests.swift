import CoreClient
import Foundation
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Golden snapshots of every screen besides the entry form, ru and en, at 80×24 (the window
/// notice at 60×20). To record them again after a deliberate change to a screen:
///   LEADTERM_RECORD_GOLDEN=1 swift test --skip-build --filter GoldenTests
/// then read every changed file in Tests/LeadAppTests/Golden/ before committing it.
struct ScreenGoldenTests {
    static func harness(_ language: Language, kiosk: Bool = false,
                        screen: AppModel.Screen = .menu(selected: 0)) throws -> AppHarness {
        var h = try AppHarness(language: language, kiosk: kiosk, screen: screen)
        h.services = try GoldenData.services(context: h.state.context)
        return h
    }

    // MARK: login and menu

    @Test(arguments: [Language.ru, .en])
    func loginEmpty(_ language: Language) throws {
        var h = try Self.harness(language, screen: .login(LoginScreen()))
        h.expectGolden("login-empty")
    }

    @Test(arguments: [Language.ru, .en])
    func loginRefused(_ language: Language) throws {
        let refusal = CoreMessages.loginRefused(.wrongCredentials)
        var h = try Self.harness(language, screen: .login(LoginScreen(server: "https://core.bank.local",
                                                                      customerKey: "tenant", user: "ivanova")))
        h.services.loginRefusal = refusal
        h.type("secret")
        h.press(.enter)
        h.expectGolden("login-refused") {
            if case .login(let login) = $0 { return login.message == refusal && !login.busy }
            return false
        }
    }

    @Test(arguments: [Language.ru, .en])
    func menu(_ language: Language) throws {
        var h = try Self.harness(language)
        h.expectGolden("menu")
    }

    @Test(arguments: [Language.ru, .en])
    func menuKiosk(_ language: Language) throws {
        var h = try Self.harness(language, kiosk: true)
        h.expectGolden("menu-kiosk")
    }

    @Test(arguments: [Language.ru, .en])
    func supervisorPIN(_ language: Language) throws {
        var h = try Self.harness(language, kiosk: true)
        h.press(.function(10))
        h.type("12")
        h.expectGolden("supervisor") {
            if case .supervisor(let prompt) = $0 { return prompt.pin == "12" }
            return false
        }
        h.press(.enter)
        h.expectGolden("supervisor-refused") {
            if case .supervisor(let prompt) = $0 { return prompt.message != nil && !prompt.busy }
            return false
        }
    }

    // MARK: open lead, lead list, lead status

    static func openLead(_ language: Language, byPhone: Bool, typing text: String) throws -> AppHarness {
        var h = try harness(language)
        h.type("2")
        if byPhone { h.press(.tab) }
        h.type(text)
        return h
    }

    static func opened(_ screen: AppModel.Screen, byPhone: Bool, text: String) -> Bool {
        if case .openLead(let open) = screen { return open.byPhone == byPhone && open.idText == text }
        return false
    }

    @Test(arguments: [Language.ru, .en])
    func openLeadByNumber(_ language: Language) throws {
        var h = try Self.openLead(language, byPhone: false, typing: "1042")
        // A letter in the number is refused with the bell, and not shown.
        h.type("x")
        #expect(h.bells == 1)
        h.expectGolden("open-number") { Self.opened($0, byPhone: false, text: "1042") }
        // Enter: the core's lead in the edit form.
        h.press(.enter)
        h.expectGolden("entry-edit") {
            if case .edit(let id, _)? = $0.entry?.mode { return id == 1042 }
            return false
        }
    }

    @Test(arguments: [Language.ru, .en])
    func openLeadByPhone(_ language: Language) throws {
        var h = try Self.openLead(language, byPhone: true, typing: "89161234567")
        h.expectGolden("open-phone") { Self.opened($0, byPhone: true, text: "89161234567") }
    }

    @Test(arguments: [Language.ru, .en])
    func leadList(_ language: Language) throws {
        var h = try Self.openLead(language, byPhone: true, typing: "89161234567")
        h.press(.enter)
        h.expectGolden("lead-list") {
            if case .leadList(let list) = $0 { return list.leads.count == 2 }
            return false
        }
        // Enter opens the first lead for editing; F9 reads its status.
        h.press(.enter)
        h.press(.function(9))
        h.expectGolden("lead-status") {
            if case .leadStatus(let status) = $0 { return status.leadId == 1042 && !status.busy }
            return false
        }
    }

    // MARK: lookup

    @Test(arguments: [Language.ru, .en])
    func lookup(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("3")
        h.paste("5, 7")
        h.expectGolden("lookup-entering") {
            if case .lookup(let lookup) = $0 { return lookup.phase == .entering && lookup.idsText == "5, 7" }
            return false
        }
        h.press(.enter)
        h.expectGolden("lookup-results") {
            if case .lookup(let lookup) = $0 { return lookup.phase == .results && lookup.clients.count == 2 }
            return false
        }
        h.press(.enter)
        h.expectGolden("lookup-card") {
            if case .lookup(let lookup) = $0 { return lookup.phase == .card }
            return false
        }
    }

    // MARK: drafts, outbox

    @Test(arguments: [Language.ru, .en])
    func drafts(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("4")
        h.expectGolden("drafts") {
            if case .drafts(let drafts) = $0 { return drafts.drafts.count == 2 }
            return false
        }
    }

    @Test(arguments: [Language.ru, .en])
    func outboxAndItsCvcPrompt(_ language: Language) throws {
        var h = try Self.harness(language)
        h.send(.outboxStatus(pending: 2, lastError: "http.503: The core at https://core.bank.local answered HTTP 503.", needingCvc: 1))
        h.type("5")
        h.expectGolden("outbox") {
            if case .outbox(let outbox) = $0 { return outbox.rows.count == 2 && outbox.cvc == nil }
            return false
        }
        h.press(.enter)
        h.type("12")
        h.expectGolden("outbox-cvc") {
            if case .outbox(let outbox) = $0 { return outbox.cvc == "12" }
            return false
        }
    }

    // MARK: F1 on the small screens

    /// F1's box on the screen `arrived` names: the screen's name, what it is for, its keys from
    /// its bindings; the next key closes it and does nothing else.
    static func expectHelp(_ name: String, in h: inout AppHarness, sourceLocation: SourceLocation = #_sourceLocation,
                           on arrived: (AppModel.Screen) -> Bool = { _ in true }) {
        let before = h.screen
        guard arrived(before) else {
            Issue.record("\(name): not on the expected screen, but on \(before)", sourceLocation: sourceLocation)
            return
        }
        h.press(.function(1))
        #expect(h.state.model.help != nil, "\(name): F1 opened no help", sourceLocation: sourceLocation)
        h.expectGolden(name, sourceLocation: sourceLocation)
        h.press(.enter)
        #expect(h.state.model.help == nil && h.screen == before, "\(name): the key that closed F1 did something",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [Language.ru, .en])
    func menuHelp(_ language: Language) throws {
        var h = try Self.harness(language)
        Self.expectHelp("menu-help", in: &h)
    }

    @Test(arguments: [Language.ru, .en])
    func lookupCardHelp(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("3")
        h.paste("5, 7")
        h.press(.enter, .enter)
        Self.expectHelp("lookup-card-help", in: &h) {
            if case .lookup(let lookup) = $0 { return lookup.phase == .card }
            return false
        }
    }

    @Test(arguments: [Language.ru, .en])
    func outboxCvcHelp(_ language: Language) throws {
        var h = try Self.harness(language)
        h.send(.outboxStatus(pending: 2, lastError: "http.503: The core at https://core.bank.local answered HTTP 503.", needingCvc: 1))
        h.type("5")
        h.press(.enter)
        Self.expectHelp("outbox-cvc-help", in: &h) {
            if case .outbox(let outbox) = $0 { return outbox.cvcInput != nil }
            return false
        }
    }

    // MARK: a terminal too small

    @Test(arguments: [Language.ru, .en])
    func enlargeTheWindow(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("1")
        h.type("Иван")
        h.resize(columns: 60, rows: 20)
        #expect(h.lines().count == 20)
        h.expectGolden("enlarge")
        // Issue 16.7: what is typed behind the notice does not reach the hidden form while it is
        // hidden, and is not lost: it goes in, in order, once the form is in sight.
        h.type("ов")
        h.paste("а-Петрова")
        #expect(h.screen.entry?.form.text("lastName") == "Иван")
        h.resize(columns: 70, rows: 24)
        #expect(h.screen.entry?.form.text("lastName") == "Иван")
        h.resize(columns: 80, rows: 24)
        #expect(h.screen.entry?.form.text("lastName") == "Иванова-Петрова")
    }
}
