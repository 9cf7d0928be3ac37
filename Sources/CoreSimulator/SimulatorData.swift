import Foundation
import LeadModel

/// A lead the simulator has committed, with the bookkeeping the core adds to it.
public struct StoredLead: Codable, Sendable, Equatable {
    public var id: Int64
    /// Set by the lead's check (the vendor's scenario: create, then check), nil before.
    public var clientId: Int64?
    /// Unix milliseconds.
    public var creationDate: Int64
    /// `WAITING` when created; the check sets `APPROVED` or `DENIED`.
    public var currentStatus: String
    public var lead: Lead
    /// The application the check made (approved leads only).
    public var loanApplicationId: Int64?
    /// What `GET leads/{id}/statuses` answers, oldest first.
    public var statuses: [LeadStatusRecord]?

    public init(id: Int64, clientId: Int64? = nil, creationDate: Int64, currentStatus: String, lead: Lead,
                loanApplicationId: Int64? = nil, statuses: [LeadStatusRecord]? = nil) {
        self.id = id
        self.clientId = clientId
        self.creationDate = creationDate
        self.currentStatus = currentStatus
        self.lead = lead
        self.loanApplicationId = loanApplicationId
        self.statuses = statuses
    }

    /// The lead as `GET leads/{id}` returns it: the lead's fields and the core's, in one object.
    public func wireObject() throws -> JSONValue {
        var tree = try WireCoding.tree(lead)
        tree.set(.int(id), at: "id")
        tree.set(clientId.map(JSONValue.int) ?? .null, at: "clientId")
        tree.set(loanApplicationId.map(JSONValue.int) ?? .null, at: "loanApplicationId")
        tree.set(.int(creationDate), at: "creationDate")
        tree.set(.string(currentStatus), at: "currentStatus")
        return tree
    }
}

/// Everything a simulator knows; what `--data` files hold.
public struct SimulatorData: Codable, Sendable, Equatable {
    public var clients: [Client]
    public var leads: [StoredLead]
    public var countries: [DictionaryEntry]
    public var creditProducts: [DictionaryEntry]
    public var nextLeadId: Int64
    public var nextClientId: Int64
    /// Loan applications made by checks get ids from here (absent in older data files).
    public var nextLoanApplicationId: Int64?

    public init(clients: [Client], leads: [StoredLead], countries: [DictionaryEntry],
                creditProducts: [DictionaryEntry], nextLeadId: Int64, nextClientId: Int64,
                nextLoanApplicationId: Int64? = nil) {
        self.nextLoanApplicationId = nextLoanApplicationId
        self.clients = clients
        self.leads = leads
        self.countries = countries
        self.creditProducts = creditProducts
        self.nextLeadId = nextLeadId
        self.nextClientId = nextClientId
    }

    /// Reads `path`, or returns the demo seed when there is no such file yet.
    static func load(from path: String) throws -> SimulatorData {
        guard FileManager.default.fileExists(atPath: path) else { return DemoSeed.data }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            return try WireCoding.decode(SimulatorData.self, from: bytes)
        } catch let error as DecodingError {
            let (at, reason) = error.pathAndReason
            throw SimulatorError.badDataFile(path: path, detail: "\(at.isEmpty ? "file" : at): \(reason)")
        }
    }

    /// Writes atomically, so a simulator killed mid-write leaves the previous state readable.
    func save(to path: String) throws {
        try WireCoding.encode(self, pretty: true).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// Why a simulator could not start.
public enum SimulatorError: Error, CustomStringConvertible {
    case badDataFile(path: String, detail: String)
    case notStarted(String)

    public var description: String {
        switch self {
        case .badDataFile(let path, let detail): return "data file \(path) is not usable: \(detail)"
        case .notStarted(let why): return "the simulator did not start: \(why)"
        }
    }
}
