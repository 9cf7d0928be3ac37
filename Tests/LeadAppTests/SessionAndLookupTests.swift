import Foundation
import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// Issue 13 as the operator sees it: a refused login is said and asked again without losing
/// the form, the session's subdivision is a new lead's default, the FIAS look-up fills the id.
struct SessionAndLookupTests {
    let context = Fixture.context()

    func modelWithDefaults() -> AppModel {
        var model = AppModel()
        model.loginDefaults = LoginScreen(server: "https://core.example", customerKey: "acme", user: "ivanova")
        return model
    }

    @Test func aRefusedStartLoginShowsTheLoginScreenPrefilledWithTheMessage() {
        var model = modelWithDefaults()
        let refusal = LocalizedText(ru: "Неверный логин или пароль", en: "Wrong user name or password")
        _ = model.update(.loginFailed(refusal), context: context)
        guard case .login(let login) = model.screen else {
            Issue.record("expected the login screen, got \(model.screen)")
            return
        }
        #expect(login.message == refusal)
        #expect(login.server == "https://core.example" && login.customerKey == "acme" && login.user == "ivanova")
        #expect(login.password.isEmpty && login.focus == .password)
        // With nothing interrupted, a successful login opens the menu and offers the drafts.
        _ = model.update(.loginEdited(.password, "secret"), context: context)
        let effects = model.update(.loginSubmit, context: context)
        #expect(effects == [.logIn(server: "https://core.example", customerKey: "acme", user: "ivanova", password: "secret")])
        #expect(model.update(.loginSucceeded, context: context) == [.listDrafts])
        #expect(model.screen == .menu(selected: 0))
    }

    @Test func aRefusedSessionKeepsTheHalfTypedLeadItsDraftAndFocus() {
        var model = modelWithDefaults()
        _ = model.update(.menuChoose(.newLead), context: context)
        _ = model.update(.entry(.edited("lastName", "Петрова")), context: context)
        _ = model.update(.entry(.next), context: context)
        _ = model.update(.entry(.edited("firstName", "Анна")), context: context)
        guard case .entry(let before) = model.screen else {
            Issue.record("expected the form")
            return
        }
        let draft = model.draftID
        _ = model.update(.sessionRefused(LocalizedText(ru: "Сеанс отклонён", en: "Session refused")), context: context)
        guard case .login(let login) = model.screen else {
            Issue.record("expected the login screen, got \(model.screen)")
            return
        }
        #expect(login.message?.en == "Session refused")
        #expect(login.user == "ivanova" && login.focus == .password)
        // A wrong password again: still the login screen, the form still waiting.
        _ = model.update(.loginEdited(.password, "wrong"), context: context)
        _ = model.update(.loginSubmit, context: context)
        _ = model.update(.loginFailed(LocalizedText(ru: "Неверный пароль", en: "Wrong password")), context: context)
        guard case .login(let again) = model.screen else {
            Issue.record("expected the login screen again")
            return
        }
        #expect(again.password.isEmpty && again.message?.en == "Wrong password")
        _ = model.update(.loginEdited(.password, "right"), context: context)
        _ = model.update(.loginSubmit, context: context)
        #expect(model.update(.loginSucceeded, context: context).isEmpty)
        guard case .entry(let after) = model.screen else {
            Issue.record("expected the form back, got \(model.screen)")
            return
        }
        #expect(after.form.values == before.form.values)
        #expect(after.form.focus == before.form.focus)
        #expect(after.form.text("firstName") == "Анна")
        #expect(model.draftID == draft)
    }

    @Test func aLeadRefusedWhileSendingComesBackEditable() throws {
        var model = modelWithDefaults()
        var entry = EntryScreen(form: EntryForm(lead: try Fixture.correctedSample(), context: context))
        _ = entry.update(.submit, context: context)
        _ = entry.update(.confirm, context: context)
        #expect(entry.phase == .sending)
        model.screen = .entry(entry)
        _ = model.update(.entry(.submitted(.rejected(outboxId: nil, message: LocalizedText(ru: "вход", en: "login")))), context: context)
        _ = model.update(.sessionRefused(LocalizedText(ru: "Сеанс", en: "Session")), context: context)
        // The operator types the password again and sends it; a login answer that comes to a
        // login screen not waiting for one is a cancelled wait's, and is ignored.
        _ = model.update(.loginEdited(.server, "https://core.bank.local"), context: context)
        _ = model.update(.loginEdited(.user, "operator"), context: context)
        _ = model.update(.loginEdited(.password, "secret"), context: context)
        _ = model.update(.loginSubmit, context: context)
        _ = model.update(.loginSucceeded, context: context)
        guard case .entry(let back) = model.screen else {
            Issue.record("expected the form back")
            return
        }
        #expect(back.phase == .editing)
        #expect(back.form.values == entry.form.values)
    }

