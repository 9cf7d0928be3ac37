import Foundation
import LeadModel
import Testing
@testable import LeadStore

/// The search after an unknown outcome adopts a lead only when it is this entry's: same
/// content, made after the first send, owned by no other entry, not possibly the answer of a
/// send still in flight.
@Suite("Adoption by content after an unknown outcome")
struct ContentAdoptionTests {
    /// How two consecutive submits for the same client differ.
    enum Variant: String, CaseIterable, Sendable {
        case amountOnly, extraFieldsOnly, identical
    }

    /// What the core does with the two creates.
    static let scripts: [[FakeCore.CreateStep]] = [
        [.fail(.outcomeUnknown("HTTP 500")), .commitThenDrop],
        [.commitThenDrop, .fail(.outcomeUnknown("HTTP 500"))],
        [.commitThenDrop, .commitThenDrop],
        [.fail(.outcomeUnknown("connection reset")), .fail(.outcomeUnknown("connection reset"))],
    ]

    static func pair(_ variant: Variant) -> (Lead, Lead) {
        var a = Leads.person("Иванов", "Иван", "Иванович", phone: "+7 916 1000001", marker: "same")
        a.period = 30
        a.periodUnit = .days
        var b = a
        switch variant {
        case .amountOnly: b.amount = 15000.5
        case .extraFieldsOnly: b.extraFields?.append(ExtraField(key: "loanApplication.purpose", value: "ремонт"))
        case .identical: break
        }
        return (a, b)
    }

    @Test("two submits for the same client, each reaches the core exactly once, each entry owns its own lead",
          arguments: Variant.allCases, 0..<4)
    func twoSubmitsSameClient(variant: Variant, script: Int) async throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let clock = TestClock()
        let core = FakeCore(clock: clock, creates: Self.scripts[script])
        let outbox = OutboxStore(database: try folder.open())
        let processor = OutboxProcessor(store: outbox, transport: core, configuration: .init(random: { 0.5 }),
                                        clock: { clock.now }, logger: .quiet)
        let (a, b) = Self.pair(variant)
        _ = try await processor.submit(a, kind: .create, draftId: nil)
        clock.advance(0.2)
        _ = try await processor.submit(b, kind: .create, draftId: nil)
        for _ in 0..<10 where try outbox.status().waiting > 0 {
            if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
            try await processor.drainOnce()
        }

