import Foundation
import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// The call centre's searches (paged, a screen's worth at a time) and the lead's check.
struct SearchAndCheckTests {
    let context = Fixture.context()

    func client(_ id: Int64) -> Client {
        var c = Client()
        c.id = id
        c.lastName = "Клиент\(id)"
        c.mobilePhone = "79161234567"
        c.passport = Passport(seria: "4510", no: "123456")
        return c
    }

    @Test func phoneSearchAsksOnePageAndPagesOnwardAndBack() {
        var model = AppModel()
        _ = model.update(.menuChoose(.lookup), context: context)
        _ = model.update(.lookup(.nextSearchBy), context: context)
        guard case .lookup(var lookup) = model.screen else { Issue.record("expected the lookup"); return }
        #expect(lookup.searchBy == .phone)
        lookup.pageSize = 3
        model.screen = .lookup(lookup)
        _ = model.update(.lookup(.edited("+7 (916) 123-45-67")), context: context)
        let first = SearchPage(from: 0, size: 3)
        #expect(model.update(.lookup(.search), context: context) == [.searchClients(.mobilePhone("79161234567"), page: first)])
        _ = model.update(.lookup(.foundPage([client(1), client(2), client(3)], page: first)), context: context)
        #expect(model.update(.lookup(.page(forward: false)), context: context).isEmpty)
        let second = SearchPage(from: 3, size: 3)
        #expect(model.update(.lookup(.page(forward: true)), context: context) == [.searchClients(.mobilePhone("79161234567"), page: second)])
        _ = model.update(.lookup(.foundPage([client(4)], page: second)), context: context)
        guard case .lookup(let paged) = model.screen else { Issue.record("expected the lookup"); return }
        #expect(paged.clients.map(\.id) == [4] && paged.page == second && paged.phase == .results)
        // A short page is the last: PgDn asks for nothing more.
        #expect(model.update(.lookup(.page(forward: true)), context: context).isEmpty)
        #expect(model.update(.lookup(.page(forward: false)), context: context) == [.searchClients(.mobilePhone("79161234567"), page: first)])
    }

    @Test func clientsTheKeyDoesNotAskForAreNotShown() {
        var lookup = LookupScreen()
        lookup.searchBy = .phone
        lookup.pageSize = 2
        _ = lookup.update(.edited("79161234567"))
        _ = lookup.update(.search)
        var stranger = client(9)
        stranger.mobilePhone = "79990000000"
        _ = lookup.update(.foundPage([client(1), stranger], page: SearchPage(size: 2)))
        #expect(lookup.clients.map(\.id) == [1])
        // The core's page was full, so there may be more.
        #expect(lookup.update(.page(forward: true)) == [.search(.mobilePhone("79161234567"), SearchPage(from: 2, size: 2))])
    }

    @Test func anEmptyNextPageKeepsThePageShown() {
        var lookup = LookupScreen()
        lookup.searchBy = .passport
        lookup.pageSize = 2
        _ = lookup.update(.edited("4510 123456"))
        #expect(lookup.update(.search) == [.search(.passport(seria: "4510", number: "123456"), SearchPage(size: 2))])
        _ = lookup.update(.foundPage([client(1), client(2)], page: SearchPage(size: 2)))
        _ = lookup.update(.page(forward: true))
        _ = lookup.update(.foundPage([], page: SearchPage(from: 2, size: 2)))
        #expect(lookup.clients.map(\.id) == [1, 2] && lookup.page == SearchPage(size: 2))
        #expect(lookup.message == SearchPaging.lastPage)
    }

    @Test func searchInputsAreReadOrNamedAsWrong() throws {
        #expect(try SearchInput.phone("8 916 123 45 67").get() == "79161234567")
        #expect(try SearchInput.phone("9161234567").get() == "79161234567")
        if case .success = SearchInput.phone("12-34") { Issue.record("a short phone was taken") }
        if case .success = SearchInput.passport("45 10 12") { Issue.record("a short passport was taken") }
        let key = try SearchInput.nameAndBirthDate("Иванов 29.07.1987").get()
        #expect(key == .nameAndBirthDate(lastName: "Иванов", birthDate: CalendarDate(year: 1987, month: 7, day: 29)!))
        if case .success = SearchInput.nameAndBirthDate("Иванов") { Issue.record("a name without a date was taken") }
    }

    @Test func aKioskKeepsTheIDLookupOnly() {
        var model = AppModel(kiosk: true)
        // Off unless the config enables it (`[kiosk] lookup`; see KioskPrivacyTests).
        model.kioskLookup = true
        _ = model.update(.menuChoose(.lookup), context: context)
        _ = model.update(.lookup(.nextSearchBy), context: context)
        guard case .lookup(let lookup) = model.screen else { Issue.record("expected the lookup"); return }
        #expect(lookup.searchBy == .ids && !lookup.keySearch)
        #expect(model.update(.checkLead(5), context: context).isEmpty)
    }

