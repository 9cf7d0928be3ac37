import Logging

/// Faults the simulator injects into core calls (never into its `/_sim` admin calls),
/// so tests can drive every failure path of a client. Rates are probabilities in 0...1.
public struct SimulatorFaults: Codable, Sendable, Equatable {
    /// Added before every answer.
    public var latencyMilliseconds: Int
    /// Share of calls answered with a bare HTTP 500 before doing anything.
    public var serverErrorRate: Double
    /// Share of lead creates/updates that are committed and then have their connection
    /// closed without an answer: the "outcome unknown" case.
    public var dropAfterCommitRate: Double
    /// Share of calls answered with truncated, unparseable JSON (after doing the work).
    public var malformedRate: Double
    /// Share of authenticated calls whose token is treated as expired.
    public var expiredTokenRate: Double
    /// A hostile core: every authenticated call is answered this way (logins are not, so a
    /// client gets as far as the call under test). Nil: an honest core.
    public var hostile: HostileAnswer?
    /// How big the hostile answer is: the huge answer's size, the gzip bomb's inflated size.
    public var hostileMegabytes: Int
    /// The slow body's pause between bytes, the slow headers' pause before the head.
    public var hostileIntervalMilliseconds: Int
    /// Where the redirect points (another port on 127.0.0.1).
    public var hostileRedirectPort: Int
    /// Rows of the big lead's `relatives`, clients added to a lookup answer, nesting depth.
    public var hostileCount: Int
    /// How a token the simulator does not accept (expired, revoked, unknown) is answered:
    /// nil is HTTP 401.
    public var expiredTokenAnswer: ExpiredTokenAnswer?

    public init(latencyMilliseconds: Int = 0, serverErrorRate: Double = 0,
                dropAfterCommitRate: Double = 0, malformedRate: Double = 0,
                expiredTokenRate: Double = 0, hostile: HostileAnswer? = nil,
                hostileMegabytes: Int = 40, hostileIntervalMilliseconds: Int = 200,
                hostileRedirectPort: Int = 9, hostileCount: Int? = nil) {
        self.latencyMilliseconds = latencyMilliseconds
        self.serverErrorRate = serverErrorRate
        self.dropAfterCommitRate = dropAfterCommitRate
        self.malformedRate = malformedRate
        self.expiredTokenRate = expiredTokenRate
        self.hostile = hostile
        self.hostileMegabytes = hostileMegabytes
        self.hostileIntervalMilliseconds = hostileIntervalMilliseconds
        self.hostileRedirectPort = hostileRedirectPort
        self.hostileCount = hostileCount ?? hostile?.defaultCount ?? 0
    }

    public static let none = SimulatorFaults()

    private enum Keys: String, CodingKey {
        case latencyMilliseconds, serverErrorRate, dropAfterCommitRate, malformedRate, expiredTokenRate
        case hostile, hostileMegabytes, hostileIntervalMilliseconds, hostileRedirectPort, hostileCount
        case expiredTokenAnswer
    }