        let stored = await core.stored
        #expect(stored.count == 2)
        #expect(await core.createCalls == 2 + Self.scripts[script].filter { $0 != .commitThenDrop }.count)
        let owned = try outbox.entries().compactMap { entry -> Int64? in
            if case .sent(let leadId, _) = entry.state { return leadId }
            return nil
        }
        #expect(owned.count == 2)
        #expect(Set(owned).count == 2, "two entries own one lead: the other is lost")
        // Each entry owns the lead with its own content (identical ones are interchangeable).
        let byId = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0.lead) })
        for (leadId, sent) in zip(owned, [a, b]) {
            #expect(byId[leadId]?.amount == sent.amount)
            #expect(byId[leadId]?.extraFields == sent.extraFields)
        }
    }

    @Test("a same-content lead still in flight is not adopted: the search waits for its answer")
    func inFlightTwinIsNotStolen() async throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let clock = TestClock()
        let core = FakeCore(clock: clock, creates: [.fail(.outcomeUnknown("connection reset"))])
        let outbox = OutboxStore(database: try folder.open())
        let processor = OutboxProcessor(store: outbox, transport: core, configuration: .init(random: { 0.5 }),
                                        clock: { clock.now }, logger: .quiet)
        let lead = Leads.person("Иванов", "Иван", "Иванович", phone: "+7 916 1000001", marker: "twin")
        guard case .queued(let first, _) = try await processor.submit(lead, kind: .create, draftId: nil) else {
            Issue.record("expected queued"); return
        }
        // The operator submits the same application again (e.g. from another terminal on the
        // same outbox); its POST has been stored by the core, its answer is still on the way.
        clock.advance(0.5)
        let second = try outbox.enqueueClaimed(lead, kind: .create, draftId: nil,
                                               leaseUntil: clock.now.addingTimeInterval(120), now: clock.now)
        try outbox.markAttempt(second.id, now: clock.now)
        let secondsLead = await core.seed(lead, at: clock.now)

        if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
        let report = try await processor.drainOnce()
        #expect(report.adopted == 0)
        #expect(report.waiting == 1)
        #expect(try outbox.entry(first)?.state == .outcomeUnknown)
        #expect(try outbox.status().lastError == OutboxProcessor.contestedMessage)
        #expect(await core.createCalls == 1)

        // The answer arrives: the twin owns its lead; the first entry's lead was never stored.
        try outbox.markSent(second.id, leadId: secondsLead, clientId: nil)
        if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
        #expect(try await processor.drainOnce().delivered == 1)
        #expect(await core.stored.count == 2)
        guard case .sent(let firstsLead, _) = try #require(try outbox.entry(first)).state else {
            Issue.record("not sent"); return
        }
        #expect(firstsLead != secondsLead)
    }

    @Test("the time rule is on the core's clock: own lead adopted, an earlier identical one not",
          arguments: [-300.0, 0, 300])
    func timeRuleOnTheCoresClock(skew: TimeInterval) async throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let clock = TestClock()
        let core = FakeCore(clock: clock, creates: [.commitThenDrop, .fail(.outcomeUnknown("connection reset"))],
                            skew: skew)
        let outbox = OutboxStore(database: try folder.open())
        let processor = OutboxProcessor(store: outbox, transport: core, configuration: .init(random: { 0.5 }),
                                        clock: { clock.now }, logger: .quiet)
        let ours = Leads.person("Петрова", "Мария", nil, phone: "89160000002", marker: "ours")
        guard case .queued(let committed, _) = try await processor.submit(ours, kind: .create, draftId: nil) else {
            Issue.record("expected queued"); return
        }
        // Another terminal keyed the very same application 30 s before this one was sent.
        let earlier = Leads.person("Петрова", "Мария", nil, phone: "89160000002", marker: "theirs")
        let theirs = await core.seed(earlier, at: clock.now.addingTimeInterval(skew + 10))
        clock.advance(40)
        guard case .queued(let lost, _) = try await processor.submit(earlier, kind: .create, draftId: nil) else {
            Issue.record("expected queued"); return
        }
        for _ in 0..<4 where try outbox.status().waiting > 0 {
            if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
            try await processor.drainOnce()
        }
        let stored = await core.stored
        #expect(try outbox.entry(committed)?.state == .sent(leadId: stored[0].id, clientId: nil))
        guard case .sent(let reposted, _) = try #require(try outbox.entry(lost)).state else {
            Issue.record("not sent"); return
        }
        #expect(reposted != theirs)
        #expect(stored.count == 3)
        #expect(await core.createCalls == 3)
    }

    @Test("when a candidate cannot be read whole, nothing is posted and nothing adopted")
    func unreadableCandidateWaits() async throws {
        let folder = try TempDataFolder()
        defer { folder.cleanUp() }
        let clock = TestClock()
        let core = FakeCore(clock: clock, creates: [.commitThenDrop])
        let outbox = OutboxStore(database: try folder.open())
        let processor = OutboxProcessor(store: outbox, transport: core, configuration: .init(random: { 0.5 }),
                                        clock: { clock.now }, logger: .quiet)
        await core.scriptFetches([.retryable("core unreachable")])
        let lead = Leads.person("Сидоров", "Пётр", "Иванович", phone: "79160000003")
        guard case .queued(let id, _) = try await processor.submit(lead, kind: .create, draftId: nil) else {
            Issue.record("expected queued"); return
        }
        if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
        #expect(try await processor.drainOnce().waiting == 1)
        #expect(try outbox.entry(id)?.state == .outcomeUnknown)
        #expect(try outbox.status().lastError?.contains("could not yet read lead") == true)
        if let next = try outbox.nextDueDate(), next > clock.now { clock.set(next) }
        #expect(try await processor.drainOnce().adopted == 1)
        #expect(await core.createCalls == 1)
        #expect(await core.fetchCalls == 2)
    }
}

@Suite("Lead content comparison")
struct LeadContentMatchTests {
    static func tree(_ json: String) throws -> JSONValue {
        try WireCoding.decode(JSONValue.self, from: Data(json.utf8))
    }

