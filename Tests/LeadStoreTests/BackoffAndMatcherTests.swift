import Foundation
import LeadModel
import Testing
@testable import LeadStore

@Suite("Backoff and lead matching")
struct BackoffAndMatcherTests {
    @Test("backoff doubles from 2 s up to the 5 min cap, jittered within the upper half")
    func backoff() {
        let b = Backoff(base: 2, cap: 300)
        #expect((1...10).map { b.ceiling(afterAttempt: $0) } == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300])
        #expect(b.ceiling(afterAttempt: 10_000) == 300)
        #expect(b.delay(afterAttempt: 1, unitRandom: 0) == 1)
        #expect(b.delay(afterAttempt: 1, unitRandom: 0.999_999) < 2)
        #expect(b.delay(afterAttempt: 3, unitRandom: 0.5) == 6)
        #expect(b.delay(afterAttempt: 50, unitRandom: 1) == 300)
        #expect(b.delay(afterAttempt: 50, unitRandom: 0) == 150)
    }

    @Test("phones and names are compared after normalization")
    func normalization() {
        #expect(DedupMatcher.normalizedPhone("8 (916) 123-45-67") == "79161234567")
        #expect(DedupMatcher.normalizedPhone("+7 916 1234567") == "79161234567")
        #expect(DedupMatcher.normalizedPhone("9161234567") == "79161234567")
        #expect(DedupMatcher.normalizedName("  Пётр   Ёлкин ") == "петр елкин")
        #expect(DedupMatcher.normalizedName(nil) == DedupMatcher.normalizedName(""))
    }

    @Test("the best match skips other names, delivered ids, and prefers the closest creation time")
    func bestMatch() {
        let sentAt = Date(timeIntervalSince1970: 1_700_000_000)
        let ours = Leads.person("Ёлкина", "Мария", "Петровна", phone: "+7 916 123-45-67")
        let keys = DedupKeys(of: ours)
        func record(_ id: Int64, _ lead: Lead, _ offset: TimeInterval) -> LeadRecord {
            LeadRecord(lead: lead, info: LeadRecordInfo(id: id, creationDate: Int64((sentAt.timeIntervalSince1970 + offset) * 1000)))
        }
        let sameWritten = Leads.person("елкина", "МАРИЯ ", "петровна", phone: "89161234567")
        let records = [
            record(1, Leads.person("Ёлкина", "Мария", "Ивановна", phone: "79161234567"), 0),   // other patronymic
            record(2, Leads.person("Ёлкина", "Мария", "Петровна", phone: "79160000000"), 0),   // other phone
            record(3, sameWritten, 1),      // ours, delivered already by another entry
            record(4, sameWritten, 40),
            record(5, sameWritten, 3),
        ]
        #expect(DedupMatcher.bestMatch(for: keys, sentAt: sentAt, among: records, excluding: [3])?.info.id == 5)
        #expect(DedupMatcher.bestMatch(for: keys, sentAt: sentAt, among: records, excluding: [3, 4, 5]) == nil)
        #expect(DedupMatcher.bestMatch(for: DedupKeys(of: Lead()), sentAt: sentAt,
                                       among: [record(9, Lead(), 0)], excluding: []) == nil)
    }

    @Test("card numbers are masked to the last four digits")
    func masking() {
        #expect(CardDataPolicy.maskedCardNumber("4276 3800 1234 5678") == "•••• •••• •••• 5678")
        #expect(CardDataPolicy.maskedCardNumber("12") == "••••")
        #expect(!CardDataPolicy.maskedCardNumber("4276380012345678").contains("4276"))
    }
}
