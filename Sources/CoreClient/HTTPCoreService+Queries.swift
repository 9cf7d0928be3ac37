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
                                 [LeadRecord].self)
    }

    public func searchClients(_ key: ClientSearchKey, page: SearchPage) async throws(CoreError) -> [Client] {
        let body = try encode(PartialLoad(key.searchFields, page: page, orderBy: "id", direction: "ASC"))
        return try await perform(.init(.searchClients, .POST, connection.paths.path(.searchClients), body: body), [Client].self)
    }

    public func searchLeads(_ key: LeadSearchKey, page: SearchPage) async throws(CoreError) -> [LeadRecord] {
        let body = try encode(PartialLoad(key.searchFields, page: page, orderBy: "creationDate", direction: "DESC"))
        return try await perform(.init(.searchLeads, .POST, connection.paths.path(.searchLeads), body: body), [LeadRecord].self)
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

    public func fiasLookup(address: String) async throws(CoreError) -> FiasLookup {
        guard connection.gateway != nil else {
            throw .invalidConfiguration("no FIAS gateway is configured (gateway in the config)")
        }
        // The gateway call itself comes with the service-layer work of issue 13.
        throw .invalidConfiguration("the FIAS look-up is not implemented yet")
    }
}

/// The body of a `partial-load` search (vendor pages 735 and 736).
struct PartialLoad: Encodable {
    struct SearchField: Encodable { let field: String; let value: String }
    let searchFields: [SearchField]
    let orderBy: String
    let orderDirection: String
    let countFrom: Int
    let countTo: Int

    init(_ fields: [SearchField], page: SearchPage, orderBy: String, direction: String) {
        searchFields = fields
        self.orderBy = orderBy
        orderDirection = direction
        countFrom = page.from
        countTo = page.from + page.size
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
