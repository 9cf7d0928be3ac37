@testable import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The lead's check and statuses, and the FIAS look-up on the gateway.
@Suite struct CheckAndFiasTests {
    /// A lead with everything the simulator's check asks for.
    private func completeLead() -> Lead {
        var lead = minimalLead(first: "Глеб")
        lead.lastName = "Орлов"
        lead.patronymic = "Ильич"
        lead.birthDate = CalendarDate(iso: "1985-05-05")
        lead.snils = "11223344595"
        lead.passport = Passport(seria: "4521", no: "300400", issueDate: CalendarDate(iso: "2010-06-01"))
        lead.amount = 30000
        return lead
    }

    @Test func aCompleteLeadIsApprovedWithAClientAndAnApplication() async throws {
        try await Harness.with { h in
            let id = try await h.core.createLead(completeLead())
            let before = try await h.core.fetchLead(id: id).info
            #expect(before.currentStatus == "WAITING")
            #expect(before.clientId == nil && before.loanApplicationId == nil)
            #expect(try await h.core.leadStatuses(id: id).isEmpty)

            try await h.core.checkLead(id: id)
            let after = try await h.core.fetchLead(id: id).info
            #expect(after.currentStatus == "APPROVED")
            #expect(after.clientId == DemoSeed.firstNewClientId)
            #expect(after.loanApplicationId != nil)
            let statuses = try await h.core.leadStatuses(id: id)
            #expect(statuses.map(\.status) == ["CHECK", "APPROVED"])
            let calls = await h.calls().map { "\($0.method) \($0.path)" }
            #expect(calls.contains("POST /bs-core/main/leads/\(id)/check"))
            #expect(calls.contains("GET /bs-core/main/leads/\(id)/statuses"))
        }
    }

