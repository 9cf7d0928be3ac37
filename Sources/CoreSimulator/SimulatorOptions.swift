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
    /// How a token the simulator does not accept (expired, revoked, unknown) is answered:
    /// nil is HTTP 401.
    public var expiredTokenAnswer: ExpiredTokenAnswer?

    public init(latencyMilliseconds: Int = 0, serverErrorRate: Double = 0,
                dropAfterCommitRate: Double = 0, malformedRate: Double = 0,
                expiredTokenRate: Double = 0) {
        self.latencyMilliseconds = latencyMilliseconds
        self.serverErrorRate = serverErrorRate
        self.dropAfterCommitRate = dropAfterCommitRate
        self.malformedRate = malformedRate
        self.expiredTokenRate = expiredTokenRate
    }

    public static let none = SimulatorFaults()
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
