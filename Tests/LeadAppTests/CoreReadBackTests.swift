import CoreClient
import CoreSimulator
import Foundation
import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// What the core sends back opens on the form as the operator would expect it.
struct CoreReadBackTests {
    let context = Fixture.context()

    /// Lead 2472 as the vendor's page 747 prints it: `""`, `null` and 0 for everything not filled.
    @Test func theVendorsLeadOpensWithItsEmptyValuesAsEmptyFields() throws {
        let lead = try WireCoding.decode(Lead.self, from: Data(DemoSeed.vendorExampleLeadJSON.utf8))
        let form = EntryForm(lead: lead, context: context)
        let empty: [FieldPath] = ["patronymic", "title", "registrationNumber", "birthPlace", "inn", "snils", "email",
                                  "howYouKnowId", "passport.manager", "passport.subdivisionCode", "passport.closeDate",
                                  "cardNumber", "cardHolder", "validThruMonth", "employerTitle", "employerInn",
                                  "childrenCount", "adultChildrenCount", "dependentsCount", "meanIncome",
                                  "averageMonthlyCost", "monthlyCreditPayment", "closedCreditsCount"]
        for path in empty {
            #expect(form.text(path) == "", "\(path)")
            #expect(form.status(of: path) != .invalid, "\(path)")
        }
        #expect(form.text("firstName") == "Max")
        #expect(form.text("lastName") == "Mustermann")
        #expect(form.text("passport.no") == "078257")
        #expect(form.text("mobilePhone").filter(\.isNumber) == "77057223528")
        #expect(!form.text("amount").isEmpty && form.text("amount").filter(\.isNumber).hasPrefix("10000"))
        #expect(form.values.values.allSatisfy { $0 != "0" }, "no 0 the operator never typed")
    }

    /// The simulator's `clients/init` defaults, through the real client, reach the new lead's form.
    @Test func theTemplatesDefaultsReachTheNewLeadsForm() async throws {
        let options = SimulatorOptions(randomSeed: 3)
        let sim = try await CoreSimulator.start(host: "127.0.0.1", port: 0, options: options)
        let core = try HTTPCoreService(connection: CoreConnection(server: sim.url, customerKey: options.customerKey,
                                                                  userName: options.userName, password: options.password))
        let template: Client
        do {
            template = try await core.newClientTemplate()
        } catch {
            await core.shutdown()
            await sim.stop()
            throw error
        }
        await core.shutdown()
        await sim.stop()
        let lead = Lead(prefilledFrom: template)
        #expect(lead.birthCountryId == 101042)
        #expect(lead.naturalPerson == true)
        let form = EntryForm(lead: lead, context: context)
        #expect(form.text("birthCountryId") == "101042" || form.text("birthCountryId").contains("Росси"),
                "birthCountryId shows: \(form.text("birthCountryId"))")
    }
}
