import Foundation
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 15, points 4 and 9 on the form: code lists take their choice with Tab, a single
/// match may be taken at once; Ins adds a row after the one focus is in, Del asks before it
/// deletes a row holding data, and Alt-Backspace brings the last deleted row back.
struct CodeListAndRowKeysTests {
    let context = Fixture.context()

    func keys(_ model: inout AppModel, _ keys: [Key], context: FormContext? = nil) -> [AppModel.Effect] {
        keys.flatMap { model.update(.key($0), context: context ?? self.context) }
    }

    func entry(_ model: AppModel) -> EntryScreen? {
        if case .entry(let entry) = model.screen { return entry }
        return nil
    }

    func newForm(focus: FieldPath, context: FormContext? = nil) -> AppModel {
        var model = AppModel(ids: IDSource(seed: 5))
        _ = model.update(.menuChoose(.newLead), context: context ?? self.context)
        _ = model.update(.entry(.focus(focus)), context: context ?? self.context)
        return model
    }

    @Test func tabOnAnOpenCodeListTakesTheHighlightedChoice() throws {
        var model = newForm(focus: "sexId")
        _ = keys(&model, [.character("ж")])
        #expect(entry(model)?.editing?.widget.hasOpenList == true)
        _ = keys(&model, [.tab])
        let form = try #require(entry(model)?.form)
        #expect(!form.text("sexId").isEmpty, "Tab dropped the visible choice")
        #expect(form.focus != "sexId", "Tab took the choice but did not move on")
        // Tab on a closed list still just moves on.
        var closed = newForm(focus: "sexId")
        _ = keys(&closed, [.tab])
        #expect(entry(closed)?.form.text("sexId").isEmpty == true && entry(closed)?.form.focus != "sexId")
    }

    @Test func aTypeAheadWithOneMatchIsTakenAtOnceWhenTheContextSaysSo() throws {
        var quick = context
        quick.acceptsSingleMatch = true
        var model = newForm(focus: "sexId", context: quick)
        // "ж" is in both "Женский" and "Мужской"; "же" only in one.
        _ = keys(&model, [.character("ж")], context: quick)
        #expect(entry(model)?.form.text("sexId").isEmpty == true)
        _ = keys(&model, [.character("е")], context: quick)
        let form = try #require(entry(model)?.form)
        #expect(!form.text("sexId").isEmpty && form.focus != "sexId", "one match left and nothing taken")

        var plain = newForm(focus: "sexId")
        _ = keys(&plain, [.character("ж"), .character("е")])
        #expect(entry(plain)?.form.text("sexId").isEmpty == true)
    }

    /// Two relatives, focus in the first one's field.
    func twoRelatives() -> AppModel {
        var model = newForm(focus: "relatives")
        _ = model.update(.entry(.showSection(.relatives)), context: context)
        _ = keys(&model, [.insert])
        _ = model.update(.entry(.edited("relatives[0].lastName", "Петрова")), context: context)
        _ = keys(&model, [.function(6)])
        _ = model.update(.entry(.edited("relatives[1].lastName", "Сидоров")), context: context)
        _ = model.update(.entry(.focus("relatives[0].lastName")), context: context)
        return model
    }

    @Test func insInsideARowAddsARowAfterIt() throws {
        var model = twoRelatives()
        _ = keys(&model, [.insert])
        let form = try #require(entry(model)?.form)
        #expect(form.rowCount("relatives") == 3)
        #expect(form.text("relatives[0].lastName") == "Петрова")
        #expect(form.text("relatives[1].lastName").isEmpty, "the new row is not after the focused one")
        #expect(form.text("relatives[2].lastName") == "Сидоров")
        #expect(form.focus?.hasPrefix("relatives[1]") == true && form.selectedRow["relatives"] == 1)
    }

    @Test func delAsksBeforeDeletingARowWithDataAndAltBackspaceUndoes() throws {
        var model = twoRelatives()
        _ = model.update(.entry(.focus("relatives")), context: context)
        _ = model.update(.entry(.selectRow(0, in: "relatives")), context: context)
        _ = keys(&model, [.delete])
        var screen = try #require(entry(model))
        #expect(screen.rowDeleteAsked == "relatives" && screen.form.rowCount("relatives") == 2, "Del deleted without asking")
        // Esc keeps the row; any other key does nothing while asked.
        _ = keys(&model, [.character("x"), .escape])
        screen = try #require(entry(model))
        #expect(screen.rowDeleteAsked == nil && screen.form.rowCount("relatives") == 2)
        #expect(screen.form.text("relatives[0].lastName") == "Петрова")

        _ = keys(&model, [.delete, .enter])
        screen = try #require(entry(model))
        #expect(screen.form.rowCount("relatives") == 1 && screen.form.text("relatives[0].lastName") == "Сидоров")
        let legend = EntryKeys.map(for: screen, kiosk: false).legend(in: .ru).items.map { "\($0.key) \($0.label)" }
        #expect(legend.contains("Alt-⌫ Вернуть"), "\(legend)")
        #expect(EntryKeys.map(for: screen, kiosk: false).helpLines(in: .en).contains("Alt-⌫ — Bring back the deleted row (Alt-Backspace)"))

        _ = keys(&model, [.alt(.backspace)])
        screen = try #require(entry(model))
        #expect(screen.form.rowCount("relatives") == 2)
        #expect(screen.form.text("relatives[0].lastName") == "Петрова" && screen.form.text("relatives[1].lastName") == "Сидоров")
        #expect(screen.lastDeletedRow == nil)
    }

    @Test func anEmptyRowGoesWithoutAQuestion() throws {
        var model = newForm(focus: "relatives")
        _ = model.update(.entry(.showSection(.relatives)), context: context)
        _ = keys(&model, [.insert])
        _ = model.update(.entry(.focus("relatives")), context: context)
        _ = keys(&model, [.delete])
        let screen = try #require(entry(model))
        #expect(screen.rowDeleteAsked == nil && screen.form.rowCount("relatives") == 0)
    }

    @Test(arguments: [Language.ru, .en])
    func theQuestionIsOnTheMessageLine(_ language: Language) throws {
        var h = try AppHarness(language: language)
        h.press(.character("1"))
        h.send(.entry(.showSection(.relatives)))
        h.press(.insert)
        h.send(.entry(.edited("relatives[0].lastName", "Петрова")))
        h.send(.entry(.focus("relatives")))
        h.press(.delete)
        let screen = h.lines().joined(separator: "\n")
        #expect(screen.contains(EntryKeys.deleteQuestionText(row: 1).text(in: language)), "\(screen)")
    }
}
