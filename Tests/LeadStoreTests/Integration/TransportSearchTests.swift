import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import LeadStore
import LeadSync
import Testing

/// The two reads the search after an unknown outcome makes, through the real client and simulator.
@Suite("CoreOutboxTransport search and read")
struct TransportSearchTests {
    @Test("find gives the core's clock from the envelope; a lead is read whole by id and matches what was sent")
    func findCarriesCoreTimeAndFetchReadsTheWholeLead() async throws {
        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0,
                                                options: SimulatorOptions(randomSeed: 5, logger: .quiet))
        let http: HTTPCoreService
        do {
            http = try HTTPCoreService(connection: CoreConnection(
                server: sim.url, customerKey: "demo", userName: "demo", password: "demo",
                connectTimeout: .seconds(2), requestTimeout: .seconds(5)), logger: .quiet)
        } catch {
            await sim.stop()
            throw error
        }
        let transport = CoreOutboxTransport(core: http)
        var sent = Leads.person("Орлова", "Анна", "Сергеевна", phone: "+7 903 111-22-33", marker: "search")
        sent.amount = 30000.5
        sent.period = 12
        sent.periodUnit = .weeks
        let before = Date()
        let result: Swift.Result<(Int64, LeadSearch, LeadRecord), OutboxSendError>
        do {
            let id = try await transport.create(sent)
            let search = try await transport.findLeads(from: before.addingTimeInterval(-5), to: Date().addingTimeInterval(5))
            result = .success((id, search, try await transport.fetchLead(id: id)))
        } catch {
            result = .failure(error)
        }
        let after = Date()
        await http.shutdown()
        await sim.stop()

        let (id, search, record) = try result.get()
        let coreTime = try #require(search.coreTime)
        // The simulator's clock is this machine's (to the millisecond).
        #expect(coreTime.timeIntervalSince(before) > -0.01)
        #expect(after.timeIntervalSince(coreTime) > -0.01)
        #expect(search.records.contains { $0.info.id == id })
        #expect(record.info.id == id)
        #expect(record.info.creationDate != nil)
        #expect(LeadContentMatch.matches(sent: sent, stored: record.lead))
        var other = sent
        other.amount = 30000
        #expect(!LeadContentMatch.matches(sent: other, stored: record.lead))
    }
}
