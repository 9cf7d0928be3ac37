import LeadModel
import TerminalUI
import Testing
@testable import LeadApp

/// The CI smoke of the keystroke benchmark (`scripts/bench-keys` prints the figures of
/// issue 15.11): the gallery's sample lead is keyed whole through the real entry screen,
/// and the keys beyond its content stay under a ceiling that catches a regression (1.26 per
/// field when written).
struct KeystrokeBenchTests {
    @Test func theGallerySampleIsKeyedWholeWithFewKeysBeyondItsContent() throws {
        let theme = try ThemeLoader(environment: [:]).load("default", depth: .palette256)
        var bench = KeystrokeBench(lead: GallerySample.lead(relatives: 2), theme: theme, language: .ru,
                                   today: AppHarness.today)
        let report = bench.run()
        #expect(report.notKeyed.isEmpty, "\(report.notKeyed)")
        #expect(report.fields >= 35)
        #expect(report.exitsNeeded <= report.extraKeys)
        #expect(report.extraPerField <= 1.3, "\(report.extraPerField): \(report.byKey)")
    }
}

/// With the heads-down setting a type-ahead left with one match is taken without its Enter:
/// the benchmark keys it that way, so the same lead costs fewer keys beyond its content.
struct KeystrokeBenchSingleMatchTests {
    @Test func takingTheOnlyMatchAtOnceSparesKeysOnTheSameLead() throws {
        let theme = try ThemeLoader(environment: [:]).load("default", depth: .palette256)
        func report(_ atOnce: Bool) -> KeystrokeBench.Report {
            var bench = KeystrokeBench(lead: GallerySample.lead(relatives: 2), theme: theme, language: .ru,
                                       today: AppHarness.today, acceptsSingleMatch: atOnce)
            return bench.run()
        }
        let withEnter = report(false), atOnce = report(true)
        #expect(atOnce.notKeyed.isEmpty, "\(atOnce.notKeyed)")
        #expect(atOnce.fields == withEnter.fields)
        #expect(atOnce.oneMatchAccepts == 0)
        #expect(withEnter.oneMatchAccepts > 0)
        #expect(atOnce.extraKeys < withEnter.extraKeys, "\(atOnce.byKey) vs \(withEnter.byKey)")
    }
}
