import Foundation
import LeadModel

/// The look-ups and the lead's check: everything beyond create, edit and read.
extension HTTPCoreService {
    public func client(id: Int64) async throws(CoreError) -> Client {
        try await perform(.init(.client, .GET, connection.paths.path(.client, ["id": String(id)])), Client.self)
    }

    public func leads(ids: [Int64], preserveOrder: Bool) async throws(CoreError) -> [LeadRecord] {
        guard !ids.isEmpty else { return [] }
        let path = connection.paths.path(.leadsByIds, ["ids": ids.map(String.init).joined(separator: ",")])
        return try await perform(.init(.leadsByIds, .GET, path, query: preserveOrder ? "preserveOrder=true" : nil),
                                 RecordList<LeadRecord>.self).items
    }

    public func searchClients(_ key: ClientSearchKey, page: SearchPage) async throws(CoreError) -> [Client] {
        let body = try encode(PartialLoad(key.searchFields, fields: PartialLoad.clientFields, page: page,
                                          orderBy: "id", direction: "ASC"))
        let call = Call(.searchClients, .POST, connection.paths.path(.searchClients), body: body)
        return try await perform(call, SearchAnswer<Client>.self).records
    }

    public func searchLeads(_ key: LeadSearchKey, page: SearchPage) async throws(CoreError) -> [LeadRecord] {
        // Newest first; the same creation time is broken by the larger (later) id.
        let body = try encode(PartialLoad(key.searchFields, fields: PartialLoad.leadFields, page: page,
                                          orderBy: "creationDate", direction: "DESC",
                                          then: [.init(field: "id", direction: "DESC")]))
        let call = Call(.searchLeads, .POST, connection.paths.path(.searchLeads), body: body)
        return try await perform(call, SearchAnswer<LeadRecord>.self).records
    }

    public func checkLead(id: Int64) async throws(CoreError) {
        let path = connection.paths.path(.checkLead, ["id": String(id)])
        _ = try await perform(.init(.checkLead, .POST, path), JSONValue.self)
        logger.info("lead check started", metadata: ["leadId": "\(id)"])
    }

    public func leadStatuses(id: Int64) async throws(CoreError) -> [LeadStatusRecord] {
        try await perform(.init(.leadStatuses, .GET, connection.paths.path(.leadStatuses, ["id": String(id)])),
                          [LeadStatusRecord].self)
    }

    public func whoAmI() async throws(CoreError) -> SessionInfo {
        try await perform(.init(.whoami, .GET, connection.paths.path(.whoami)), SessionInfo.self)
    }

    /// `POST {gateway}/outside/fias/{customer-key}/getFiasId` with the form field `addr`.
    /// Vendor page 533, which describes the method, is in no public copy: only the path, the
    /// field and the answer's `data.fias_id` are known. The reading is tolerant: a non-empty
    /// `fias_id` is the match; a list of candidates (under `candidates`, `variants`,
    /// `suggestions`, `items` or `list`, or `data` itself a list) is several matches, unless
    /// it holds exactly one; `fias_id` missing, null or empty with no list is no match.
    /// No session token is sent: the gateway is not the core.
    public func fiasLookup(address: String) async throws(CoreError) -> FiasLookup {
        guard let gateway = connection.gateway else {
            throw .invalidConfiguration("no FIAS gateway is configured (gateway in the config)")
        }
        let path = connection.paths.path(.fiasId, ["customer-key": connection.customerKey])
        let (answer, label) = try await postForm(.fiasId, to: gateway, path: path, fields: ["addr": address])
        let data: JSONValue
        do {
            data = try AnswerDecoding.payload(JSONValue.self, from: answer, server: label, isRead: true)
        } catch {
            throw error.naming(label, insteadOf: server)
        }
        return FiasAnswer.read(data)
    }
}

/// How a `getFiasId` answer's `data` is read (see `fiasLookup`).
enum FiasAnswer {
    static let listKeys = ["candidates", "variants", "suggestions", "items", "list"]

    static func read(_ data: JSONValue) -> FiasLookup {
        if case .array(let items) = data { return fromList(items) }
        if let id = fiasId(in: data) { return .found(fiasId: id, address: addressText(in: data)) }
        for key in listKeys {
            if case .array(let items)? = data.objectValue?[key] { return fromList(items) }
        }
        return .noMatch
    }

    private static func fromList(_ items: [JSONValue]) -> FiasLookup {
        switch items.count {
        case 0: return .noMatch
        case 1: return fiasId(in: items[0]).map { .found(fiasId: $0, address: addressText(in: items[0])) } ?? .noMatch
        default: return .ambiguous(count: items.count)
        }
    }

