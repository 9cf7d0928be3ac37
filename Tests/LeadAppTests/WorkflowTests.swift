import LeadModel
import LeadRules
import Testing
@testable import LeadApp

struct WorkflowTests {
    let context = Fixture.context()

    @Test func submitWithProblemsListsThemAndEnterJumpsToTheField() {
        var screen = EntryScreen()
        _ = screen.update(.edited("lastName", "Иванов"), context: context)
        #expect(screen.update(.submit, context: context).isEmpty)
        guard case .problems(let problems, _) = screen.phase else {
            Issue.record("expected the problem list, got \(screen.phase)")
            return
        }
        #expect(problems.contains { $0.path == "firstName" && $0.code == "required" })
        let index = problems.firstIndex { $0.path == "mobilePhone" } ?? 0
        _ = screen.update(.moveSelection(index), context: context)
        _ = screen.update(.confirm, context: context)
        #expect(screen.phase == .editing)
        #expect(screen.form.focus == problems[index].path)
    }

    @Test func cleanLeadShowsSummaryThenSendsAndOffersAFreshForm() throws {
        var screen = EntryScreen(form: EntryForm(lead: try Fixture.correctedSample(), context: context))
        _ = screen.update(.submit, context: context)
        guard case .confirm(let lines, _) = screen.phase else {
            Issue.record("expected the summary, got \(screen.phase)")
            return
        }
        #expect(lines.contains { $0.path == "lastName" && $0.new == "Иванов" })
        let effects = screen.update(.confirm, context: context)
        guard case .send(let lead, .new)? = effects.first else {
            Issue.record("expected a send, got \(effects)")
            return
        }
        #expect(lead == (try Fixture.correctedSample()))
        #expect(screen.phase == .sending)
        #expect(screen.update(.submitted(.accepted(leadId: 363, clientId: 17)), context: context) == [.discardDraft])
        #expect(screen.phase == .accepted(leadId: 363, clientId: 17))
    }

    @Test func aRefusalKeepsEverythingTyped() throws {
        var screen = EntryScreen(form: EntryForm(lead: try Fixture.correctedSample(), context: context))
        let before = screen.form.values
        _ = screen.update(.submit, context: context)
        _ = screen.update(.confirm, context: context)
        _ = screen.update(.submitted(.rejected(outboxId: nil, message: LocalizedText(ru: "Ошибка при выполнении коммита транзакции",
                                                               en: "commit failed"))), context: context)
        #expect(screen.phase == .failed(LocalizedText(ru: "Ошибка при выполнении коммита транзакции", en: "commit failed")))
        _ = screen.update(.confirm, context: context)
        #expect(screen.phase == .editing)
        #expect(screen.form.values == before)
    }

    @Test func editShowsOnlyTheChangedFieldsBeforeSaving() throws {
        let form = EntryForm(lead: try Fixture.correctedSample(), context: context)
        var screen = EntryScreen(form: form, mode: .edit(id: 362, original: form.values))
        _ = screen.update(.edited("mobilePhone", "79161234567"), context: context)
        _ = screen.update(.submit, context: context)
        guard case .confirm(let lines, _) = screen.phase else {
            Issue.record("expected the changes, got \(screen.phase)")
            return
        }
        #expect(lines == [ReviewLine(path: "mobilePhone", old: "79057357014", new: "79161234567")])
        guard case .send(let lead, .edit(let id, _))? = screen.update(.confirm, context: context).first else {
            Issue.record("expected a PUT")
            return
        }
        #expect(id == 362 && lead.mobilePhone == "79161234567")
    }

    @Test func cardDataIsMaskedOnTheSummary() {
        #expect(EntryScreen.reviewText("cardNumber", "4276380012345678") == "••••••••••••5678")
        #expect(EntryScreen.reviewText("cardCvc", "737") == "•••")
    }

    @Test func lookupKeepsOrderNamesMissingIdsAndStartsAPrefilledLead() {
        var lookup = LookupScreen()
        _ = lookup.update(.edited("30, 7,x"))
        #expect(lookup.update(.search).isEmpty)
        #expect(lookup.message?.en.contains("\"x\"") == true)
        _ = lookup.update(.edited("30, 7, 99"))
        #expect(lookup.update(.search) == [.lookup(ids: [30, 7, 99], preserveOrder: true)])
        var a = Client(); a.id = 30; a.lastName = "Смирнова"; a.firstName = "Ольга"; a.mobilePhone = "79161112233"
        var b = Client(); b.id = 7; b.lastName = "Ким"
        _ = lookup.update(.found([a, b], asked: [30, 7, 99]))
        #expect(lookup.notFound == [99])
        _ = lookup.update(.open)
        #expect(lookup.phase == .card)
        guard case .startLead(let lead)? = lookup.update(.startLead).first else {
            Issue.record("expected a prefilled lead")
            return
        }
        #expect(lead.lastName == "Смирнова" && lead.mobilePhone == "79161112233" && lead.amount == nil)
    }

    @Test func openLeadByIDLoadsItIntoTheEditForm() throws {
        var app = AppModel()
        _ = app.update(.menuChoose(.openLead), context: context)
        _ = app.update(.openLeadEdited("abc"), context: context)
        #expect(app.update(.openLeadSubmit, context: context).isEmpty)
        _ = app.update(.openLeadEdited("362"), context: context)
        #expect(app.update(.openLeadSubmit, context: context) == [.fetchLead(362)])
        var lead = try Fixture.correctedSample()
        lead.id = 362
        _ = app.update(.leadLoaded(LeadRecord(lead: lead, info: LeadRecordInfo(id: 362))), context: context)
        guard case .entry(let entry) = app.screen, case .edit(let id, _) = entry.mode else {
            Issue.record("expected the edit form")
            return
        }
        #expect(id == 362 && entry.form.text("lastName") == "Иванов")
    }

    @Test func kioskMenuOffersNoWayOut() {
        let app = AppModel(kiosk: true)
        #expect(!app.menuItems().contains(.quit))
    }
}

struct TemplateTimingTests {
    @Test func aTemplateArrivingAfterTheFormOpenedFillsOnlyWhatIsEmpty() {
        let context = Fixture.context()
        var app = AppModel()
        _ = app.update(.menuChoose(.newLead), context: context)
        _ = app.update(.entry(.edited("naturalPerson", "нет")), context: context)
        var template = Lead()
        template.birthCountryId = 101042
        template.naturalPerson = true
        _ = app.update(.templateLoaded(template), context: context)
        guard case .entry(let entry) = app.screen else {
            Issue.record("expected the form")
            return
        }
        #expect(entry.form.text("birthCountryId") == "101042")
        #expect(entry.form.text("naturalPerson") == "нет") // typed by the operator: kept
    }
}
