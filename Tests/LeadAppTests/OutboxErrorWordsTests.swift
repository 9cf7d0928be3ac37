import CoreClient
import LeadRules
import LeadSync
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 16, point 3: an outbox error is said in the operator's words, the technical detail
/// after it; the table's column holds the words whole at 80 columns.
struct OutboxErrorWordsTests {
    static let server = "https://core.bank.local"

    /// One of each failure the client throws, as the outbox stores it.
    static let everyFailure: [CoreError] = [
        .unreachable(server: server, reason: "connection refused"),
        .timedOut(server: server, phase: .connect), .timedOut(server: server, phase: .response),
        .connectionLost(server: server), .outcomeUnknown(server: server, cause: .connectionLost),
        .tls(server: server, reason: "certificate expired"),
        .http(status: 503, server: server), .http(status: 404, server: server),
        .core(code: "NO_MOBILE_PHONE_ERROR", message: "Не заполнен мобильный телефон"),
        .core(code: nil, message: "Внутренняя ошибка"),
        .unauthorized(server: server, message: nil), .badResponse(path: "leads", reason: "not JSON"),
        .invalidConfiguration("no server"), .cancelled, .answerTooLarge(server: server, limitBytes: 32 << 20),
        .tooManyRecords(server: server, count: 600, limit: 500), .redirected(server: server, location: "http://x"),
        .unsupportedAuthMode(server: server, mode: "KERBEROS"),
    ]

    @Test(arguments: [Language.ru, .en])
    func everyStoredFailureHasWordsThatFitItsColumn(_ language: Language) {
        let stored = Self.everyFailure.map(CoreOutboxTransport.stored)
            + [CoreOutboxTransport.loginRefusedMessage, "cvc: the card CVC must be entered again before this lead is sent",
               "contested: a lead like this one is being sent right now", "checking: could not yet check whether the lead reached the core"]
        for text in stored {
            let parts = OutboxErrorWords.parts(text)
            #expect(parts.kind != nil, "no words for «\(text)»")
            let short = OutboxErrorWords.short(text).text(in: language)
            #expect(DisplayWidth.of(short) <= 16, "«\(short)» is wider than the outbox's error column")
            let full = OutboxErrorWords.full(text).text(in: language)
            #expect(full.hasSuffix(parts.detail), "the detail is not after the words: «\(full)»")
            if language == .ru {
                #expect(short.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "«\(short)» is not in Russian")
            }
        }
    }

    @Test func aRefusalCodeIsSaidByNameAndTheCoreMessageFollows() {
        let stored = CoreOutboxTransport.stored(.core(code: "NO_MOBILE_PHONE_ERROR", message: "Не заполнен мобильный телефон"))
        #expect(stored.hasPrefix("core.NO_MOBILE_PHONE_ERROR: "))
        let full = OutboxErrorWords.full(stored).ru
        #expect(full.hasPrefix("Ядро не приняло заявку: не заполнен мобильный телефон. Подробности: "), "\(full)")
        #expect(!OutboxErrorWords.short(stored).ru.contains("NO_MOBILE"))
    }

    /// A text from an older database (no kind) is shown as it is, never lost.
    @Test func aTextWithoutAKindIsShownAsItIs() {
        #expect(OutboxErrorWords.parts("HTTP 503").kind == nil)
        #expect(OutboxErrorWords.full("connection refused").ru == "connection refused")
        #expect(OutboxErrorWords.parts("note: something").kind == nil)
    }
}