    @Test func theSessionsSubdivisionIsANewLeadsDefault() {
        var model = modelWithDefaults()
        _ = model.update(.sessionIdentified(SessionInfo(userId: 7, branchId: 2, subdivisionId: 1001)), context: context)
        _ = model.update(.menuChoose(.newLead), context: context)
        guard case .entry(let entry) = model.screen else {
            Issue.record("expected the form")
            return
        }
        #expect(entry.form.text("subdivisionId") == "1001")
    }

    // MARK: FIAS

    func formOnAddressText() -> AppModel {
        var model = modelWithDefaults()
        _ = model.update(.menuChoose(.newLead), context: context)
        _ = model.update(.entry(.showSection(.addresses)), context: context)
        _ = model.update(.entry(.focus("addressData.fullAddressText")), context: context)
        _ = model.update(.entry(.edited("addressData.fullAddressText", "москва туполева 15 к 12")), context: context)
        return model
    }

    @Test func f4LooksTheAddressUpAndFillsTheFiasId() {
        var model = formOnAddressText()
        let field: FieldPath = "addressData.fullAddressText"
        let effects = model.update(.fiasLookup, context: context)
        #expect(effects == [.fiasLookup(address: "москва туполева 15 к 12", field: field)])
        // A second F4 while the first is under way sends nothing.
        #expect(model.update(.fiasLookup, context: context).isEmpty)
        _ = model.update(.fiasAnswered(field: field, address: "москва туполева 15 к 12",
                                       .found(fiasId: "77523bc3-b053-456b-b99b-0a26e2e6af0c",
                                              address: "г Москва, наб Академика Туполева, д 15 к 12")), context: context)
        guard case .entry(let entry) = model.screen else { Issue.record("expected the form"); return }
        #expect(entry.form.text("addressData.fiasId") == "77523bc3-b053-456b-b99b-0a26e2e6af0c")
        #expect(entry.form.text(field) == "г Москва, наб Академика Туполева, д 15 к 12")
        #expect(model.notice?.ru.contains("Адрес проживания") == true)
    }

    @Test func noMatchAndSeveralMatchesNameTheAddressAndLeaveTheTextAlone() {
        for answer in [FiasLookup.noMatch, .ambiguous(count: 3)] {
            var model = formOnAddressText()
            let field: FieldPath = "addressData.fullAddressText"
            _ = model.update(.fiasLookup, context: context)
            _ = model.update(.fiasAnswered(field: field, address: "москва туполева 15 к 12", answer), context: context)
            guard case .entry(let entry) = model.screen else { Issue.record("expected the form"); return }
            #expect(entry.form.text(field) == "москва туполева 15 к 12")
            #expect(entry.form.text("addressData.fiasId").isEmpty)
            #expect(model.notice?.ru.hasPrefix("Адрес проживания:") == true, "\(String(describing: model.notice))")
            #expect(model.notice?.en.hasPrefix("Residence address:") == true)
            #expect((model.notice?.ru.count ?? 99) < 79 && (model.notice?.en.count ?? 99) < 79)
        }
    }

    @Test func anUnreachableGatewayIsSaidAndTheNextF4Works() {
        var model = formOnAddressText()
        let field: FieldPath = "addressData.fullAddressText"
        _ = model.update(.fiasLookup, context: context)
        _ = model.update(.fiasFailed(field: field, LocalizedText(ru: "шлюз ФИАС недоступен", en: "the FIAS gateway is unreachable")),
                         context: context)
        #expect(model.notice?.en == "Residence address: the FIAS gateway is unreachable")
        #expect(model.update(.fiasLookup, context: context).count == 1)
    }

    @Test func f4OutsideAnAddressTextDoesNothing() {
        var model = modelWithDefaults()
        _ = model.update(.menuChoose(.newLead), context: context)
        #expect(model.update(.fiasLookup, context: context).isEmpty)
    }

    @Test func thirtyTwoHexDigitsGetTheirHyphens() {
        var model = formOnAddressText()
        _ = model.update(.entry(.edited("addressData.fiasId", "77523BC3B053456BB99B0A26E2E6AF0C")), context: context)
        guard case .entry(let entry) = model.screen else { Issue.record("expected the form"); return }
        #expect(entry.form.text("addressData.fiasId") == "77523bc3-b053-456b-b99b-0a26e2e6af0c")
        #expect(FiasAddress.hyphenated("77523bc3") == "77523bc3")
        #expect(FiasAddress.hyphenated("77523bc3b053456bb99b0a26e2e6af0z") == "77523bc3b053456bb99b0a26e2e6af0z")
    }

    @Test func additionalAddressesAreNamedByNumber() {
        #expect(FiasAddress.isAddressText("addresses[1].fullAddressText"))
        #expect(FiasAddress.isAddressText("registrationAddressData.fullAddressText"))
        #expect(!FiasAddress.isAddressText("lastName"))
        #expect(FiasAddress.idPath(besides: "addresses[1].fullAddressText") == "addresses[1].fiasId")
        #expect(FiasAddress.message(for: .noMatch, field: "addresses[1].fullAddressText")?.ru.hasPrefix("Доп. адрес 2:") == true)
    }
}
