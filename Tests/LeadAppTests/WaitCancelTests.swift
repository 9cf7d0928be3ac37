import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// Esc during a wait for the core: the call is cancelled, the screen comes back with what was
/// typed and says so, and an answer that still arrives changes nothing.
struct WaitCancelTests {
    let context = Fixture.context()

    @Test func escDuringALookupCancelsItAndKeepsTheIds() {
        var model = AppModel(screen: .lookup(LookupScreen()))
        _ = model.update(.lookup(.edited("100401, 100402")), context: context)
        #expect(model.update(.lookup(.search), context: context) == [.lookup(ids: [100401, 100402], preserveOrder: true)])
        #expect(model.update(.back, context: context) == [.cancelWait])
        guard case .lookup(let lookup) = model.screen else { Issue.record("left the lookup: \(model.screen)"); return }
        #expect(lookup.phase == .entering)
        #expect(lookup.idsText == "100401, 100402")
        #expect(lookup.message == AppModel.waitCancelled)

        // The answer of the cancelled call comes anyway: ignored.
        var client = Client()
        client.id = 100401
        _ = model.update(.lookup(.found([client], asked: [100401, 100402])), context: context)
        guard case .lookup(let after) = model.screen else { Issue.record("left the lookup"); return }
        #expect(after.phase == .entering && after.clients.isEmpty)
        _ = model.update(.lookup(.failed(LocalizedText(ru: "x", en: "x"))), context: context)
        guard case .lookup(let still) = model.screen else { Issue.record("left the lookup"); return }
        #expect(still.message == AppModel.waitCancelled)
    }

    @Test func escWhileOpeningALeadCancelsAndStaysWithTheNumber() {
        var model = AppModel(screen: .openLead(OpenLeadScreen()))
        _ = model.update(.openLeadEdited("363"), context: context)
        #expect(model.update(.openLeadSubmit, context: context) == [.fetchLead(363)])
        #expect(model.update(.back, context: context) == [.cancelWait])
        guard case .openLead(let open) = model.screen else { Issue.record("left the screen: \(model.screen)"); return }
        #expect(!open.busy && open.idText == "363" && open.message == AppModel.waitCancelled)

        _ = model.update(.leadLoaded(LeadRecord(lead: Lead(), info: LeadRecordInfo(id: 363))), context: context)
        guard case .openLead = model.screen else { Issue.record("a cancelled answer opened the lead"); return }
        // Not waiting: Esc goes back to the menu as before.
        #expect(model.update(.back, context: context).isEmpty)
        #expect(model.screen == .menu(selected: 0))
    }

    @Test func escDuringTheLoginCancelsItAndKeepsEveryField() {
        var model = AppModel(screen: .login(LoginScreen(server: "https://core", customerKey: "k", user: "u")))
        _ = model.update(.loginEdited(.password, "secret"), context: context)
        #expect(model.update(.loginSubmit, context: context).count == 1)
        #expect(model.update(.back, context: context) == [.cancelWait])
        guard case .login(let login) = model.screen else { Issue.record("left the login: \(model.screen)"); return }
        #expect(!login.busy && login.server == "https://core" && login.user == "u" && login.password == "secret")
        #expect(login.message == AppModel.waitCancelled)
        _ = model.update(.loginSucceeded, context: context)
        guard case .login = model.screen else { Issue.record("a cancelled login let the operator in"); return }
    }

    @Test func escWhileSendingLeavesTheLeadInTheOutboxAndALateAnswerIsShown() throws {
        var screen = EntryScreen(form: EntryForm(lead: try Fixture.correctedSample(), context: context))
        _ = screen.update(.submit, context: context)
        _ = screen.update(.confirm, context: context)
        #expect(screen.phase == .sending)
        #expect(screen.update(.cancel, context: context).isEmpty)
        #expect(screen.phase == .queued(EntryScreen.sendWaitCancelled))
        #expect(screen.update(.submitted(.accepted(leadId: 364, clientId: nil)), context: context) == [.discardDraft])
        #expect(screen.phase == .accepted(leadId: 364, clientId: nil))
    }
}
