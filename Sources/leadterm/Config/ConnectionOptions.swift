import ArgumentParser
import CoreClient
import Foundation
import LeadStore

/// The connection flags every command that talks to the core takes.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Core URL, e.g. https://core.bank.local (or LEADTERM_SERVER, or server in config.toml).")
    var server: String?

    @Option(name: .customLong("customer-key"), help: "Tenant key (or LEADTERM_CUSTOMER_KEY).")
    var customerKey: String?

    @Option(help: "User name (or LEADTERM_USER). The password comes from LEADTERM_PASSWORD, the config file or a prompt; never a flag.")
    var user: String?

    @Option(help: "Config file (default: $XDG_CONFIG_HOME/leadterm/config.toml or ~/.config/leadterm/config.toml).")
    var config: String?

    @Option(name: .customLong("connect-timeout"), help: "Seconds to wait for a connection (default 5).")
    var connectTimeout: Double?

    @Option(name: .customLong("timeout"), help: "Seconds to wait for an answer (default 30).")
    var requestTimeout: Double?

    @Option(name: .customLong("ca-file"), help: "Extra PEM certificate authorities to trust.")
    var caFile: String?

    @Option(help: "The vendor's gateway for the FIAS look-up, e.g. https://gate.brainysoft.ru (or LEADTERM_GATEWAY, or gateway in config.toml; off when none is given).")
    var gateway: String?

    @Flag(name: .customLong("insecure-skip-verify"), help: "Do not verify the certificate (loopback servers only).")
    var insecureSkipVerify = false

    @Option(help: "How to log in: plain (default), oauth (client-id and client-secret from the config or LEADTERM_CLIENT_SECRET) or scram (or LEADTERM_AUTH, or auth in config.toml).")
    var auth: String?

    var flags: ConnectionFlags {
        ConnectionFlags(server: server, customerKey: customerKey, user: user, configPath: config,
                        connectTimeout: connectTimeout, requestTimeout: requestTimeout, caFile: caFile,
                        insecureSkipVerify: insecureSkipVerify, gateway: gateway, auth: auth)
    }

    /// A logged-in-on-demand service, asking for the password when nothing gave one.
    /// Logging goes to the log file of `dataDirectory` (the command's `--data-dir`, if it has
    /// one) at the config's `log-level`, never to the terminal.
    func openService(dataDirectory: DataDirectory = .standard()) throws -> HTTPCoreService {
        let environment = ProcessInfo.processInfo.environment
        let settings: ConnectionSettings
        do {
            let file = try ConnectionSettings.configFile(flags: flags, environment: environment)
            LogSetup.bootstrap(directory: dataDirectory, configuredLevel: file?.logLevel, environment: environment)
            settings = try ConnectionSettings.resolve(flags: flags, environment: environment, file: file)
        } catch let problem as ConnectionSettings.Problem {
            throw CommandFailure(problem.description, exit: .usage)
        }
        let password: String
        if let known = settings.password {
            password = known
        } else {
            guard let typed = PasswordPrompt.read(prompt: "Password for \(settings.user) at \(settings.server.absoluteString): ") else {
                throw CommandFailure("no password: set LEADTERM_PASSWORD (or password in a chmod 600 config file), or run in a terminal to be asked", exit: .usage)
            }
            password = typed
        }
        let connection = settings.connection(password: password)
        if connection.isPlainHTTPToRemote && connection.allowPlainHTTP {
            let where_ = connection.plainHTTPTokenURL.map { "token-url \(CoreConnection.label(of: $0))" } ?? connection.serverLabel
            FileHandle.standardError.write(Data("warning: \(where_) is plain http:// (allow-plain-http = true): the password or client secret and the session token cross the network unencrypted\n".utf8))
        }
        do {
            return try HTTPCoreService(connection: connection)
        } catch {
            throw CommandFailure(error.description, exit: .usage)
        }
    }
}

/// A one-line error for the person at the terminal, and the exit status for scripts.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    let status: LeadtermExit

    init(_ message: String, exit status: LeadtermExit) {
        self.description = message
        self.status = status
    }

    /// `error` for the person at the terminal: a refused login (wrong password, unknown
    /// customer key, locked user, refused OAuth client, a session refused again right after a
    /// new login, a login method leadterm cannot do) is `.loginRefused`, anything else `otherwise`.
    static func core(_ error: CoreError, otherwise exit: LeadtermExit) -> CommandFailure {
        CommandFailure(error.description, exit: error.isLoginFailure ? .loginRefused : exit)
    }

    /// Prints `leadterm: message` on stderr and exits.
    func exit() -> Never {
        FileHandle.standardError.write(Data("leadterm: \(description)\n".utf8))
        Foundation.exit(status.rawValue)
    }
}
