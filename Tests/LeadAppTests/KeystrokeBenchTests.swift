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
