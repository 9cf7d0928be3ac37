import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// The real client against the real simulator over loopback, one endpoint at a time.
@Suite struct EndpointTests {
    @Test func createsTheCorrectedSampleAndReadsItBack() async throws {
        try await Harness.with { h in
            let sample = try correctedSampleLead()
            let id = try await h.core.createLead(sample)
            #expect(id == DemoSeed.firstLeadId)

            let record = try await h.core.fetchLead(id: id)
            #expect(record.lead.lastName == "Иванов")
            #expect(record.lead.addressData?.countryId == 101042)
            #expect(record.lead.periodUnit == .months)
            #expect(record.info.id == id)
            #expect(record.info.currentStatus == "WAITING")
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            #expect(abs((record.info.creationDate ?? 0) - now) < 60_000)

            // The wire: exactly the WireCoding bytes, with the session token and JSON type.
            let posts = await h.calls("POST")
            #expect(posts.count == 1)
            #expect(posts.first?.body == String(decoding: try WireCoding.encode(sample), as: UTF8.self))
            #expect(posts.first?.headers["content-type"]?.hasPrefix("application/json") == true)
            #expect(posts.first?.headers["bsauth"]?.isEmpty == false)
            let logins = await h.calls(pathPrefix: "/bs-core/main/login")
            #expect(logins.count == 1)
            #expect(logins.first?.headers["customer-key"] == "demo")
            #expect(logins.first?.body == #"{"password":"***","userName":"demo"}"#)
        }
    }

    @Test func updatesALead() async throws {
        try await Harness.with { h in
            let id = try await h.core.createLead(minimalLead())
            var changed = minimalLead(first: "Павел")
            changed.amount = 15000
            let answer = try await h.core.updateLead(id: id, changed)
            #expect(answer == id)
            let record = try await h.core.fetchLead(id: id)
            #expect(record.lead.firstName == "Павел")
            #expect(record.lead.amount == 15000)
            let puts = await h.calls("PUT")
            #expect(puts.map(\.path) == ["/bs-core/main/leads/\(id)"])
        }
    }

    @Test func updatingAnUnknownLeadGivesTheCoresMessage() async throws {
        try await Harness.with { h in
            let error = await coreError { _ = try await h.core.updateLead(id: 1, minimalLead()) }
            guard case .core(_, let message)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(message.contains("не найден"))
        }
    }

    @Test func looksClientsUpInTheOrderAsked() async throws {
        try await Harness.with { h in
            let kept = try await h.core.clients(ids: [100405, 100401, 999, 100403], preserveOrder: true)
            #expect(kept.map(\.id) == [100405, 100401, 100403])
            #expect(kept.first?.fullName == "Васильев Сергей Петрович")
            #expect(kept.first?.passport?.subdivisionCode == "780-012")
            let sorted = try await h.core.clients(ids: [100405, 100401, 100403], preserveOrder: false)
            #expect(sorted.map(\.id) == [100401, 100403, 100405])
            let calls = await h.calls(pathPrefix: "/bs-core/main/clients")
            #expect(calls.map(\.path) == ["/bs-core/main/clients/find/100405,100401,999,100403",
                                          "/bs-core/main/clients/find/100405,100401,100403"])
            #expect(calls.map(\.query) == ["preserveOrder=true", "preserveOrder=false"])
        }
    }

    @Test func newClientTemplateHasNoId() async throws {
        try await Harness.with { h in
            let template = try await h.core.newClientTemplate()
            #expect(template.id == nil)
            #expect(template.naturalPerson == true)
            #expect(await h.calls(pathPrefix: "/bs-core/main/clients").map(\.path) == ["/bs-core/main/clients/init"])
        }
    }

    @Test func findsLeadsByCreationTime() async throws {
        try await Harness.with { h in
            let first = try await h.core.createLead(minimalLead())
            let second = try await h.core.createLead(minimalLead(first: "Олег"))
            let now = Date()
            let found = try await h.core.findLeads(from: now.addingTimeInterval(-60), to: now.addingTimeInterval(60))
            #expect(Set(found.compactMap(\.info.id)) == [first, second])
            #expect(found.allSatisfy { $0.lead.mobilePhone == "79990001122" })
            let past = try await h.core.findLeads(from: now.addingTimeInterval(-7200), to: now.addingTimeInterval(-3600))
            #expect(past.isEmpty)

            let path = try #require(await h.calls("GET", pathPrefix: "/bs-core/main/leads/find").first?.path)
            let stamp = CoreDateTime.format(now.addingTimeInterval(-60), in: TimeZone(identifier: "UTC") ?? .current)
            #expect(path.hasPrefix("/bs-core/main/leads/find/date-from/\(stamp)/date-to/"))
        }
    }

    @Test func readsTheDictionaries() async throws {
        try await Harness.with { h in
            let countries = try await h.core.countries()
            #expect(countries.count >= 40)
            #expect(countries.first(where: { $0.id == 101042 })?.name == "Россия")
            let products = try await h.core.creditProducts()
            #expect(Set(products.map(\.id)) == [101339, 1013310, 1013311, 1013312])
        }
    }

    @Test func pathOverridesAreUsedOnTheWire() async throws {
        // The simulator serves the defaults, so an override that points elsewhere must fail
        // with the status of the path it really called.
        try await Harness.with(tweak: { c in
            c.paths = (try? CorePaths(overrides: ["countries": "/gateway/countries"])) ?? .default
        }) { h in
            let error = await coreError { _ = try await h.core.countries() }
            #expect(error == .http(status: 404, server: h.sim.url.absoluteString))
        }
    }
}
