import AsyncHTTPClient
import Foundation
import LeadModel
import Logging
import NIOCore
import NIOHTTP1
import NIOSSL

/// `CoreService` over HTTP(S) with AsyncHTTPClient. Call `shutdown()` when done with it.
///
/// A refused connection fails at once (no connection-establishment retries), so a core
/// that is down is reported in milliseconds, not at the request deadline. Logs carry
/// method, path template, status, duration and lead ids: never personal data or tokens.
public final class HTTPCoreService: CoreService {
    let connection: CoreConnection
    private let http: HTTPClient
    private let tokens = SessionTokens()
    let logger: Logger
    let server: String

    public init(connection: CoreConnection, logger: Logger = Logger(label: "leadterm.core")) throws(CoreError) {
        try connection.validate()
        self.connection = connection
        self.logger = logger
        self.server = connection.serverLabel

        var tls = TLSConfiguration.makeClientConfiguration()
        if let caFile = connection.caFile {
            do {
                tls.additionalTrustRoots = [.certificates(try NIOSSLCertificate.fromPEMFile(caFile))]
            } catch {
                throw .invalidConfiguration("the CA file \(caFile) holds no readable PEM certificate")
            }
        }
        if connection.insecureSkipVerify && connection.isLoopback {
            tls.certificateVerification = .none
        }
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls,
            redirectConfiguration: .disallow,
            timeout: .init(connect: Self.timeAmount(connection.connectTimeout),
                           read: Self.timeAmount(connection.requestTimeout))
        )
        configuration.connectionPool.retryConnectionEstablishment = false
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration,
                          backgroundActivityLogger: logger)
    }

    /// Closes the connections. The service cannot be used afterwards.
    public func shutdown() async {
        try? await http.shutdown()
    }

    // MARK: CoreService

    public func logIn() async throws(CoreError) {
        let issued = try await logInByMethod()
        _ = try await tokens.renew(replacing: "", { () async throws(CoreError) -> SessionTokens.Issued in issued })
    }

    public func createLead(_ lead: Lead) async throws(CoreError) -> Int64 {
        let id = try await perform(.init(.createLead, .POST, connection.paths.path(.createLead), body: encode(lead)), Int64.self)
        logger.info("lead created", metadata: ["leadId": "\(id)"])
        return id
    }

    public func updateLead(id: Int64, _ lead: Lead) async throws(CoreError) -> Int64 {
        let path = connection.paths.path(.updateLead, ["id": String(id)])
        let answer = try await perform(.init(.updateLead, .PUT, path, body: encode(lead)), Int64.self)
        logger.info("lead updated", metadata: ["leadId": "\(id)"])
        return answer
    }

    public func fetchLead(id: Int64) async throws(CoreError) -> LeadRecord {
        try await perform(.init(.fetchLead, .GET, connection.paths.path(.fetchLead, ["id": String(id)])), LeadRecord.self)
    }

    public func clients(ids: [Int64], preserveOrder: Bool) async throws(CoreError) -> [Client] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")
        let path = connection.paths.path(.clients, ["ids": list])
        // As page 361 prints it: the query only when the order is asked for.
        let answer = try await perform(.init(.clients, .GET, path, query: preserveOrder ? "preserveOrder=true" : nil,
                                             wantedIds: Set(ids)), RequestedClients.self)
        if !answer.droppedIds.isEmpty || answer.droppedWithoutId > 0 {
            // A core error, logged by ids and counts only: never a name, phone or passport.
            logger.error("core answered clients that were not asked for; dropped", metadata: [
                "path": "\(connection.paths.template(for: .clients))", "asked": "\(ids.count)",
                "dropped": "\(answer.droppedIds.count + answer.droppedWithoutId)", "withoutId": "\(answer.droppedWithoutId)",
                "firstDroppedIds": "\(answer.droppedIds.prefix(10).map(String.init).joined(separator: ","))",
            ])
        }
        return answer.clients
    }

    public func newClientTemplate() async throws(CoreError) -> Client {
        try await perform(.init(.newClient, .GET, connection.paths.path(.newClient)), Client.self)
    }

    public func findLeads(from: Date, to: Date) async throws(CoreError) -> [LeadRecord] {
        try await findLeadsStamped(from: from, to: to).leads
    }

    public func findLeadsStamped(from: Date, to: Date) async throws(CoreError) -> (leads: [LeadRecord], coreTime: Date?) {
        let zone = connection.coreTimeZone
        let path = connection.paths.path(.findLeads, ["from": CoreDateTime.format(from, in: zone),
                                                      "to": CoreDateTime.format(to, in: zone)])
        let (leads, stamp) = try await performStamped(.init(.findLeads, .GET, path), RecordList<LeadRecord>.self)
        return (leads.items, stamp.map { Date(timeIntervalSince1970: Double($0) / 1000) })
    }

    public func countries() async throws(CoreError) -> [DictionaryEntry] {
        try await perform(.init(.countries, .GET, connection.paths.path(.countries)), RecordList<DictionaryEntry>.self).items
    }

    public func creditProducts() async throws(CoreError) -> [DictionaryEntry] {
        try await perform(.init(.creditProducts, .GET, connection.paths.path(.creditProducts)), RecordList<DictionaryEntry>.self).items
    }

    public func dictionary(_ endpoint: CorePaths.Endpoint) async throws(CoreError) -> [DictionaryEntry]? {
        guard let path = connection.paths.configuredPath(endpoint) else { return nil }
        return try await perform(.init(endpoint, .GET, path), RecordList<DictionaryEntry>.self).items
    }

    // MARK: calls

    /// One call to make: what the logs name it by, and what goes on the wire.
    struct Call: Sendable {
        let endpoint: CorePaths.Endpoint
        let method: HTTPMethod
        let path: String
        let query: String?
        let body: Data?
        /// The server the path is on when it is not the core (the FIAS gateway).
        var base: URL? = nil
        /// The body's type; JSON unless a form is sent.
        var contentType = "application/json; charset=utf-8"
        /// For a look-up by id: the only records the answer may hold (others are dropped).
        var wantedIds: Set<Int64>?

        init(_ endpoint: CorePaths.Endpoint, _ method: HTTPMethod, _ path: String, query: String? = nil, body: Data? = nil,
             wantedIds: Set<Int64>? = nil) {
            self.endpoint = endpoint; self.method = method; self.path = path; self.query = query; self.body = body
            self.wantedIds = wantedIds
        }

        /// Only reads (and the login's steps) are ever repeated automatically. The searches
        /// and the FIAS look-up are reads sent as POST (their conditions are a body):
        /// repeating them changes nothing.
        var isRepeatable: Bool {
            method == .GET || endpoint.isLoginStep || [.searchClients, .searchLeads, .fiasId].contains(endpoint)
        }
    }

    /// The call with the session: logs in when needed, and once more if the core refuses
    /// the token (expired), then decodes the envelope.
    func perform<T: Decodable & Sendable>(_ call: Call, _ type: T.Type) async throws(CoreError) -> T {
        try await performStamped(call, type).data
    }

    /// `perform`, also giving the envelope's `timestamp` (the core's clock, unix ms).
    private func performStamped<T: Decodable & Sendable>(_ call: Call, _ type: T.Type) async throws(CoreError) -> (data: T, timestamp: Int64?) {
        let login: SessionTokens.Login = { () async throws(CoreError) -> SessionTokens.Issued in try await self.logInByMethod() }
        var token = try await tokens.current(login)
        var answer = try await exchangeRepeatingReads(call, token: token)
        if SessionExpiry.isExpired(answer) {
            logger.info("session refused, logging in again", metadata: ["path": "\(connection.paths.template(for: call.endpoint))"])
            token = try await tokens.renew(replacing: token, login)
            answer = try await exchangeRepeatingReads(call, token: token)
            if SessionExpiry.isExpired(answer) {
                throw .unauthorized(server: server, message: SessionExpiry.message(in: answer))
            }
        }
        return try AnswerDecoding.stamped(T.self, from: answer, server: server, isRead: call.isRepeatable)
    }

    func logInPlain() async throws(CoreError) -> String {
        struct Credentials: Encodable { let userName: String; let password: String }
        let body = try encode(Credentials(userName: connection.userName, password: connection.password))
        let call = Call(.login, .POST, connection.paths.path(.login), body: body)
        let answer = try await exchangeRepeatingReads(call, token: nil, extraHeaders: [("customer-key", connection.customerKey)])
        return try AnswerDecoding.loginToken(from: answer, server: server)
    }

    /// Sends `call`; a read is repeated (with a short pause) after a lost connection or a
    /// gateway/5xx answer, up to `readRetries` times.
    func exchangeRepeatingReads(_ call: Call, token: String?,
                                extraHeaders: [(String, String)] = []) async throws(CoreError) -> RawAnswer {
        var attempt = 0
        while true {
            do {
                let answer = try await exchangeOnce(call, token: token, extraHeaders: extraHeaders)
                if call.isRepeatable, attempt < connection.readRetries, AnswerDecoding.isWorthRepeating(answer) {
                    attempt += 1
                    try await pause(before: attempt)
                    continue
                }
                return answer
            } catch let error where call.isRepeatable && attempt < connection.readRetries && error.isTransientAfterSending {
                attempt += 1
                try await pause(before: attempt)
            }
        }
    }

    private func pause(before attempt: Int) async throws(CoreError) {
        do {
            try await Task.sleep(for: .milliseconds(100 << min(attempt - 1, 4)))
        } catch {
            throw .cancelled
        }
    }

    private func exchangeOnce(_ call: Call, token: String?, extraHeaders: [(String, String)]) async throws(CoreError) -> RawAnswer {
        var url = (call.base ?? connection.server).absoluteString
        while url.hasSuffix("/") { url.removeLast() }
        url += call.path
        if let query = call.query { url += "?" + query }

        var request = HTTPClientRequest(url: url)
        request.method = call.method
        request.headers.add(name: "accept", value: "application/json")
        if let token { request.headers.add(name: "bsauth", value: token) }
        for (name, value) in extraHeaders { request.headers.add(name: name, value: value) }
        if let body = call.body {
            request.headers.add(name: "content-type", value: call.contentType)
            request.body = .bytes(ByteBuffer(bytes: body))
        }

        let started = ContinuousClock.now
        let template = connection.paths.template(for: call.endpoint)
        let limits = AnswerLimits(maxBytes: connection.maxAnswerBytes, maxRecords: connection.maxRecords,
                                  wantedIds: call.wantedIds)
        do {
            let timeout = connection.requestTimeout
            let isRead = call.isRepeatable
            let answer = try await AnswerReading.within(timeout) { [http, server, request] in
                let response = try await http.execute(request, deadline: .now() + Self.timeAmount(timeout))
                return try await AnswerReading.read(response, limits: limits, server: server, isRead: isRead)
            }
            logger.debug("core call", metadata: ["method": "\(call.method.rawValue)", "path": "\(template)",
                                                "status": "\(answer.status)", "ms": "\(Self.millis(since: started))"])
            return answer
        } catch let refused as CoreError {
            logger.warning("core call failed", metadata: ["method": "\(call.method.rawValue)", "path": "\(template)",
                                                          "ms": "\(Self.millis(since: started))",
                                                          "error": "\(refused.kind)"])
            throw refused
        } catch {
            let mapped = TransportFailure.coreError(error, server: server, isRead: call.isRepeatable,
                                                    limitBytes: connection.maxAnswerBytes)
            logger.warning("core call failed", metadata: ["method": "\(call.method.rawValue)", "path": "\(template)",
                                                          "ms": "\(Self.millis(since: started))",
                                                          "error": "\(mapped.kind)"])
            throw mapped
        }
    }

    func encode<T: Encodable>(_ value: T) throws(CoreError) -> Data {
        do {
            return try WireCoding.encode(value)
        } catch {
            throw .invalidConfiguration("the request could not be encoded: \(error)")
        }
    }

    static func timeAmount(_ d: Duration) -> TimeAmount {
        let (seconds, atto) = d.components
        return .nanoseconds(seconds * 1_000_000_000 + atto / 1_000_000_000)
    }

    private static func millis(since start: ContinuousClock.Instant) -> Int64 {
        let (s, atto) = (ContinuousClock.now - start).components
        return s * 1000 + atto / 1_000_000_000_000_000
    }
}

extension CoreError {
    /// A read may be repeated after these.
    var isTransientAfterSending: Bool {
        switch self {
        case .connectionLost: return true
        default: return false
        }
    }
}

/// Formats the `leads/find` times: `YYYY-MM-DDTHH:MM:SS` in the core's time zone.
public enum CoreDateTime {
    public static func format(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ v: Int?, _ w: Int) -> String {
            let s = String(v ?? 0)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(p.year, 4))-\(pad(p.month, 2))-\(pad(p.day, 2))T\(pad(p.hour, 2)):\(pad(p.minute, 2)):\(pad(p.second, 2))"
    }
}
