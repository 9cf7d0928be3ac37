import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import Testing

/// A simulator on 127.0.0.1 and a real client logged into it, for one test.
struct Harness {
    let sim: RunningSimulator
    let core: HTTPCoreService

    static func start(options: SimulatorOptions = SimulatorOptions(randomSeed: 7),
                      tweak: (inout CoreConnection) -> Void = { _ in }) async throws -> Harness {
        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0, options: options)
        var connection = CoreConnection(server: sim.url, customerKey: options.customerKey,
                                        userName: options.userName, password: options.password,
                                        connectTimeout: .seconds(2), requestTimeout: .seconds(5))
        tweak(&connection)
        do {
            return Harness(sim: sim, core: try HTTPCoreService(connection: connection))
        } catch {
            await sim.stop()
            throw error
        }
    }

    func stop() async {
        await core.shutdown()
        await sim.stop()
    }

    /// Runs `body`, then stops everything even when it throws.
    static func with(options: SimulatorOptions = SimulatorOptions(randomSeed: 7),
                     tweak: (inout CoreConnection) -> Void = { _ in },
                     _ body: (Harness) async throws -> Void) async throws {
        let h = try await start(options: options, tweak: tweak)
        do {
            try await body(h)
        } catch {
            await h.stop()
            throw error
        }
        await h.stop()
    }

    /// The leads stored since the simulator started (the seed's example lead 2472 left out).
    func createdLeads() async -> [StoredLead] {
        await sim.data().leads.filter { $0.id >= DemoSeed.firstLeadId }
    }

    /// The core calls (not logins) the simulator saw.
    func calls(_ method: String? = nil, pathPrefix: String = "/bs-core/main/leads") async -> [LoggedRequest] {
        await sim.requests().filter { $0.path.hasPrefix(pathPrefix) && (method == nil || $0.method == method) }
    }
}

/// The vendor's sample with its two defects corrected (`counryId`, `periodUnit`).
func correctedSampleLead() throws -> Lead {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LeadModelTests/Fixtures/sample-lead.json")
    var tree = try WireCoding.decode(JSONValue.self, from: Data(contentsOf: url))
    let country = tree[FieldPath("addressData.counryId")]
    tree.set(nil, at: "addressData.counryId")
    tree.set(country, at: "addressData.countryId")
    tree.set(.string("MONTHS"), at: "periodUnit")
    tree.set(.int(12), at: "period")
    return try WireCoding.value(Lead.self, from: tree)
}

func minimalLead(first: String = "Пётр", phone: String = "79990001122") -> Lead {
    var lead = Lead()
    lead.firstName = first
    lead.mobilePhone = phone
    return lead
}

/// What a test expects a call to throw, by case.
/// Every service method throws `CoreError` only; anything else is recorded as a failure.
func coreError(_ body: () async throws -> Void) async -> CoreError? {
    do {
        try await body()
        return nil
    } catch let error as CoreError {
        return error
    } catch {
        Issue.record("not a CoreError: \(error)")
        return nil
    }
}