    @Test func theVendorSampleIsDeniedNamingTheEmptySnils() async throws {
        try await Harness.with { h in
            let id = try await h.core.createLead(try correctedSampleLead())
            try await h.core.checkLead(id: id)
            let info = try await h.core.fetchLead(id: id).info
            #expect(info.currentStatus == "DENIED")
            #expect(info.clientId == 100401, "the sample's person is a known client: linked, not made again")
            #expect(info.loanApplicationId == nil)
            let statuses = try await h.core.leadStatuses(id: id)
            #expect(statuses.contains(LeadStatusRecord(status: "DENIED", info: "code: METADATA__EMPTY_REQUIRED_FIELD; message: snils",
                                                       date: statuses.last?.date)))
        }
    }

    @Test func aLeadWithoutAPassportIsDeniedAndASecondCheckIsRefused() async throws {
        try await Harness.with { h in
            let id = try await h.core.createLead(minimalLead())
            try await h.core.checkLead(id: id)
            let infos = try await h.core.leadStatuses(id: id).compactMap(\.info)
            #expect(infos.contains("code: NO_PASSPORT_ERROR; message: passport"))
            #expect(infos.contains("code: METADATA__EMPTY_REQUIRED_FIELD; message: birthDate"))
            let again = await coreError { try await h.core.checkLead(id: id) }
            guard case .core(let code, _)? = again else { Issue.record("got \(String(describing: again))"); return }
            #expect(code == "UNEXPECTED_LEAD_STATUS_VALUE")
            #expect(try await h.core.leadStatuses(id: id).count == infos.count, "the refused check added no record")
            let unknown = await coreError { try await h.core.checkLead(id: 999) }
            guard case .core(.none, _)? = unknown else { Issue.record("got \(String(describing: unknown))"); return }
        }
    }

    // MARK: FIAS

    @Test func aFullAddressFindsItsFiasId() async throws {
        try await Harness.with { plain in
            let gateway = plain.sim.url
            try await Harness.with(tweak: { $0.gateway = gateway }) { h in
                let found = try await h.core.fiasLookup(address: "г Москва, наб Академика Туполева, д 15 к 12")
                #expect(found == .found(fiasId: "77523bc3-b053-456b-b99b-0a26e2e6af0c",
                                        address: "г Москва, наб Академика Туполева, д 15 к 12"))
                // Words in another case and order, written out in full, find the same house.
                let loose = try await h.core.fiasLookup(address: "химки улица ЗЕЛЁНАЯ дом 10")
                #expect(loose == .found(fiasId: "be540338-8f26-4e74-81ed-789f9495297a",
                                        address: "Московская обл, г Химки, ул Зеленая, д 10, кв 35"))
                let sent = await plain.sim.requests().filter { $0.path.contains("fias") }
                #expect(sent.map { "\($0.method) \($0.path)" } == ["POST /outside/fias/demo/getFiasId", "POST /outside/fias/demo/getFiasId"])
                #expect(sent.first?.headers["content-type"]?.hasPrefix("application/x-www-form-urlencoded") == true)
                #expect(sent.first?.headers["bsauth"] == nil, "the gateway gets no core session")
                let body = try #require(sent.first?.body)
                #expect(body.hasPrefix("addr="))
                #expect(body.removingPercentEncoding == "addr=г Москва, наб Академика Туполева, д 15 к 12")
                #expect(await h.sim.requests().allSatisfy { !$0.path.contains("fias") }, "not sent to the core")
            }
        }
    }

    @Test func noMatchAndSeveralMatchesAreTold() async throws {
        try await Harness.with { plain in
            let gateway = plain.sim.url
            try await Harness.with(tweak: { $0.gateway = gateway }) { h in
                let none = try await h.core.fiasLookup(address: "г Тула, ул Мира, д 1")
                let several = try await h.core.fiasLookup(address: "Ленина")
                let narrowed = try await h.core.fiasLookup(address: "Пермь Ленина 60")
                #expect(none == .noMatch)
                #expect(several == .ambiguous(count: 3))
                #expect(narrowed == .found(fiasId: "3c1f7a52-9d4e-4b8a-a6f1-5e2d0c9b7a41", address: "г Пермь, ул Ленина, д 60"))
                let empty = await coreError { _ = try await h.core.fiasLookup(address: "  ,  ") }
                guard case .core? = empty else { Issue.record("got \(String(describing: empty))"); return }
            }
        }
    }

    @Test func aGatewayThatIsDownOrMissingIsSaid() async throws {
        try await Harness.with(tweak: { $0.gateway = URL(string: "http://127.0.0.1:1") }) { h in
            let down = await coreError { _ = try await h.core.fiasLookup(address: "Ленина") }
            guard case .unreachable(let server, _)? = down else { Issue.record("got \(String(describing: down))"); return }
            #expect(server == "http://127.0.0.1:1", "the gateway is named, not the core")
        }
        try await Harness.with { h in
            let off = await coreError { _ = try await h.core.fiasLookup(address: "Ленина") }
            guard case .invalidConfiguration? = off else { Issue.record("got \(String(describing: off))"); return }
            #expect(await h.sim.requests().isEmpty)
        }
    }

    /// Page 533 is not public: the client reads the likely shapes of an answer.
    @Test func readsTheGatewaysAnswerTolerantly() throws {
        func read(_ text: String) throws -> FiasLookup { FiasAnswer.read(try WireCoding.decode(JSONValue.self, from: Data(text.utf8))) }
        #expect(try read(#"{"fias_id": "abc"}"#) == .found(fiasId: "abc", address: nil))
        #expect(try read(#"{"fias_id": ""}"#) == .noMatch)
        #expect(try read(#"{}"#) == .noMatch)
        #expect(try read(#"null"#) == .noMatch)
        #expect(try read(#"[]"#) == .noMatch)
        #expect(try read(#"[{"fias_id": "x", "address": "г Тверь"}]"#) == .found(fiasId: "x", address: "г Тверь"))
        #expect(try read(#"[{"fias_id": "x"}, {"fias_id": "y"}]"#) == .ambiguous(count: 2))
        #expect(try read(#"{"fias_id": null, "variants": [{"fiasId": "x"}, {"fiasId": "y"}, {}]}"#) == .ambiguous(count: 3))
        #expect(try read(#"{"fias_id": "a\u001b]0;x\u0007b"}"#) == .found(fiasId: "a]0;xb", address: nil))
    }

    @Test func formBodiesEscapeWhatAFormMust() {
        #expect(FormBody.encode(["addr": "д 1&2=3+4 кв"]) == "addr=%D0%B4%201%262%3D3%2B4%20%D0%BA%D0%B2")
    }
}
