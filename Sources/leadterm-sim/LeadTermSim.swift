import ArgumentParser
import CoreSimulator
import Foundation
import Logging
import UnixSignals

/// `leadterm-sim`: a local BrainySoft core for demos and tests.
@main
struct LeadTermSim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadterm-sim",
        abstract: "A local BrainySoft core: the documented API, demo data and injectable faults.",
        discussion: """
        The first line printed is the URL the simulator listens on; then the demo login.
        Stop it with Ctrl-C (SIGINT) or SIGTERM. Call log: GET <url>/_sim/requests.

        Routes (the vendor's paths; any other path gets an error envelope, 404):
          POST    /bs-core/main/login
          POST    /bs-core/main/leads
          GET|PUT /bs-core/main/leads/{id}
          GET     /bs-core/main/leads/find/{ids}
          GET     /bs-core/main/leads/find/date-from/{from}/date-to/{to}
          POST    /bs-core/main/leads/partial-load
          POST    /bs-core/main/leads/{id}/check
          GET     /bs-core/main/leads/{id}/statuses
          GET     /bs-core/main/clients/find/{ids}
          GET     /bs-core/main/clients/{id}
          GET     /bs-core/main/clients/init
          POST    /bs-core/main/clients/partial-load
          GET     /bs-core/dicts/countries
          GET     /bs-core/dicts/credit-products
          POST    /outside/fias/{customer-key}/getFiasId  (gateway; form field addr)
        A lead is created WAITING with no client. Its check links or makes the
        client and sets APPROVED (and a loanApplicationId) or DENIED, with records
        naming what is missing.
        """
    )

    @Option(help: "Address to listen on (loopback by default).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 takes a free port.")
    var port = 8080

    @Option(help: "JSON file holding the data; created with the demo data when missing. Default: memory only.")
    var data: String?

    @Option(help: "User name of the demo login.")
    var user = "demo"

    @Option(help: "Password of the demo login (a local test core, not a real secret).")
    var password = "demo"

    @Option(name: .customLong("customer-key"), help: "The tenant key logins must send.")
    var customerKey = "demo"

    @Option(name: .customLong("token-lifetime"), help: "Seconds a session token stays valid.")
    var tokenLifetime: Double = 1800

    @Option(help: "Milliseconds added to every answer.")
    var latency = 0

    @Option(name: .customLong("error-rate"), help: "Share (0...1) of calls answered with HTTP 500.")
    var errorRate = 0.0

    @Option(name: .customLong("drop-rate"), help: "Share (0...1) of lead creates/updates committed and then dropped without an answer.")
    var dropRate = 0.0

    @Option(name: .customLong("malformed-rate"), help: "Share (0...1) of answers sent as truncated JSON.")
    var malformedRate = 0.0

    @Option(name: .customLong("expired-token-rate"), help: "Share (0...1) of calls whose session is treated as expired.")
    var expiredTokenRate = 0.0

    @Option(help: ArgumentHelp("A hostile core: every call after the login is answered this way.",
                               discussion: "One of: \(HostileAnswer.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "mode"))
    var hostile: HostileAnswer?

    @Option(name: .customLong("hostile-mb"), help: "Size of the huge answer and of the inflated gzip bomb, in MB.")
    var hostileMegabytes = 40

    @Option(name: .customLong("hostile-interval"), help: "Milliseconds between the slow body's bytes; the slow headers' delay.")
    var hostileInterval = 200

    @Option(name: .customLong("hostile-redirect-port"), help: "The port the redirect points to.")
    var hostileRedirectPort = 9

    @Option(name: .customLong("hostile-count"), help: "Relatives of the big lead, unrequested clients, nesting depth (default per mode).")
    var hostileCount: Int?

    @Option(name: .customLong("expired-token-answer"),
            help: "How a token that is no longer valid is answered: 401, 403, or envelope (HTTP 200 with an error envelope {code, message, type}).")
    var expiredTokenAnswer = "401"

    @Flag(name: .customLong("user-locked"), help: "Refuse every login of the user as a locked user's.")
    var userLocked = false

    @Option(name: .customLong("oauth-client-id"), help: "The client id POST /oauth/token accepts.")
    var oauthClientID = "leadterm-demo"

    @Option(name: .customLong("oauth-client-secret"), help: "The client secret POST /oauth/token accepts (a local test core, not a real secret).")
    var oauthClientSecret = "demo-secret"

    @Option(name: .customLong("scram-mode"), help: "The authMode the challenge-proof login asks for: SCRAM_SHA1, SCRAM_SHA256, SCRAM_SHA512, or another name no proof passes.")
    var scramMode = "SCRAM_SHA256"

    @Option(name: .customLong("scram-iterations"), help: "PBKDF2 iterations of the challenge-proof login.")
    var scramIterations = 4096

    @Option(help: "Seed for the fault draws, to make a run repeatable.")
    var seed: UInt64?

    @Flag(help: "Log every call to stderr (methods, paths, statuses; no personal data).")
    var verbose = false

    func validate() throws {
        for (name, rate) in [("error-rate", errorRate), ("drop-rate", dropRate),
                             ("malformed-rate", malformedRate), ("expired-token-rate", expiredTokenRate)]
        where !(0...1).contains(rate) {
            throw ValidationError("--\(name) must be between 0 and 1, got \(rate)")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535") }
        guard tokenLifetime > 0 else { throw ValidationError("--token-lifetime must be positive") }
        guard hostileMegabytes > 0, hostileInterval >= 0, (hostileCount ?? 0) >= 0 else {
            throw ValidationError("--hostile-mb must be positive, --hostile-interval and --hostile-count not negative")
        }
        guard ExpiredTokenAnswer(rawValue: expiredTokenAnswer) != nil else {
            throw ValidationError("--expired-token-answer must be one of: " + ExpiredTokenAnswer.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard (1...1_000_000).contains(scramIterations) else { throw ValidationError("--scram-iterations must be 1...1000000") }
    }

    func run() async throws {
        var logger = Logger(label: "leadterm-sim")
        logger.logLevel = verbose ? .info : .warning
        var faults = SimulatorFaults(latencyMilliseconds: latency, serverErrorRate: errorRate,
                                     dropAfterCommitRate: dropRate, malformedRate: malformedRate,
                                     expiredTokenRate: expiredTokenRate, hostile: hostile,
                                     hostileMegabytes: hostileMegabytes, hostileIntervalMilliseconds: hostileInterval,
                                     hostileRedirectPort: hostileRedirectPort, hostileCount: hostileCount)
        faults.expiredTokenAnswer = ExpiredTokenAnswer(rawValue: expiredTokenAnswer)
        var options = SimulatorOptions(
            userName: user, password: password, customerKey: customerKey,
            tokenLifetime: .milliseconds(Int64(tokenLifetime * 1000)),
            faults: faults, dataFile: data, randomSeed: seed, logger: logger)
        options.auth.userLocked = userLocked
        options.auth.oauthClientID = oauthClientID
        options.auth.oauthClientSecret = oauthClientSecret
        options.auth.scramAuthMode = scramMode
        options.auth.scramIterations = scramIterations

        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm)
        let sim = try await CoreSimulator.start(host: host, port: port, options: options)
        Self.say("""
            \(sim.url.absoluteString)
            leadterm-sim: a local BrainySoft core (demo data\(data.map { " in \($0)" } ?? ", in memory"))
              user: \(user)   password: \(password)   customer-key: \(customerKey)
              oauth: token-url \(sim.url.absoluteString)  client-id \(oauthClientID)  client-secret \(oauthClientSecret);  scram: \(scramMode)
              try:  LEADTERM_SERVER=\(sim.url.absoluteString) LEADTERM_CUSTOMER_KEY=\(customerKey) \
            LEADTERM_USER=\(user) LEADTERM_PASSWORD=\(password) leadterm lookup 100401,100402
              calls: GET \(sim.url.absoluteString)/_sim/requests   stop: Ctrl-C

            """)
        for await _ in signals { break }
        await sim.stop()
        Self.say("leadterm-sim: stopped\n")
    }

    /// Unbuffered, so a parent reading the first line sees it at once.
    private static func say(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension HostileAnswer: ExpressibleByArgument {}
