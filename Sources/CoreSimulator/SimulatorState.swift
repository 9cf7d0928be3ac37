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

    /// An error envelope; with a `code`, `data` is the object form `{code, message, type}`
    /// the vendor's rule refusals use, otherwise the plain message string.
    static func error(_ status: Int, _ message: String, code: String? = nil, type: String? = nil) -> SimReply {
        SimReply(status: status, body: envelope(.failure(message, code: code, type: type, timestamp: nowMillis())))
    }

    /// What a core answers for a path it has no method for.
    static func noSuchPath(_ method: String, _ path: String) -> SimReply {
        .error(404, "No handler found for \(method) \(path)")
    }

    /// What the core (a Java service) answers when a path segment that must be a number is not.
    static func notANumber(_ text: String) -> SimReply {
        .error(400, "Failed to convert value '\(text)' to type Long")
    }

    private static func envelope(_ e: Envelope<JSONValue>) -> Data {
        // The text JSONEncoder would write, written directly: a lead of 5,000 relatives is
        // answered in a fraction of the time (`JSONText`).
        if let tree = try? WireCoding.tree(e), let bytes = JSONText.bytes(tree) { return Data(bytes) }
        // Encoding a JSONValue tree cannot fail; an empty body would show up in tests at once.
        return (try? WireCoding.encode(e)) ?? Data()
    }

    static func nowMillis() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}

/// The simulated core's state: data, sessions, faults and the request log. One actor, so
/// concurrent calls see a consistent core.
actor SimulatorState {
    /// Internal, not private: the check, search, gateway and login live in extensions in their own files.
    var data: SimulatorData
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
        case .failure(let refusal): return .error(refusal.httpStatus, refusal.message, code: refusal.code)
        case .success(let accepted): lead = accepted
        }
        let id = data.nextLeadId
        data.nextLeadId += 1
        // As the vendor's scenario has it: the lead waits for its check, which makes the client.
        let stored = StoredLead(id: id, creationDate: SimReply.nowMillis(), currentStatus: "WAITING", lead: lead)
        data.leads.append(stored)
        persist()
        options.logger.info("lead created", metadata: ["leadId": "\(id)"])
        return .ok(.int(id), committed: true)
    }

    func updateLead(id: Int64, body: Data) -> SimReply {
        guard let index = data.leads.firstIndex(where: { $0.id == id }) else {
            return .error(404, "Лид с идентификатором \(id) не найден")
        }
        switch LeadIntake.accept(body) {
        case .failure(let refusal): return .error(refusal.httpStatus, refusal.message, code: refusal.code)
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

    // MARK: clients and dictionaries

    /// `ids` as the path carries it: comma-separated, spaces allowed around each id.
    /// Unknown ids are left out; a repeated id is returned once.
    func clients(ids text: String, preserveOrder: Bool) -> SimReply {
        let ids: [Int64]
        switch Self.idList(text) {
        case .failure(let refused): return refused.reply
        case .success(let list): ids = list
        }
        let byId = Dictionary(data.clients.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        let order = preserveOrder ? ids : ids.sorted()
        let found = order.compactMap { byId[$0] }
        return .ok((try? WireCoding.tree(found)) ?? .array([]))
    }

    /// `clients/{id}`: one object. Anything but one number (`new`, `40,5`) is refused as the
    /// core refuses it, so a client calling the wrong path finds out.
    func client(id text: String) -> SimReply {
        guard let id = Int64(text) else { return .notANumber(text) }
        guard let client = data.clients.first(where: { $0.id == id }) else {
            return .error(404, "Клиент с идентификатором \(id) не найден")
        }
        return .ok((try? WireCoding.tree(client)) ?? .object([:]))
    }

    /// `leads/find/{ids}` (page 747): like `clients/find/{ids}`.
    func leads(ids text: String, preserveOrder: Bool) -> SimReply {
        let ids: [Int64]
        switch Self.idList(text) {
        case .failure(let refused): return refused.reply
        case .success(let list): ids = list
        }
        let byId = Dictionary(data.leads.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let order = preserveOrder ? ids : ids.sorted()
        return .ok(.array(order.compactMap { try? byId[$0]?.wireObject() }))
    }

    struct Refused: Error { let reply: SimReply }

    private static func idList(_ text: String) -> Result<[Int64], Refused> {
        var ids: [Int64] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let id = Int64(trimmed) else { return .failure(Refused(reply: .notANumber(trimmed))) }
            if !ids.contains(id) { ids.append(id) }
        }
        return .success(ids)
    }

    /// `clients/init`: the system defaults a core fills in (a new client is a Russian
    /// resident natural person; both consents are dated today), and `id` null.
    func newClientTemplate() -> SimReply {
        var c = Client()
        c.naturalPerson = true
        c.businessman = false
        c.resident = true
        c.birthCountryId = 101042
        // Encoded through JSONValue so the template shows `"id": null` as the docs describe.
        var tree = (try? WireCoding.tree(c)) ?? .object([:])
        tree.set(.null, at: "id")
        let today = CalendarDate.today(in: TimeZone(secondsFromGMT: 0) ?? .gmt).description
        tree.set(.string(today), at: "bureauConsentDate")
        tree.set(.string(today), at: "personalDataConsentDate")
        return .ok(tree)
    }

    func countries() -> SimReply { .ok((try? WireCoding.tree(data.countries)) ?? .array([])) }

    func creditProducts() -> SimReply { .ok((try? WireCoding.tree(data.creditProducts)) ?? .array([])) }

    // MARK: persistence

    func persist() {
        guard let path = options.dataFile else { return }
        do {
            try data.save(to: path)
        } catch {
            options.logger.error("could not write the data file", metadata: ["path": "\(path)", "error": "\(error)"])
        }
    }
}

