import Foundation
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 17, point 2: the quiet screen draws in ASCII — no box-drawing or block character and
/// no other decoration a screen reader would read out or a braille display show as noise —
/// golden screens in both languages; the ASCII theme alone does the same.
struct QuietScreenTests {
    static func harness(_ language: Language, kiosk: Bool = false) throws -> AppHarness {
        var h = try AppHarness(language: language, kiosk: kiosk)
        h.services = try GoldenData.services(context: h.state.context)
        h.state.quiet = true
        return h
    }

    /// Fails on U+2500–U+259F (box drawing, blocks) and on every other decoration the ASCII
    /// theme replaces (`ASCIIGlyphs`): markers, bullets, the select's arrow, the ellipsis.
    static func expectASCIIDecoration(_ h: inout AppHarness, _ name: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        for (row, line) in h.lines().enumerated() {
            for scalar in line.unicodeScalars where (0x2500...0x259F).contains(scalar.value)
                || ASCIIGlyphs.isDecoration(scalar.value) {
                Issue.record("\(name) row \(row + 1): decoration U+\(String(scalar.value, radix: 16, uppercase: true)) «\(line)»",
                             sourceLocation: sourceLocation)
            }
        }
    }

    static func check(_ h: inout AppHarness, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectASCIIDecoration(&h, name, sourceLocation: sourceLocation)
        h.expectGolden(name, sourceLocation: sourceLocation)
    }

    @Test(arguments: [Language.ru, .en])
    func menuAndItsHelp(_ language: Language) throws {
        var h = try Self.harness(language)
        Self.check(&h, "quiet-menu")
        h.press(.function(1))
        Self.check(&h, "quiet-menu-help")
    }

    @Test(arguments: [Language.ru, .en])
    func theFormItsListAndItsProblems(_ language: Language) throws {
        var h = try Self.harness(language)
        h.type("1")
        h.type("Иванов")
        Self.check(&h, "quiet-entry")
        // The sex: a code list, opened.
        for _ in 0..<6 where h.screen.entry?.form.focus != "sexId" { h.press(.tab) }
        h.press(.function(4))
        #expect(h.screen.entry?.editing?.widget.hasOpenList == true, "F4 opened no list")
        Self.check(&h, "quiet-entry-select")
        h.press(.function(4))
        h.press(.function(2))
        Self.check(&h, "quiet-entry-problems")
    }

    @Test(arguments: [Language.ru, .en])
    func draftsAndOutbox(_ language: Language) throws {
        var h = try Self.harness(language)
        h.send(.outboxStatus(pending: 2, lastError: "http.503: The core at https://core.bank.local answered HTTP 503.", needingCvc: 1))
        h.type("4")
        Self.check(&h, "quiet-drafts")
        h.press(.escape)
        h.type("5")
        h.press(.enter)
        h.type("12")
        Self.check(&h, "quiet-outbox-cvc")
    }

    @Test func theASCIIThemeAloneDrawsNoBoxCharacters() throws {
        var h = try AppHarness(language: .ru)
        h.services = try GoldenData.services(context: h.state.context)
        h.state.theme = try ThemeLoader(environment: [:]).load("ascii")
        #expect(h.state.theme.asciiOnly && !h.state.model.quiet)
        h.type("1")
        h.press(.function(1))
        Self.expectASCIIDecoration(&h, "ascii theme, F1 over the form")
    }

    @Test func theDefaultThemeStillDrawsItsBoxes() throws {
        var h = try AppHarness(language: .ru)
        h.press(.function(1))
        #expect(h.lines().contains { $0.contains("┌") }, "the default theme keeps its box-drawing border")
    }
}
