import Foundation
import LeadRules
import Testing
@testable import LeadApp

/// An outbox entry is named by its place in the queue, never by "№" (that is a lead's number
/// in the core), and a queued lead the core takes in the background is announced with its number.
struct OutboxNumbersTests {
    static let older = SentListing(outboxID: 2, leadID: 48170, when: "04.12 09:41", title: "")
    static let later = SentListing(outboxID: 5, leadID: 48213, when: "04.12 10:02", title: "Сидоров Пётр Ильич")

    @Test(arguments: [Language.ru, .en])
    func aBackgroundSendIsAnnouncedWithItsLeadNumber(_ language: Language) throws {
        var h = try AppHarness(language: language)
        h.send(.outboxSent([Self.older]))
        #expect(h.state.model.notice == nil, "the first reading announced old sends")
        h.send(.outboxSent([Self.later, Self.older]))
        let expected = language == .ru ? "Заявка из очереди принята ядром: № 48213 (Сидоров Пётр Ильич)"
                                       : "A queued lead was accepted by the core: #48213 (Сидоров Пётр Ильич)"
        #expect(h.lines().contains { $0.contains(expected) }, "\(h.lines())")
        h.send(.outboxSent([Self.later, Self.older]))
        #expect(h.lines().filter { $0.contains("48213") }.count == 1)
    }

    @Test func aLeadWhoseNumberTheResultShowedIsNotAnnouncedAgain() {
        var model = AppModel()
        let context = Fixture.context()
        _ = model.update(.outboxSent([Self.older]), context: context)
        _ = model.update(.entry(.submitted(.accepted(leadId: 48213, clientId: nil))), context: context)
        model.notice = nil
        _ = model.update(.outboxSent([Self.later, Self.older]), context: context)
        #expect(model.notice == nil)
        #expect(model.sentSeenUpTo == 5)
    }

    @Test(arguments: [Language.ru, .en])
    func theOutboxShowsPlacesAndTheSentHistoryWithNumbers(_ language: Language) throws {
        var h = try ScreenGoldenTests.harness(language)
        h.type("5")
        let lines = h.lines()
        #expect(!lines.contains { $0.contains("№  ") || $0.hasPrefix(" №") }, "an outbox id shown as a number")
        let place = language == .ru ? " 2      Петрова Анна Сергеевна · правка № 1042"
                                    : " 2      Петрова Анна Сергеевна · edit of #1042"
        #expect(lines.contains { $0.hasPrefix(place) }, "\(lines)")
        #expect(lines.contains { $0.contains("48213") && $0.contains("Сидоров Пётр Ильич") })
        #expect(lines.contains { $0.contains("48170") })
    }

    @Test(arguments: [Language.ru, .en])
    func aQueuedSubmitSaysItsPlaceInTheOperatorsWordsThenTheDetail(_ language: Language) {
        let text = UIText.queued(place: 2, detail: "unreachable: The core at https://core is unreachable (connection refused).").text(in: language)
        // Issue 16.3: the reason in the operator's words before the technical detail.
        #expect(text.contains(language == .ru ? "Ядро недоступно" : "The core is unreachable"), "\(text)")
        let words = language == .ru ? "заявка в очереди, место 2" : "the lead is in the outbox, place 2"
        #expect(text.contains(words))
        #expect(!text.contains("№") && !text.contains("#"))
        #expect(text.hasSuffix(language == .ru ? "Подробности: The core at https://core is unreachable (connection refused)."
                                              : "Details: The core at https://core is unreachable (connection refused)."))
    }
}
