import Foundation
import LeadRules
import Testing
@testable import LeadApp

/// The result's box and legend use the same words (both come from `ResultKeys`), and the
/// outcome is said once: in the box, not again on the message line.
struct ResultWordsTests {
    static let why = LocalizedText(ru: "Ядро недоступно", en: "The core is unreachable")

    @Test(arguments: [Language.ru, .en])
    func everyResultSaysItsOutcomeOnceAndNamesItsKeysAsTheLegendDoes(_ language: Language) throws {
        let phases: [EntryPhase] = [.accepted(leadId: 7, clientId: nil), .queued(Self.why), .failed(Self.why)]
        for phase in phases {
            var entry = EntryScreen()
            entry.phase = phase
            var h = try AppHarness(language: language, screen: .entry(entry))
            let screen = h.lines().joined(separator: "\n")
            let outcome: String
            if case .accepted = phase {
                outcome = UIText.accepted(7, client: nil).text(in: language)
            } else {
                outcome = Self.why.text(in: language)
            }
            #expect(screen.components(separatedBy: outcome).count == 2, "\(phase): said once")
            let keys = EntryKeys.map(for: entry, kiosk: false)
            for binding in keys.bindings where binding.label == "Enter" || binding.label == "Esc" {
                guard let words = binding.legend?.text(in: language) else { continue }
                #expect(screen.contains("\(binding.label) \(words)"), "\(phase): legend")
                let separator = LocalizedText(ru: " — ", en: ": ").text(in: language)
                #expect(screen.contains("\(binding.label)\(separator)\(words.lowercased())"), "\(phase): box")
            }
        }
    }
}