    private static func fiasId(in value: JSONValue) -> String? {
        for key in ["fias_id", "fiasId"] {
            if case .string(let id)? = value.objectValue?[key] {
                let trimmed = AnswerDecoding.clean(id).trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return nil
    }

    private static func addressText(in value: JSONValue) -> String? {
        for key in ["address", "fias_address", "fullAddressText", "value"] {
            if case .string(let text)? = value.objectValue?[key], !text.isEmpty { return AnswerDecoding.clean(text) }
        }
        return nil
    }
}

extension CoreError {
    /// The same failure, naming the gateway instead of the core for what happened on the way.
    func naming(_ gateway: String, insteadOf core: String) -> CoreError {
        switch self {
        case .unreachable(let s, let reason) where s == core: return .unreachable(server: gateway, reason: reason)
        case .timedOut(let s, let phase) where s == core: return .timedOut(server: gateway, phase: phase)
        case .connectionLost(let s) where s == core: return .connectionLost(server: gateway)
        case .tls(let s, let reason) where s == core: return .tls(server: gateway, reason: reason)
        case .http(let status, let s) where s == core: return .http(status: status, server: gateway)
        default: return self
        }
    }
}

/// The body of a `partial-load` search (vendor pages 735 and 736), in the field order the
/// vendor prints. `countTo` is taken as exclusive: the vendor's example `0`..`10` is ten
/// records, so a page `from ..< from + size` is `countFrom: from, countTo: from + size`.
struct PartialLoad: Encodable {
    struct SearchField: Encodable { let field: String; let value: String }
    struct OrderField: Encodable { let field: String; let direction: String }
    let fields: [String]
    let orderBy: String
    let orderDirection: String
    let orderByFields: [OrderField]?
    let searchFields: [SearchField]
    let countFrom: Int
    let countTo: Int

    init(_ conditions: [SearchField], fields: [String], page: SearchPage, orderBy: String, direction: String,
         then: [OrderField]? = nil) {
        self.fields = fields
        searchFields = conditions
        self.orderBy = orderBy
        orderDirection = direction
        orderByFields = then
        countFrom = page.from
        countTo = page.from + page.size
    }

    /// What the client search shows (a result row and the client card, `client-fields.md`).
    static let clientFields = [
        "id", "lastName", "firstName", "patronymic", "sexId", "birthDate", "birthPlace", "birthCountryId",
        "resident", "naturalPerson", "businessman", "title", "passport", "snils", "mobilePhone", "email",
        "addressData", "registrationAddressData",
    ]

    /// What a list of a client's leads shows before one is opened (then read whole by id).
    static let leadFields = [
        "id", "creationDate", "currentStatus", "clientId", "loanApplicationId", "lastName", "firstName",
        "patronymic", "birthDate", "mobilePhone", "amount", "period", "periodUnit", "creditProductId",
    ]
}

/// A search answer's records. The vendor does not document the answer's shape: `data` as a
/// list of records is expected; an object wrapping the list under `list`, `items` or
/// `content` is accepted too. Fields beyond those asked for are ignored.
struct SearchAnswer<Record: Decodable & Sendable>: Decodable, Sendable {
    let records: [Record]

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        if (try? decoder.unkeyedContainer()) != nil {
            records = try decoder.singleValueContainer().decode(RecordList<Record>.self).items
            return
        }
        let object = try decoder.container(keyedBy: Key.self)
        for name in ["list", "items", "content"] where object.contains(Key(stringValue: name)) {
            records = try object.decode(RecordList<Record>.self, forKey: Key(stringValue: name)).items
            return
        }
        // Neither form: decode as a list again, so the error names what was wrong.
        records = try decoder.singleValueContainer().decode(RecordList<Record>.self).items
    }
}

extension ClientSearchKey {
    var searchFields: [PartialLoad.SearchField] {
        switch self {
        case .mobilePhone(let digits): return [.init(field: "mobilePhone", value: digits)]
        case .passport(let seria, let number):
            return [.init(field: "passport.seria", value: seria), .init(field: "passport.no", value: number)]
        case .nameAndBirthDate(let lastName, let birthDate):
            return [.init(field: "lastName", value: lastName), .init(field: "birthDate", value: birthDate.description)]
        }
    }
}

extension LeadSearchKey {
    var searchFields: [PartialLoad.SearchField] {
        switch self {
        case .mobilePhone(let digits): return [.init(field: "mobilePhone", value: digits)]
        }
    }
}