    static func agrees(_ sent: String, _ stored: String) throws -> Bool {
        LeadContentMatch.agrees(try tree(sent), try tree(stored), key: nil)
    }

    @Test("money compares as a number; fields the app did not send are ignored")
    func normalisation() throws {
        #expect(try Self.agrees(#"{"amount": 30000}"#, #"{"amount": "30000.00", "clientId": 7, "currentStatus": "CHECK"}"#))
        #expect(try Self.agrees(#"{"amount": 30000.5}"#, #"{"amount": 30000.50}"#))
        #expect(try !Self.agrees(#"{"amount": 30000}"#, #"{"amount": 30000.01}"#))
        #expect(try !Self.agrees(#"{"amount": 30000}"#, #"{"amount": "тридцать"}"#))
        #expect(try Self.agrees(#"{"amount": 30000, "email": null, "title": " "}"#, #"{"amount": 30000, "title": "ООО"}"#))
        #expect(try Self.agrees(#"{"periodUnit": "MONTHS"}"#, #"{"periodUnit": "months"}"#))
        #expect(try Self.agrees(#"{"birthDate": "1990-05-01"}"#, #"{"birthDate": "1990-05-01T00:00:00"}"#))
        #expect(try !Self.agrees(#"{"birthDate": "1990-05-01"}"#, #"{"birthDate": "1990-05-02"}"#))
        #expect(try Self.agrees(#"{"naturalPerson": true}"#, #"{"naturalPerson": "true"}"#))
        #expect(try Self.agrees(#"{"relatives": [{"mobilePhone": "8 (916) 000-00-01"}]}"#,
                                #"{"relatives": [{"mobilePhone": "79160000001", "id": 4}]}"#))
    }

    @Test("a field the core leaves out is no evidence; one it returns differently is a mismatch")
    func absentAndDifferent() throws {
        #expect(try Self.agrees(#"{"amount": 30000, "ipAddress": "10.0.0.1"}"#, #"{"amount": 30000}"#))
        #expect(try !Self.agrees(#"{"creditProductId": 101}"#, #"{"creditProductId": 102}"#))
        #expect(try !Self.agrees(#"{"channel": "CALL_CENTER"}"#, #"{"channel": "SITE"}"#))
        #expect(try !Self.agrees(#"{"passport": {"no": "123456"}}"#, #"{"passport": {"no": "123457"}}"#))
        #expect(try !Self.agrees(#"{"passport": {"seria": "0500"}}"#, #"{"passport": {"seria": "500"}}"#))
    }

    @Test("lists: same length, items paired in any order, with keys the core added")
    func lists() throws {
        let sent = #"{"extraFields": [{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]}"#
        #expect(try Self.agrees(sent, #"{"extraFields": [{"id": 9, "key": "b", "value": "2"}, {"id": 8, "key": "a", "value": "1"}]}"#))
        #expect(try !Self.agrees(sent, #"{"extraFields": [{"key": "a", "value": "1"}]}"#))
        #expect(try !Self.agrees(sent, #"{"extraFields": [{"key": "a", "value": "1"}, {"key": "b", "value": "3"}]}"#))
        #expect(try !Self.agrees(sent, #"{"extraFields": [{"key": "a", "value": "1"}, {"key": "a", "value": "1"}]}"#))
    }

    @Test("the CVC never takes part; the person must be the same")
    func cvcAndPerson() {
        var sent = Leads.person("Иванов", "Иван", "Иванович", phone: "+7 916 1000001", cvc: "123")
        var stored = sent
        stored.cardCvc = nil
        stored.mobilePhone = "89161000001"
        #expect(LeadContentMatch.matches(sent: sent, stored: stored))
        stored.cardCvc = "999"
        #expect(LeadContentMatch.matches(sent: sent, stored: stored))
        stored.patronymic = "Петрович"
        #expect(!LeadContentMatch.matches(sent: sent, stored: stored))
        sent.cardNumber = "4276380012349999"
        stored = sent
        stored.cardNumber = "4276380012345678"
        #expect(!LeadContentMatch.matches(sent: sent, stored: stored))
    }
}
