import Foundation
import LeadModel

/// A simulator data file holding one very large lead (thousands of relatives and extra
/// fields, within the default limits): opening it is the heaviest work the app does.
enum BigLeadData {
    static let leadId: Int64 = 888001

    /// The app against a simulator whose data file holds the big lead, the lead's number
    /// typed at the open-by-number prompt and Enter not yet pressed. Remove `dataFile`
    /// and close `app` after.
    static func sessionAtItsNumber(relatives: Int, extraFields: Int, badPhoneAt: Int? = nil) throws -> (app: AppSession, dataFile: URL) {
        let dataFile = try writeFile(relatives: relatives, extraFields: extraFields, badPhoneAt: badPhoneAt)
        let app: AppSession
        do { app = try AppSession(simulatorArguments: ["--data", dataFile.path]) } catch {
            try? FileManager.default.removeItem(at: dataFile)
            throw error
        }
        do {
            try app.waitForMenu()
            try app.tmux.press("2")
            _ = try app.tmux.waitFor("the lead number prompt") { $0.contains("Номер заявки:") }
            try app.tmux.type(String(leadId))
        } catch {
            app.close()
            try? FileManager.default.removeItem(at: dataFile)
            throw error
        }
        return (app, dataFile)
    }

    /// `badPhoneAt`: that relative's phone is too short (one error for the check to find).
    static func writeFile(relatives: Int, extraFields: Int, badPhoneAt: Int? = nil) throws -> URL {
        let sim = try SimulatorProcess()
        defer { sim.stop() }
        var data = try sim.data()
        let clientId = data["clients"]?.arrayValue?.first?["id"] ?? .int(100401)
        var lead = JSONValue.object([
            "lastName": .string("Большаков"), "firstName": .string("Иван"), "mobilePhone": .string("79051112233"),
            "amount": .int(30000), "period": .int(12), "periodUnit": .string("MONTHS"),
        ])
        lead.set(.array((0..<relatives).map { i in
            .object(["lastName": .string("Родственников\(i)"), "firstName": .string("Пётр"),
                     "telephone": .string(i == badPhoneAt ? "12" : "7905\(1_000_000 + i % 9_000_000)"),
                     "collateralRelId": .int(101261)])
        }), at: "relatives")
        lead.set(.array((0..<extraFields).map { .object(["key": .string("field\($0)"), "value": .string("значение \($0)")]) }),
                 at: "extraFields")
        let stored = JSONValue.object([
            "id": .int(leadId), "clientId": clientId, "creationDate": .int(1_760_000_000_000),
            "currentStatus": .string("WAITING"), "lead": lead,
        ])
        data.set(.array((data["leads"]?.arrayValue ?? []) + [stored]), at: "leads")
        data.set(.int(leadId + 1), at: "nextLeadId")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-e2e-big-\(UUID().uuidString).json")
        try WireCoding.encode(data).write(to: file)
        return file
    }
}