    /// Every key may be left out (`{"hostile": "slowBody"}` is a whole fault set), so scripts
    /// and older tests that send only the rates keep working.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(latencyMilliseconds: try c.decodeIfPresent(Int.self, forKey: .latencyMilliseconds) ?? 0,
                  serverErrorRate: try c.decodeIfPresent(Double.self, forKey: .serverErrorRate) ?? 0,
                  dropAfterCommitRate: try c.decodeIfPresent(Double.self, forKey: .dropAfterCommitRate) ?? 0,
                  malformedRate: try c.decodeIfPresent(Double.self, forKey: .malformedRate) ?? 0,
                  expiredTokenRate: try c.decodeIfPresent(Double.self, forKey: .expiredTokenRate) ?? 0,
                  hostile: try c.decodeIfPresent(HostileAnswer.self, forKey: .hostile),
                  hostileMegabytes: try c.decodeIfPresent(Int.self, forKey: .hostileMegabytes) ?? 40,
                  hostileIntervalMilliseconds: try c.decodeIfPresent(Int.self, forKey: .hostileIntervalMilliseconds) ?? 200,
                  hostileRedirectPort: try c.decodeIfPresent(Int.self, forKey: .hostileRedirectPort) ?? 9,
                  hostileCount: try c.decodeIfPresent(Int.self, forKey: .hostileCount))
        expiredTokenAnswer = try c.decodeIfPresent(ExpiredTokenAnswer.self, forKey: .expiredTokenAnswer)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(latencyMilliseconds, forKey: .latencyMilliseconds)
        try c.encode(serverErrorRate, forKey: .serverErrorRate)
        try c.encode(dropAfterCommitRate, forKey: .dropAfterCommitRate)
        try c.encode(malformedRate, forKey: .malformedRate)
        try c.encode(expiredTokenRate, forKey: .expiredTokenRate)
        try c.encodeIfPresent(hostile, forKey: .hostile)
        try c.encode(hostileMegabytes, forKey: .hostileMegabytes)
        try c.encode(hostileIntervalMilliseconds, forKey: .hostileIntervalMilliseconds)
        try c.encode(hostileRedirectPort, forKey: .hostileRedirectPort)
        try c.encode(hostileCount, forKey: .hostileCount)
        try c.encodeIfPresent(expiredTokenAnswer, forKey: .expiredTokenAnswer)
    }
}

/// The ways a misbehaving or malicious core answers, for testing a client's defences.
public enum HostileAnswer: String, Codable, Sendable, CaseIterable {
    /// A valid envelope of `hostileMegabytes` MB.
    case hugeAnswer
    /// A chunked body that never ends (until the client hangs up).
    case endlessBody
    /// The head at once, then the body one byte every `hostileIntervalMilliseconds`.
    case slowBody
    /// Nothing for `hostileIntervalMilliseconds`, then an honest answer.
    case slowHeaders
    /// `content-encoding: gzip` on a small body that inflates to `hostileMegabytes` MB.
    case gzipBomb
    /// `data` nested `hostileCount` arrays deep.
    case deepNesting
    /// A 302 to the same path on `hostileRedirectPort`.
    case redirect
    /// `GET leads/{id}` answers the lead with `hostileCount` relatives.
    case bigLead
    /// `clients/find/{ids}` answers the requested clients and `hostileCount` others.
    case unrequestedClients

    public var defaultCount: Int {
        switch self {
        case .deepNesting: return 100_000
        case .bigLead: return 5_000
        case .unrequestedClients: return 100_000
        default: return 0
        }
    }
}

/// How a simulator instance behaves.
public struct SimulatorOptions: Sendable {
    /// The one user the simulator knows.
    public var userName: String
    public var password: String
    /// The tenant key every login must carry in the `customer-key` header.
    public var customerKey: String
    /// How long a `bsauth` token stays valid (a real core: about half an hour).
    public var tokenLifetime: Duration
    public var faults: SimulatorFaults
    /// A JSON file holding the simulator's data: loaded at start (seeded with demo data when
    /// it does not exist) and rewritten after every change. Nil keeps everything in memory.
    public var dataFile: String?
    /// Makes fault injection repeatable; nil draws from the system generator.
    public var randomSeed: UInt64?
    public var logger: Logger
    /// OAuth, the challenge–proof login, a locked user and what `whoami` answers.
    public var auth = SimulatorAuthOptions()

    public init(userName: String = "demo", password: String = "demo", customerKey: String = "demo",
                tokenLifetime: Duration = .seconds(1800), faults: SimulatorFaults = .none,
                dataFile: String? = nil, randomSeed: UInt64? = nil,
                logger: Logger = Logger(label: "leadterm.simulator")) {
        self.userName = userName
        self.password = password
        self.customerKey = customerKey
        self.tokenLifetime = tokenLifetime
        self.faults = faults
        self.dataFile = dataFile
        self.randomSeed = randomSeed
        self.logger = logger
    }
}
