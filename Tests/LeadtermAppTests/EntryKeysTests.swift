import Foundation
import LeadApp
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// The entry screen's keys: declared once (`EntryKeys`), the legend, F1 and the boxes' titles
/// drawn from them; the focused field's editing state lives in the model.
struct EntryKeysTests {
    static func newLead(language: Language = .ru) throws -> ScreenState {
        var screen = try FormFuzzTests.freshScreen(profile: "minimal", language: language)
        _ = screen.send(.menuChoose(.newLead))
        return screen
    }

    static func entry(_ screen: ScreenState) throws -> EntryScreen {
        guard case .entry(let entry) = screen.model.screen else { throw Failure.notOnTheForm }
        return entry
    }

    enum Failure: Error { case notOnTheForm }

    static func lines(_ screen: inout ScreenState) -> [String] {
        var buffer = Buffer(size: screen.size)
        AppView.render(&screen, into: &buffer)
        return buffer.lines
    }

    /// Issue 15: the CVC shows dots from the first key, while it has focus too.
    @Test func theCvcShowsDotsWhileItIsTyped() throws {
        var screen = try Self.newLead()
        _ = screen.send(.entry(.focus("cardCvc")))
        for c in "73" { _ = screen.handle(.key(.character(c))) }
        #expect(try Self.entry(screen).form.text("cardCvc") == "73")
        let drawn = Self.lines(&screen)
        let line = try #require(drawn.first { $0.contains("CVC") }, "\(drawn.joined(separator: "\n"))")
        #expect(line.contains("••") && !line.contains("73"), "«\(line)»")
        // Left for the field above it, it stays dots.
        _ = screen.handle(.key(.backTab))
        let after = try #require(Self.lines(&screen).first { $0.contains("CVC") })
        #expect(after.contains("••") && !after.contains("73"), "«\(after)»")
    }

    @Test func typingGoesThroughTheModelsOneCopy() throws {
        var screen = try Self.newLead()
        _ = screen.send(.entry(.focus("lastName")))
        for c in "Ивнова" { _ = screen.handle(.key(.character(c))) }
        for _ in 0..<4 { _ = screen.handle(.key(.left)) }
        _ = screen.handle(.key(.character("а")))
        let entry = try Self.entry(screen)
        #expect(entry.form.text("lastName") == "Иванова")
        #expect(entry.editing?.path == "lastName")
        #expect(entry.editing?.text == "Иванова")
        guard case .text(let state)? = entry.editing?.widget else { Issue.record("no text widget"); return }
        #expect(state.cursor == 3)
        _ = screen.handle(.paste("-Петрова"))
        #expect(try Self.entry(screen).form.text("lastName") == "Ива-Петрованова")
    }

    @Test func theLegendAndF1SayWhatTheBindingsDo() throws {
        var screen = try Self.newLead()
        let entry = try Self.entry(screen)
        let keys = EntryKeys.map(for: entry, kiosk: false)
        let legend = keys.legend(in: .ru).items.map { "\($0.key) \($0.label)" }
        #expect(legend.prefix(3) == ["F1 Справка", "F2 Отправить", "F3 К ошибке"])
        #expect(legend.suffix(2) == ["Alt-1…0 Разделы", "Esc Меню"])
        #expect(EntryView.legend(for: entry, screen).items == keys.legend(in: .ru).items)
        _ = screen.handle(.key(.function(1)))
        let help = try #require(screen.model.help?.body)
        for line in keys.helpLines(in: .ru) { #expect(help.contains(line), "F1 lacks «\(line)»") }
        #expect(help.contains("Tab — Следующее поле"))
        // Any key closes the box, and does nothing else.
        _ = screen.handle(.key(.tab))
        #expect(screen.model.help == nil)
        #expect(try Self.entry(screen).form.focus == entry.form.focus)
    }

    /// F7 and F9 are an edited lead's, and never a kiosk's.
    @Test func checkAndStatusKeysFollowTheModeAndTheKiosk() throws {
        var entry = EntryScreen(form: EntryForm(), mode: .edit(id: 5, original: [:]))
        entry.phase = .editing
        let office = EntryKeys.map(for: entry, kiosk: false)
        #expect(office.action(for: .function(7)) == .app(.checkLead(5)))
        #expect(office.action(for: .function(9)) == .app(.showLeadStatus(5)))
        let kiosk = EntryKeys.map(for: entry, kiosk: true)
        #expect(kiosk.action(for: .function(7)) == nil)
        #expect(kiosk.action(for: .function(9)) == nil)
        #expect(EntryKeys.map(for: EntryScreen(), kiosk: false).action(for: .function(7)) == nil)
    }

    /// The review of an edited lead said "Enter — сохранить" above a legend saying
    /// "Enter Отправить": both are the binding's words now.
    @Test func theReviewBoxAndTheLegendNameEnterAlike() throws {
        for (language, box, word) in [(Language.ru, "Enter — сохранить, Esc — назад", "Сохранить"),
                                      (.en, "Enter: save, Esc: back", "Save")] {
            var screen = try Self.newLead(language: language)
            var entry = try Self.entry(screen)
            entry = EntryScreen(form: entry.form, mode: .edit(id: 5, original: [:]))
            entry.phase = .confirm([], warnings: [])
            screen.model.screen = .entry(entry)
            let lines = Self.lines(&screen)
            #expect(lines.contains { $0.contains(box) }, "\(lines.joined(separator: "\n"))")
            #expect(EntryView.legend(for: entry, screen).items.first == Legend.Item("Enter", word))
        }
        var screen = try Self.newLead()
        var entry = try Self.entry(screen)
        entry.phase = .confirm([], warnings: [])
        screen.model.screen = .entry(entry)
        #expect(Self.lines(&screen).contains { $0.contains("Проверьте и отправьте (Enter — отправить, Esc — назад)") })
    }
}