    @Test func leadsByPhoneAreListedPagedAndOpenForEditing() {
        var model = AppModel()
        _ = model.update(.menuChoose(.openLead), context: context)
        _ = model.update(.openLeadToggle, context: context)
        guard case .openLead(var open) = model.screen else { Issue.record("expected menu 2"); return }
        open.pageSize = 2
        model.screen = .openLead(open)
        _ = model.update(.openLeadEdited("79161234567"), context: context)
        let page = SearchPage(size: 2)
        #expect(model.update(.openLeadSubmit, context: context) == [.searchLeads(.mobilePhone("79161234567"), page: page)])
        var lead = Lead()
        lead.lastName = "Петрова"
        lead.mobilePhone = "79161234567"
        let records = [LeadRecord(lead: lead, info: LeadRecordInfo(id: 31)), LeadRecord(lead: lead, info: LeadRecordInfo(id: 30))]
        _ = model.update(.leadList(.found(records, page: page)), context: context)
        guard case .leadList = model.screen else { Issue.record("expected the list, got \(model.screen)"); return }
        #expect(model.update(.leadList(.page(forward: true)), context: context)
                == [.searchLeads(.mobilePhone("79161234567"), page: page.next)])
        _ = model.update(.leadList(.found([records[1]], page: page.next)), context: context)
        _ = model.update(.leadList(.open), context: context)
        guard case .entry(let entry) = model.screen, case .edit(let id, _) = entry.mode else {
            Issue.record("expected the lead in the edit form, got \(model.screen)")
            return
        }
        #expect(id == 30 && entry.form.text("lastName") == "Петрова")
    }

    // MARK: check

    func acceptedModel(checkAfterCreate: Bool = false) throws -> AppModel {
        var model = AppModel()
        model.checkAfterCreate = checkAfterCreate
        var entry = EntryScreen(form: EntryForm(lead: try Fixture.correctedSample(), context: context))
        _ = entry.update(.submit, context: context)
        _ = entry.update(.confirm, context: context)
        model.screen = .entry(entry)
        return model
    }

    @Test func f7ChecksTheAcceptedLeadAndShowsItsStatusInWords() throws {
        var model = try acceptedModel()
        _ = model.update(.entry(.submitted(.accepted(leadId: 42, clientId: nil))), context: context)
        #expect(model.update(.checkLead(42), context: context) == [.checkLead(42)])
        #expect(model.update(.leadCheckSent(42), context: context) == [.readLeadStatus(42)])
        let report = LeadStatusReport(
            info: LeadRecordInfo(id: 42, clientId: 9, loanApplicationId: 77, currentStatus: "TECH_FAULT"),
            records: [LeadStatusRecord(status: "TECH_FAULT", info: "code: METADATA__EMPTY_REQUIRED_FIELD; message: snils")])
        _ = model.update(.leadStatusRead(42, report), context: context)
        guard case .leadStatus(let status) = model.screen else { Issue.record("expected the status"); return }
        let ru = status.lines(in: .ru).joined(separator: "\n")
        #expect(ru.contains("Статус: техническая ошибка проверки"))
        #expect(ru.contains("Клиент № 9") && ru.contains("Заявка на заём № 77"))
        #expect(ru.contains("не заполнено обязательное поле «СНИЛС»"), "\(ru)")
        #expect(!ru.contains("TECH_FAULT") && !ru.contains("METADATA"))
        #expect(status.lines(in: .en).joined().contains("the required field \"SNILS\" is empty"))
        // F5 reads again; Esc goes back to the accepted screen.
        #expect(model.update(.refreshLeadStatus, context: context) == [.readLeadStatus(42)])
        _ = model.update(.leadStatusRead(42, report), context: context)
        _ = model.update(.back, context: context)
        guard case .entry(let entry) = model.screen, case .accepted(42, _) = entry.phase else {
            Issue.record("expected the accepted screen, got \(model.screen)")
            return
        }
    }

    @Test func aSecondCheckIsSaidAsAlreadyChecked() {
        var model = AppModel()
        _ = model.update(.checkLead(42), context: context)
        #expect(model.update(.leadCheckFailed(42, LocalizedText(ru: "x", en: "x"), alreadyChecked: true), context: context)
                == [.readLeadStatus(42)])
        guard case .leadStatus(let status) = model.screen else { Issue.record("expected the status"); return }
        #expect(status.message?.ru.contains("уже проверена") == true)
        #expect(status.message?.en.contains("already been checked") == true)
    }

    @Test func unknownStatusesAreShownAsTheCoreWroteThemWithoutControlCharacters() {
        #expect(LeadStatusWords.name("APPROVED").ru == "одобрена")
        #expect(LeadStatusWords.name("SOME\u{1B}[2J_NEW").ru == "SOME[2J_NEW")
        #expect(LeadStatusWords.explain("code: NO_PASSPORT_ERROR; message: passport").ru == "в заявке нет паспорта")
        #expect(LeadStatusWords.explain("code: SOMETHING_NEW").ru == "code: SOMETHING_NEW")
    }

    @Test func checkAfterCreateSendsTheCheckWithTheAcceptance() throws {
        var model = try acceptedModel(checkAfterCreate: true)
        let effects = model.update(.entry(.submitted(.accepted(leadId: 42, clientId: nil))), context: context)
        #expect(effects.contains(.checkLead(42)))
        #expect(effects.contains(.entry(.discardDraft, draftID: model.draftID)))
        guard case .leadStatus(let status) = model.screen else { Issue.record("expected the status"); return }
        #expect(status.leadId == 42)
        _ = model.update(.back, context: context)
        guard case .entry(let entry) = model.screen, case .accepted = entry.phase else {
            Issue.record("expected the accepted screen")
            return
        }
    }
}
