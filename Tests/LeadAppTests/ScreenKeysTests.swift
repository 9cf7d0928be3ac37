import Foundation
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// The small screens take their keys as `update(.key)`: the bindings decide, the legend is
/// drawn from the same bindings, and the one-line inputs (text and cursor) are model state.
struct ScreenKeysTests {
    let context = Fixture.context()

    func keys(_ model: inout AppModel, _ keys: [Key]) -> [AppModel.Effect] {
        keys.flatMap { model.update(.key($0), context: context) }
    }

    @Test func typingIntoTheLeadNumberKeepsTheCursorInTheModel() {
        var model = AppModel()
        _ = keys(&model, [.character("2")])
        guard case .openLead = model.screen else { Issue.record("expected menu 2, got \(model.screen)"); return }
        _ = keys(&model, [.character("1"), .character("2"), .left, .character("3")])
        guard case .openLead(let open) = model.screen else { Issue.record("expected menu 2"); return }
        #expect(open.idText == "132")
        // A letter in a lead number is refused with the bell; the text stays.
        #expect(keys(&model, [.character("x")]) == [.bell])
        model.pageRows = 7
        #expect(keys(&model, [.enter]) == [.fetchLead(132)])
    }

    @Test func aPhoneSearchTakesThePageSizeFromTheModel() {
        var model = AppModel()
        model.pageRows = 5
        _ = model.update(.menuChoose(.openLead), context: context)
        _ = keys(&model, [.tab])
        _ = model.update(.paste("+7 916 123-45-67"), context: context)
        #expect(keys(&model, [.enter]) == [.searchLeads(.mobilePhone("79161234567"), page: SearchPage(size: 5))])
    }

    @Test func theKioskMenuOffersTheSupervisorAndSwallowsTheQuitKeys() {
        var kiosk = AppModel(kiosk: true, supervisorPINConfigured: true)
        let legend = MenuKeys.map(items: kiosk.menuItems().count, kiosk: true).legend(in: .ru).items.map { "\($0.key) \($0.label)" }
        #expect(legend.contains("F10 Супервизор") && !legend.contains("F10 Выход"), "\(legend)")
        #expect(keys(&kiosk, [.escape, .ctrl(.character("c")), .ctrl(.character("q"))]).isEmpty)
        #expect(kiosk.running && kiosk.screen == .menu(selected: 0))
        _ = keys(&kiosk, [.function(10)])
        guard case .supervisor = kiosk.screen else { Issue.record("expected the PIN prompt, got \(kiosk.screen)"); return }
        _ = keys(&kiosk, "2468".map(Key.character))
        // Enter asks the runtime for the time; the submit comes back with it.
        #expect(keys(&kiosk, [.enter]) == [.readClock(.supervisorSubmit)])
        let now = Date(timeIntervalSince1970: 1_000)
        #expect(kiosk.update(ClockRequest.supervisorSubmit.event(at: now), context: context) == [.checkSupervisorPIN("2468")])

        var office = AppModel()
        #expect(keys(&office, [.ctrl(.character("q"))]) == [.quit])
        #expect(!office.running)
    }

    @Test func aWaitingScreenListsOnlyEsc() {
        var open = OpenLeadScreen()
        open.busy = true
        let legend = OpenLeadKeys.map(open, kiosk: false).legend(in: .en).items.map(\.key)
        #expect(legend == ["Esc"])
        var model = AppModel(screen: .openLead(open))
        #expect(keys(&model, [.enter, .character("1")]).isEmpty)
        #expect(keys(&model, [.escape]) == [.cancelWait])
    }

    @Test func theLoginTypesIntoTheFocusedFieldAndAKioskCannotQuitFromIt() {
        var model = AppModel(screen: .login(LoginScreen(server: "https://core", customerKey: "k", user: "u")), kiosk: true)
        _ = keys(&model, "pw".map(Key.character))
        guard case .login(let login) = model.screen else { Issue.record("expected the login"); return }
        #expect(login.password == "pw" && login.focus == .password)
        #expect(keys(&model, [.function(10), .escape]).isEmpty && model.running)
        let legend = LoginKeys.map(login, kiosk: true).legend(in: .en).items.map(\.key)
        #expect(!legend.contains("F10"), "\(legend)")
    }

