import Foundation

/// Everything needed to talk to one core. The password lives only in this value, in memory.
public struct CoreConnection: Sendable {
    /// Scheme, host, port and an optional base path: `https://core.bank.local:8443`.
    public var server: URL
    /// The tenant key sent as the `customer-key` header on login.
    public var customerKey: String
    public var userName: String
    public var password: String
    /// Opening a connection (and the TLS handshake).
    public var connectTimeout: Duration
    /// A whole call, from sending to the last byte of the answer.
    public var requestTimeout: Duration
    /// Extra PEM certificate authorities to trust (banks run internal CAs).
    public var caFile: String?
    /// Skip certificate verification: accepted only for a loopback server.
    public var insecureSkipVerify: Bool
    public var paths: CorePaths
    /// The time zone the core's `leads/find` dates are in (the simulator uses UTC).
    public var coreTimeZone: TimeZone
    /// How many times a read is repeated after a lost connection or a 5xx answer.
    public var readRetries: Int
    /// The vendor's gateway (`https://gate.brainysoft.ru`) for the FIAS look-up; nil turns
    /// the look-up off.
    public var gateway: URL?
    /// Send the password and the session token over plain `http://` to a server that is not
    /// this machine (`allow-plain-http`). Off: such a server is refused.
    public var allowPlainHTTP: Bool
    /// The largest answer read (`max-answer-mb`); a bigger or endless one is cut off unread.
    public var maxAnswerBytes: Int
    /// The most records decoded from one list answer (`max-records`).
    public var maxRecords: Int

    public static let defaultMaxAnswerBytes = 32 << 20
    public static let defaultMaxRecords = 10_000
    /// How the session token is got (`auth`): the plain login unless set.
    public var auth: AuthMethod = .plain

    public init(server: URL, customerKey: String, userName: String, password: String,
                connectTimeout: Duration = .seconds(5), requestTimeout: Duration = .seconds(30),
                caFile: String? = nil, insecureSkipVerify: Bool = false, paths: CorePaths = .default,
                coreTimeZone: TimeZone = CoreConnection.utc, readRetries: Int = 2, gateway: URL? = nil,
                allowPlainHTTP: Bool = false, maxAnswerBytes: Int = CoreConnection.defaultMaxAnswerBytes,
                maxRecords: Int = CoreConnection.defaultMaxRecords) {
        self.server = server
        self.customerKey = customerKey
        self.userName = userName
        self.password = password
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.caFile = caFile
        self.insecureSkipVerify = insecureSkipVerify
        self.paths = paths
        self.coreTimeZone = coreTimeZone
        self.readRetries = readRetries
        self.gateway = gateway
        self.allowPlainHTTP = allowPlainHTTP
        self.maxAnswerBytes = maxAnswerBytes
        self.maxRecords = maxRecords
    }

    /// The server as people should see it in messages: scheme, host and port, no user info.
    public var serverLabel: String { Self.label(of: server) }

    /// A server's scheme, host and port, for messages.
    public static func label(of url: URL) -> String {
        var parts = URLComponents()
        parts.scheme = url.scheme
        parts.host = url.host
        parts.port = url.port
        return parts.string ?? url.absoluteString
    }

    /// Whether the server is this machine (127.0.0.0/8, ::1 or localhost).
    public var isLoopback: Bool { Self.isLoopback(server) }

    /// Whether `url` names this machine (127.0.0.0/8, ::1 or localhost).
    public static func isLoopback(_ url: URL) -> Bool {
        guard let host = url.host?.lowercased() else { return false }
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if bare == "localhost" || bare == "::1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.first == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// Plain `http://` to another machine, allowed by `allow-plain-http`: the password and the
    /// token cross the network readable by anyone on the way. The login screen warns of it.
    public var isPlainHTTPToRemote: Bool {
        Self.isPlainHTTPToRemote(server) || plainHTTPTokenURL != nil
    }

    /// The OAuth token service, when it is plain `http://` to another machine: the client
    /// secret and the token would cross the network as readable as a password to the core.
    public var plainHTTPTokenURL: URL? {
        guard case .oauth(let tokenURL, _, _) = auth, Self.isPlainHTTPToRemote(tokenURL) else { return nil }
        return tokenURL
    }

    static func isPlainHTTPToRemote(_ url: URL) -> Bool {
        url.scheme?.lowercased() == "http" && !isLoopback(url)
    }

    /// Throws when these settings cannot work, with a message naming the setting.
    public func validate() throws(CoreError) {
        guard let scheme = server.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw .invalidConfiguration("server must start with https:// or http://, got \(server.absoluteString)")
        }
        guard let host = server.host, !host.isEmpty else {
            throw .invalidConfiguration("server has no host: \(server.absoluteString)")
        }
        if Self.isPlainHTTPToRemote(server) && !allowPlainHTTP {
            throw .invalidConfiguration("\(serverLabel) is plain http:// to another machine: the password and the session "
                + "token would cross the network unencrypted. Use https://, or set allow-plain-http = true in the configuration "
                + "to accept that risk")
        }
        if let tokenURL = plainHTTPTokenURL, !allowPlainHTTP {
            throw .invalidConfiguration("token-url \(Self.label(of: tokenURL)) is plain http:// to another machine: the OAuth "
                + "client secret and the token would cross the network unencrypted. Use https://, or set allow-plain-http = true "
                + "in the configuration to accept that risk")
        }
        if insecureSkipVerify && !isLoopback {
            throw .invalidConfiguration("certificate verification can be turned off only for a loopback server (127.0.0.1, ::1, localhost), not \(host)")
        }
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw .invalidConfiguration("the CA file \(caFile) cannot be read")
        }
        guard connectTimeout > .zero, requestTimeout > .zero else {
            throw .invalidConfiguration("timeouts must be positive")
        }
        if let gateway {
            guard let scheme = gateway.scheme?.lowercased(), scheme == "http" || scheme == "https",
                  let host = gateway.host, !host.isEmpty else {
                throw .invalidConfiguration("gateway must be an https:// or http:// address, got \(gateway.absoluteString)")
            }
        }
        guard maxAnswerBytes > 0, maxRecords > 0 else {
            throw .invalidConfiguration("max-answer-mb and max-records must be positive")
        }
        guard customerKey.isEmpty == false else { throw .invalidConfiguration("customer key is empty") }
        // The OAuth client credentials stand for the user; the other methods need one.
        if case .oauth = auth {} else if userName.isEmpty { throw .invalidConfiguration("user name is empty") }
        try auth.validate()
    }
}

extension CoreConnection {
    /// UTC as a fixed offset. `TimeZone(identifier: "UTC")` has ICU canonicalize the name,
    /// which maps its time-zone data (about 0.5 MB) into memory at every start.
    public static let utc = TimeZone(secondsFromGMT: 0) ?? .gmt
}
