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

    @Test("candidates: same person only, unclaimed, not made before the first send, oldest first")
    func candidates() {
        let sentAt: Int64 = 1_700_000_000_000
        let ours = Leads.person("Ёлкина", "Мария", "Петровна", phone: "+7 916 123-45-67")
        let keys = DedupKeys(of: ours)
        func record(_ id: Int64, _ lead: Lead, _ offsetMillis: Int64?) -> LeadRecord {
            LeadRecord(lead: lead, info: LeadRecordInfo(id: id, creationDate: offsetMillis.map { sentAt + $0 }))
        }
        let sameWritten = Leads.person("елкина", "МАРИЯ ", "петровна", phone: "89161234567")
        let records = [
            record(1, Leads.person("Ёлкина", "Мария", "Ивановна", phone: "79161234567"), 0),   // other patronymic
            record(2, Leads.person("Ёлкина", "Мария", "Петровна", phone: "79160000000"), 0),   // other phone
            record(3, sameWritten, 1_000),      // delivered already by another entry
            record(4, sameWritten, 40_000),
            record(5, sameWritten, 3_000),
            record(6, sameWritten, -1),         // made before our first send
            record(7, sameWritten, nil),        // no creation time: cannot be proven ours
        ]
        let found = DedupMatcher.candidates(for: keys, createdNotBefore: sentAt, among: records, excluding: [3])
        #expect(found.compactMap(\.info.id) == [5, 4])
        #expect(DedupMatcher.candidates(for: keys, createdNotBefore: sentAt, among: records, excluding: [3, 4, 5]).isEmpty)
        #expect(DedupMatcher.candidates(for: DedupKeys(of: Lead()), createdNotBefore: 0,
                                        among: [record(9, Lead(), 0)], excluding: []).isEmpty)
    }

    @Test("card numbers are masked to the last four digits")
    func masking() {
        #expect(CardDataPolicy.maskedCardNumber("4276 3800 1234 5678") == "•••• •••• •••• 5678")
        #expect(CardDataPolicy.maskedCardNumber("12") == "••••")
        #expect(!CardDataPolicy.maskedCardNumber("4276380012345678").contains("4276"))
    }
}