    @Test func theCvcIsTypedIntoTheOutboxModel() {
        let row = OutboxRow(id: 7, title: "", editingLeadID: nil, attempts: 1, needsCvc: true, lastError: nil)
        var model = AppModel(screen: .outbox(OutboxScreen(rows: [row])))
        _ = keys(&model, [.enter, .character("1"), .character("2"), .character("3")])
        guard case .outbox(let outbox) = model.screen else { Issue.record("expected the outbox"); return }
        #expect(outbox.cvc == "123")
        #expect(OutboxKeys.map(outbox, kiosk: false).legend(in: .en).items.map(\.label) == ["Help", "Take CVC", "Cancel"])
        #expect(keys(&model, [.enter]) == [.outbox(.supplyCvc("123", outboxID: 7))])
    }

    /// F1 on every screen besides the form: its name over the box, then every key its legend
    /// is drawn from, kiosk or not; the next key only closes the box.
    @Test(arguments: [false, true])
    func f1OnEverySmallScreenListsItsOwnKeys(kiosk: Bool) {
        let status = LeadStatusScreen(leadId: 1042, busy: false)
        let screens: [(AppModel.Screen, title: String, keys: [String])] = [
            (.menu(selected: 0), "Заявки",
             MenuKeys.map(items: AppModel(kiosk: kiosk).menuItems().count, kiosk: kiosk).helpLines(in: .ru)),
            (.openLead(OpenLeadScreen()), UIText.menu(.openLead, kiosk: kiosk).ru,
             OpenLeadKeys.map(OpenLeadScreen(), kiosk: kiosk).helpLines(in: .ru)),
            (.leadList(LeadListScreen(key: .mobilePhone("79161234567"), page: SearchPage(size: 5))), "Заявки клиента",
             LeadListKeys.map(kiosk: kiosk).helpLines(in: .ru)),
            (.leadStatus(status), "Заявка № 1042: проверка и статус", LeadStatusKeys.map(kiosk: kiosk).helpLines(in: .ru)),
            (.lookup(LookupScreen(keySearch: !kiosk)), LookupKeys.title(LookupScreen(keySearch: !kiosk)).ru,
             LookupKeys.map(LookupScreen(keySearch: !kiosk), kiosk: kiosk).helpLines(in: .ru)),
            (.drafts(DraftsScreen(drafts: [])), UIText.menu(.drafts).ru, DraftsKeys.map(kiosk: kiosk).helpLines(in: .ru)),
            (.outbox(OutboxScreen(rows: [])), UIText.menu(.outbox).ru,
             OutboxKeys.map(OutboxScreen(rows: []), kiosk: kiosk).helpLines(in: .ru)),
            (.login(LoginScreen()), "Вход в ядро", LoginKeys.map(LoginScreen(), kiosk: kiosk).helpLines(in: .ru)),
            (.supervisor(SupervisorScreen()), "Выход из киоска",
             SupervisorKeys.map(SupervisorScreen(), kiosk: kiosk).helpLines(in: .ru)),
        ]
        for (screen, title, lines) in screens {
            var model = AppModel(screen: screen, kiosk: kiosk, supervisorPINConfigured: kiosk)
            #expect(keys(&model, [.function(1)]).isEmpty)
            guard let help = model.help else { Issue.record("F1 opened nothing on \(screen)"); continue }
            #expect(help.title == title)
            #expect(lines.contains("F1 — Справка по экрану и его клавишам"), "\(screen): F1 is not among its keys")
            for line in lines { #expect(help.body.contains(line), "\(screen): F1 lacks «\(line)»") }
            _ = keys(&model, [.escape])
            #expect(model.help == nil && model.screen == screen, "\(screen): the key that closed F1 did something")
        }
    }
}
