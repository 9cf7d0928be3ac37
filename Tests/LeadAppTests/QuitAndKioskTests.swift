import Foundation
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 15, point 2: Esc never leaves the program; F10 (the menu's item, Ctrl-C/Ctrl-Q)
/// quits, asking first while a lead is typed or sent, a draft was left or the outbox waits.
struct QuitQuestionTests {
    let context = Fixture.context()

    func keys(_ model: inout AppModel, _ keys: [Key]) -> [AppModel.Effect] {
        keys.flatMap { model.update(.key($0), context: context) }
    }

    @Test func escOnTheMenuNeverQuitsAndSaysWhichKeyDoes() {
        var model = AppModel()
        #expect(keys(&model, [.escape, .escape]).isEmpty)
        #expect(model.running && model.screen == .menu(selected: 0) && model.quitQuestion == nil)
        #expect(model.notice == MenuKeys.quitHint)
    }

    @Test func f10QuitsAtOnceWhenNothingIsInProgress() {
        var model = AppModel()
        #expect(keys(&model, [.function(10)]) == [.quit])
        #expect(!model.running)
    }

    @Test func aDraftLeftThisSessionMakesF10AskAndEscStays() {
        var model = AppModel(ids: IDSource(seed: 3))
        _ = model.update(.menuChoose(.newLead), context: context)
        _ = model.update(.entry(.edited("lastName", "Петрова")), context: context)
        _ = keys(&model, [.escape])
        #expect(model.screen == .menu(selected: 0))
        #expect(keys(&model, [.function(10)]).isEmpty && model.running)
        let question = try? #require(model.quitQuestion)
        #expect(question?.reasons == [QuitKeys.draftsLeft(1)])
        // A stray key neither quits nor hides the question; Esc stays.
        #expect(keys(&model, [.character("x"), .tab]).isEmpty && model.quitQuestion != nil)
        #expect(keys(&model, [.escape]).isEmpty && model.running && model.quitQuestion == nil)
        // F10 F10 is the confirmed quit; the menu's item asks the same question.
        #expect(keys(&model, [.function(10), .function(10)]) == [.quit])
        #expect(!model.running)

        var byItem = AppModel(ids: IDSource(seed: 3))
        _ = byItem.update(.menuChoose(.newLead), context: context)
        _ = byItem.update(.entry(.edited("lastName", "Петрова")), context: context)
        _ = byItem.update(.back, context: context)
        #expect(byItem.update(.menuChoose(.quit), context: context).isEmpty && byItem.quitQuestion != nil)
    }

    @Test func ctrlQOnAFormBeingTypedAsksAndSavesTheDraftOnQuit() {
        var model = AppModel(ids: IDSource(seed: 3))
        _ = model.update(.menuChoose(.newLead), context: context)
        _ = model.update(.entry(.edited("lastName", "Петрова")), context: context)
        #expect(keys(&model, [.ctrl(.character("q"))]).isEmpty)
        #expect(model.quitQuestion?.reasons == [QuitKeys.typing])
        #expect(keys(&model, [.enter]) == [.saveDraft, .quit])
        #expect(!model.running)
    }

    @Test func leadsWaitingInTheOutboxMakeCtrlCAsk() {
        var model = AppModel()
        _ = model.update(.outboxStatus(pending: 2, lastError: nil), context: context)
        #expect(keys(&model, [.ctrl(.character("c"))]).isEmpty && model.running)
        #expect(model.quitQuestion?.reasons == [QuitKeys.outboxWaiting(2)])
    }

    @Test(arguments: [Language.ru, .en])
    func theQuestionIsABoxOverTheScreenWithItsKeys(_ language: Language) throws {
        var h = try AppHarness(language: language)
        h.send(.outboxStatus(pending: 1, lastError: nil))
        h.press(.function(10))
        let screen = h.lines().joined(separator: "\n")
        #expect(screen.contains(QuitKeys.title.text(in: language)), "\(screen)")
        #expect(screen.contains("Enter — ") && screen.contains("Esc — "), "\(screen)")
        #expect(h.state.model.running)
    }
}

/// Issue 15, point 10: a kiosk leaves nothing of one person for the next.
struct KioskPrivacyTests {
    let context = Fixture.context()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func leavingAKioskFormDeletesItsDraft() {
        var model = AppModel(kiosk: true, ids: IDSource(seed: 1))
        _ = model.update(.menuChoose(.newLead), context: context)
        _ = model.update(.entry(.edited("lastName", "Петрова")), context: context)
        let effects = model.update(.key(.escape), context: context)
        #expect(model.screen == .menu(selected: 0))
        #expect(effects == [.discardSessionDrafts], "\(effects)")
        #expect(model.draftID == nil && model.timers.autosave.deadline == nil)
    }

    @Test func theMenuIsWipedWhenLeftAloneAfterSomeoneUsedIt() {
        var model = AppModel(kiosk: true, ids: IDSource(seed: 1))
        model.timers = AppModel.Timers(now: t0, idleLimit: 30)
        #expect(!model.deadlines.contains { $0.what == .idle }, "an untouched menu has nothing to wipe")
        _ = model.update(.input(at: t0), context: context)
        _ = model.update(.key(.down), context: context)
        #expect(model.deadlines.first { $0.what == .idle }?.at == t0.addingTimeInterval(20))
        _ = model.update(.tick(t0.addingTimeInterval(20)), context: context)
        #expect(model.timers.idleCountdown == 10)
        #expect(model.update(.tick(t0.addingTimeInterval(30)), context: context).contains(.discardSessionDrafts))
        #expect(model.screen == .menu(selected: 0) && !model.deadlines.contains { $0.what == .idle })
    }

    @Test func anIdleLoginIsWipedToAnEmptyPasswordNotPastTheLogin() {
        var model = AppModel(screen: .login(LoginScreen(server: "https://core", customerKey: "k", user: "u")), kiosk: true)
        _ = model.update(.loginEdited(.password, "secret"), context: context)
        #expect(model.update(.wipe, context: context) == [.discardSessionDrafts])
        guard case .login(let login) = model.screen else { Issue.record("the wipe left the login: \(model.screen)"); return }
        #expect(login.password.isEmpty)
    }

    @Test func theLookupIsOffOnAKioskUnlessTheConfigEnablesIt() {
        var model = AppModel(kiosk: true)
        #expect(model.menuItems() == [.newLead])
        _ = model.update(.menuChoose(.lookup), context: context)
        _ = model.update(.key(.character("2")), context: context)
        #expect(model.screen == .menu(selected: 0))
        model.kioskLookup = true
        #expect(model.menuItems() == [.newLead, .lookup])
    }

    static func client() -> Client {
        var c = Client()
        c.id = 501
        c.lastName = "Иванов"; c.firstName = "Пётр"; c.patronymic = "Сергеевич"
        c.birthDate = CalendarDate(year: 1985, month: 3, day: 1)
        c.mobilePhone = "79161234567"
        c.email = "ivanov@example.ru"
        var passport = Passport()
        passport.seria = "4510"; passport.no = "123456"; passport.manager = "ОВД Тверского района"
        c.passport = passport
        return c
    }

    @Test(arguments: [Language.ru, .en])
    func aKioskLookupShowsOnlyInitialsAndLastFourDigits(_ language: Language) throws {
        var services = StubServices()
        services.clients = [Self.client()]
        var h = try AppHarness(language: language, kiosk: true, services: services)
        h.state.model.kioskLookup = true
        h.press(.character("2"))
        h.type("501")
        h.press(.enter)
        for phase in ["results", "card"] {
            let screen = h.lines().joined(separator: "\n")
            #expect(screen.contains("И. П. С."), "\(phase):\n\(screen)")
            #expect(screen.contains("45-67") && screen.contains("••3456") && screen.contains("••.••.1985"), "\(phase):\n\(screen)")
            for clear in ["Иванов", "Пётр", "916", "4510", "01.03", "ivanov@", "Тверского"] {
                #expect(!screen.contains(clear), "\(phase) shows «\(clear)»:\n\(screen)")
            }
            // F2 would start a lead showing the whole record in clear.
            #expect(!screen.contains("F2 "), "\(phase):\n\(screen)")
            h.press(.enter)
        }
    }
}

extension KioskPrivacyTests {
    @Test func leavingAQueuedLeadOnAKioskDeletesItsDraftToo() {
        var model = AppModel(kiosk: true, ids: IDSource(seed: 1))
        _ = model.update(.menuChoose(.newLead), context: context)
        _ = model.update(.entry(.edited("firstName", "Анна")), context: context)
        _ = model.update(.entry(.edited("mobilePhone", "79161234567")), context: context)
        _ = model.update(.entry(.submit), context: context)
        _ = model.update(.entry(.confirm), context: context)
        _ = model.update(.entry(.submitted(.queued(outboxId: 3, message: LocalizedText(ru: "ждёт", en: "waits")))), context: context)
        #expect(model.update(.back, context: context) == [.discardSessionDrafts])
        #expect(model.screen == .menu(selected: 0) && model.draftID == nil)
    }
}

extension QuitQuestionTests {
    @Test func aLeadTheCoreRefusedMakesCtrlQAsk() {
        var model = AppModel(ids: IDSource(seed: 3))
        _ = model.update(.menuChoose(.newLead), context: context)
        _ = model.update(.entry(.edited("firstName", "Анна")), context: context)
        _ = model.update(.entry(.edited("mobilePhone", "79161234567")), context: context)
        _ = model.update(.entry(.submit), context: context)
        _ = model.update(.entry(.confirm), context: context)
        let refused = LocalizedText(ru: "отказ", en: "refused")
        _ = model.update(.entry(.submitted(.rejected(outboxId: nil, message: refused))), context: context)
        #expect(keys(&model, [.ctrl(.character("q"))]).isEmpty)
        #expect(model.quitQuestion?.reasons == [QuitKeys.typing] && model.running)
    }
}
