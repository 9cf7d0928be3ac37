import Foundation
import LeadModel
import Logging

/// An answer the simulator sends: status, envelope bytes and extra headers.
struct SimReply: Sendable {
    var status: Int
    var body: Data
    var headers: [String: String] = [:]
    /// Whether the call changed stored data (only such calls may be "dropped after commit").
    var committed = false

    static func ok(_ data: JSONValue, headers: [String: String] = [:], committed: Bool = false) -> SimReply {
        SimReply(status: 200, body: envelope(.ok(data, timestamp: nowMillis())), headers: headers, committed: committed)
    }

    static func error(_ status: Int, _ message: String) -> SimReply {
        SimReply(status: status, body: envelope(.failure(message, timestamp: nowMillis())))
    }

    private static func envelope(_ e: Envelope<JSONValue>) -> Data {
        // Encoding a JSONValue tree cannot fail; an empty body would show up in tests at once.
        (try? WireCoding.encode(e)) ?? Data()
    }

    static func nowMillis() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}

/// The simulated core's state: data, sessions, faults and the request log. One actor, so
/// concurrent calls see a consistent core.
actor SimulatorState {
    private var data: SimulatorData
    var tokens: [String: ContinuousClock.Instant] = [:]
    private var log: [LoggedRequest] = []
    private(set) var faults: SimulatorFaults
    private var random: SeededRandom
    let options: SimulatorOptions
    /// The challenge–proof login's account, made at the first challenge.
    var scram: ScramAccount?
    var spentServerNonces: Set<String> = []

    init(options: SimulatorOptions) throws {
        self.options = options
        self.faults = options.faults
        self.random = SeededRandom(seed: options.randomSeed ?? UInt64.random(in: .min ... .max))
        if let path = options.dataFile {
            data = try SimulatorData.load(from: path)
            try data.save(to: path)
        } else {
            data = DemoSeed.data
        }
    }

    // MARK: admin

    func setFaults(_ new: SimulatorFaults) { faults = new }

    func expireAllTokens() { tokens.removeAll() }

    func requests() -> [LoggedRequest] { log }

    func clearRequests() { log.removeAll() }

    func snapshot() -> SimulatorData { data }

    /// Draws once: true with probability `rate`.
    func roll(_ rate: Double) -> Bool {
        guard rate > 0 else { return false }
        return Double(random.next() >> 11) / Double(1 << 53) < rate
    }

    // MARK: request log

    func record(_ entry: LoggedRequest) -> Int {
        var e = entry
        e.sequence = log.count + 1
        log.append(e)
        return e.sequence
    }

    func finish(_ sequence: Int, status: Int?, fault: String?) {
        guard log.indices.contains(sequence - 1) else { return }
        log[sequence - 1].status = status
        log[sequence - 1].fault = fault
    }

    // MARK: session

    func login(customerKey: String?, body: Data) -> SimReply {
        struct Credentials: Decodable { let userName: String; let password: String }
        guard let key = customerKey, key == options.customerKey else {
            return .error(401, AuthReplies.unknownCustomerKey)
        }
        guard let creds = try? WireCoding.decode(Credentials.self, from: body) else {
            return .error(400, "Тело запроса должно содержать userName и password")
        }
        if options.auth.userLocked, creds.userName == options.userName { return AuthReplies.locked(creds.userName) }
        guard creds.userName == options.userName, creds.password == options.password else {
            return .error(401, AuthReplies.wrongCredentials)
        }
        return .ok(.object(["userName": .string(creds.userName)]), headers: ["bsauth": issueToken()])
    }

    /// Whether `token` is a live session; the expired-token fault can revoke it first.
    func authorize(_ token: String?) -> (ok: Bool, fault: String?) {
        guard let token, let expiry = tokens[token] else { return (false, nil) }
        guard expiry > ContinuousClock.now else {
            tokens[token] = nil
            return (false, nil)
        }
        if roll(faults.expiredTokenRate) {
            tokens[token] = nil
            return (false, "expired-token")
        }
        return (true, nil)
    }

    // MARK: leads

    func createLead(body: Data) -> SimReply {
        let lead: Lead
        switch LeadIntake.accept(body) {
        case .failure(let refusal): return .error(refusal.httpStatus, refusal.message)
        case .success(let accepted): lead = accepted
        }
        let id = data.nextLeadId
        data.nextLeadId += 1
        let stored = StoredLead(id: id, clientId: linkOrCreateClient(for: lead),
                                creationDate: SimReply.nowMillis(), currentStatus: "WAITING", lead: lead)
        data.leads.append(stored)
        persist()
        options.logger.info("lead created", metadata: ["leadId": "\(id)", "clientId": "\(stored.clientId)"])
        return .ok(.int(id), committed: true)
    }

    func updateLead(id: Int64, body: Data) -> SimReply {
        guard let index = data.leads.firstIndex(where: { $0.id == id }) else {
            return .error(404, "Лид с идентификатором \(id) не найден")
        }
        switch LeadIntake.accept(body) {
        case .failure(let refusal): return .error(refusal.httpStatus, refusal.message)
        case .success(let lead):
            data.leads[index].lead = lead
            persist()
            options.logger.info("lead updated", metadata: ["leadId": "\(id)"])
            return .ok(.int(id), committed: true)
        }
    }

    func lead(id: Int64) -> SimReply {
        guard let stored = data.leads.first(where: { $0.id == id }),
              let object = try? stored.wireObject()
        else { return .error(404, "Лид с идентификатором \(id) не найден") }
        return .ok(object)
    }

    /// Leads created within [from, to] (whole seconds, UTC), optionally with one status.
    func findLeads(from: Int64, to: Int64, status: String?) -> SimReply {
        let found = data.leads.filter {
            $0.creationDate >= from && $0.creationDate < to + 1000
                && (status == nil || $0.currentStatus == status)
        }
        return .ok(.array(found.compactMap { try? $0.wireObject() }))
    }

    /// The documented dedup rule: the same last name, first name, patronymic, passport series
    /// and number as a known client links the lead to that client; otherwise a new client is
    /// made from the lead. All five must be present to match (a lead with no passport never
    /// links), and they are compared after trimming spaces, as entered.
    private func linkOrCreateClient(for lead: Lead) -> Int64 {
        func key(_ parts: String?...) -> [String]? {
            let trimmed = parts.map { ($0 ?? "").trimmingCharacters(in: .whitespaces) }
            return trimmed.contains(where: \.isEmpty) ? nil : trimmed
        }
        if let wanted = key(lead.lastName, lead.firstName, lead.patronymic, lead.passport?.seria, lead.passport?.no),
           let match = data.clients.first(where: {
               key($0.lastName, $0.firstName, $0.patronymic, $0.passport?.seria, $0.passport?.no) == wanted
           }), let id = match.id {
            return id
        }
        let id = data.nextClientId
        data.nextClientId += 1
        var c = Client()
        c.id = id
        c.lastName = lead.lastName; c.firstName = lead.firstName; c.patronymic = lead.patronymic
        c.sexId = lead.sexId; c.birthDate = lead.birthDate; c.birthPlace = lead.birthPlace
        c.birthCountryId = lead.birthCountryId; c.snils = lead.snils
        c.naturalPerson = lead.naturalPerson ?? true; c.title = lead.title
        c.passport = lead.passport; c.mobilePhone = lead.mobilePhone; c.email = lead.email
        c.addressData = lead.addressData; c.registrationAddressData = lead.registrationAddressData
        c.addresses = lead.addresses
        c.childrenCount = lead.childrenCount.map(Int64.init); c.dependentsCount = lead.dependentsCount
        c.meanIncome = lead.meanIncome; c.averageMonthlyCost = lead.averageMonthlyCost
        c.managerId = lead.managerId; c.howYouKnowId = lead.howYouKnowId
        data.clients.append(c)
        return id
    }

    // MARK: clients and dictionaries

    /// `ids` as the path carries it: comma-separated, spaces allowed around each id.
    /// Unknown ids are left out; a repeated id is returned once.
    func clients(ids text: String, preserveOrder: Bool) -> SimReply {
        var ids: [Int64] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let id = Int64(trimmed) else {
                return .error(400, "Некорректный идентификатор клиента: '\(trimmed)'")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        let byId = Dictionary(data.clients.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        let order = preserveOrder ? ids : ids.sorted()
        let found = order.compactMap { byId[$0] }
        return .ok((try? WireCoding.tree(found)) ?? .array([]))
    }

    func newClientTemplate() -> SimReply {
        var c = Client()
        c.naturalPerson = true
        c.businessman = false
        c.resident = true
        c.birthCountryId = 101042
        // Encoded through JSONValue so the template shows `"id": null` as the docs describe.
        var tree = (try? WireCoding.tree(c)) ?? .object([:])
        tree.set(.null, at: "id")
        return .ok(tree)
    }

    func countries() -> SimReply { .ok((try? WireCoding.tree(data.countries)) ?? .array([])) }

    func creditProducts() -> SimReply { .ok((try? WireCoding.tree(data.creditProducts)) ?? .array([])) }

    // MARK: persistence

    private func persist() {
        guard let path = options.dataFile else { return }
        do {
            try data.save(to: path)
        } catch {
            options.logger.error("could not write the data file", metadata: ["path": "\(path)", "error": "\(error)"])
        }
    }
}

