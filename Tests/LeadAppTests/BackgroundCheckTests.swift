import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 18: a large lead opened by number is shown before its checks, which are made away
/// from the input loop (`AppModel.Effect.checkForm`) and taken when they come back, only if
/// the form still holds what they were made of.
struct BackgroundCheckTests {
    let context = Fixture.context()

    /// 600 relatives of 4 fields: above `FormCheck.inBackgroundAbove` values.
    static func largeLead() throws -> Lead {
        var lead = try BigLeadTests.lead(relatives: 600, extraFields: 0)
        lead.id = 4242
        // One error of its own, so the check has something to bring back besides warnings.
        lead.relatives?[7].telephone = "12"
        return lead
    }

    /// The menu → open by number → the core's answer; the effects the answer asked for.
    static func open(_ lead: Lead, in app: inout AppModel, context: FormContext) -> [AppModel.Effect] {
        _ = app.update(.menuChoose(.openLead), context: context)
        _ = app.update(.openLeadEdited(String(lead.id ?? 0)), context: context)
        _ = app.update(.openLeadSubmit, context: context)
        return app.update(.leadLoaded(LeadRecord(lead: lead, info: LeadRecordInfo(id: lead.id))), context: context)
    }

    static func entry(_ app: AppModel) -> EntryScreen? {
        if case .entry(let entry) = app.screen { return entry }
        return nil
    }

    /// What the form shows once checked: the same as checking it in line.
    func checkedInLine(_ lead: Lead) -> EntryForm {
        var form = EntryForm(lead: lead, context: context)
        form.revalidate(context: context)
        return form
    }

    @Test func aLargeLeadIsShownFirstAndItsChecksFollow() throws {
        let lead = try Self.largeLead()
        var app = AppModel()
        let effects = Self.open(lead, in: &app, context: context)
        let waiting = try #require(Self.entry(app)?.form)
        #expect(waiting.values.count > FormCheck.inBackgroundAbove)
        #expect(waiting.awaitingCheck && waiting.checks.isEmpty && waiting.leadProblems.isEmpty)
        #expect(effects == [.checkForm(waiting)])

        // The screen says so, and no section is called complete meanwhile.
        var state = ScreenState(model: app, context: context, theme: try ThemeLoader().load("default", depth: .palette256),
                                operatorName: "test")
        let before = AppView.frame(&state, size: .minimumTerminal).lines
        #expect(before.contains { $0.contains("Заявка проверяется") })
        #expect(!before.contains { $0.contains("✓") })

        // Moving on does not check the whole lead in line.
        _ = app.update(.entry(.next), context: context)
        #expect(Self.entry(app)?.form.awaitingCheck == true && Self.entry(app)?.form.leadProblems.isEmpty == true)

        let answer = FormCheck(of: waiting, context: context)
        #expect(app.update(.formChecked(answer), context: context).isEmpty)
        let checked = try #require(Self.entry(app)?.form)
        let reference = checkedInLine(lead)
        #expect(!checked.awaitingCheck)
        #expect(checked.checks == reference.checks)
        #expect(checked.leadProblems == reference.leadProblems)
        #expect(checked.status(of: "relatives[7].telephone") == .invalid)

        state.model = app
        let after = AppView.frame(&state, size: .minimumTerminal).lines
        #expect(!after.contains { $0.contains("Заявка проверяется") })
        #expect(after.contains { $0.contains("!1") }, "the relatives' error counted: \(after)")
    }

    @Test func aCheckOfValuesSinceChangedIsMadeAgain() throws {
        let lead = try Self.largeLead()
        var app = AppModel()
        let first = try #require(Self.open(lead, in: &app, context: context).first)
        guard case .checkForm(let snapshot) = first else { Issue.record("no background check: \(first)"); return }

        // Typed into before the check came back: its answer is for other values.
        _ = app.update(.entry(.edited("relatives[7].telephone", "+7 (916) 123-45-67")), context: context)
        let typed = try #require(Self.entry(app)?.form)
        #expect(typed.awaitingCheck && typed.status(of: "relatives[7].telephone") == .valid)
        let again = app.update(.formChecked(FormCheck(of: snapshot, context: context)), context: context)
        #expect(again == [.checkForm(typed)])
        #expect(Self.entry(app)?.form.awaitingCheck == true)

        _ = app.update(.formChecked(FormCheck(of: typed, context: context)), context: context)
        let checked = try #require(Self.entry(app)?.form)
        var reference = EntryForm(lead: lead, context: context)
        reference.setText("+7 (916) 123-45-67", at: "relatives[7].telephone", context: context)
        reference.revalidate(context: context)
        #expect(!checked.awaitingCheck)
        #expect(checked.leadProblems == reference.leadProblems)
        #expect(!checked.leadProblems.contains { $0.path == "relatives[7].telephone" })
    }

    @Test func submittingBeforeTheCheckComesBackChecksInLine() throws {
        let lead = try Self.largeLead()
        var app = AppModel()
        let first = try #require(Self.open(lead, in: &app, context: context).first)
        guard case .checkForm(let snapshot) = first else { Issue.record("no background check: \(first)"); return }
        _ = app.update(.entry(.submit), context: context)
        let entry = try #require(Self.entry(app))
        #expect(!entry.form.awaitingCheck)
        #expect(entry.form.leadProblems == checkedInLine(lead).leadProblems)
        guard case .problems(let listed, _) = entry.phase else {
            Issue.record("the error should be listed before sending: \(entry.phase)")
            return
        }
        #expect(listed.contains { $0.path == "relatives[7].telephone" })

        // The late answer changes nothing and asks for nothing.
        let late = app.update(.formChecked(FormCheck(of: snapshot, context: context)), context: context)
        #expect(late.isEmpty && Self.entry(app) == entry)
    }

    @Test func aSmallLeadIsCheckedAtOnce() throws {
        var lead = try Fixture.correctedSample()
        lead.id = 17
        var app = AppModel()
        let effects = Self.open(lead, in: &app, context: context)
        #expect(!effects.contains { if case .checkForm = $0 { return true } else { return false } })
        let form = try #require(Self.entry(app)?.form)
        #expect(!form.awaitingCheck)
        #expect(form.leadProblems == checkedInLine(lead).leadProblems)
    }

    @Test func aLargeDraftIsCheckedInTheBackgroundToo() throws {
        let big = EntryForm(lead: try Self.largeLead(), context: context)
        let restored = EntryForm(restoring: big.values, section: nil, context: context, checkLater: true)
        #expect(restored.awaitingCheck && restored.checks.isEmpty)
        var app = AppModel()
        let effects = app.update(.draftLoaded(id: "d1", form: restored, mode: .new), context: context)
        #expect(effects == [.checkForm(restored)])
        // Without `checkLater` (the gallery, tests) a form is checked as it is made.
        #expect(!EntryForm(restoring: big.values, section: nil, context: context).awaitingCheck)
    }
}
