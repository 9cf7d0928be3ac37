import CoreClient
import Foundation

/// The settings given on the command line (never a password: it would show in `ps` and in
/// the shell history).
struct ConnectionFlags: Equatable {
    var server: String?
    var customerKey: String?
    var user: String?
    var configPath: String?
    var connectTimeout: Double?
    var requestTimeout: Double?
    var caFile: String?
    var insecureSkipVerify = false
    var gateway: String?
    /// `plain`, `oauth` or `scram` (`--auth`).
    var auth: String?
}

/// How to reach the core, resolved from flags, then the environment (`LEADTERM_SERVER`,
/// `LEADTERM_CUSTOMER_KEY`, `LEADTERM_USER`, `LEADTERM_PASSWORD`, `LEADTERM_AUTH`,
/// `LEADTERM_CLIENT_SECRET`), then the config file.
/// Shared by the subcommands and the interactive app. The password is held in memory only.
struct ConnectionSettings {
    var server: URL
    var customerKey: String
    var user: String
    /// Nil when no source gave one: ask the person (`PasswordPrompt`) or fail.
    var password: String?
    var connectTimeout: Duration = .seconds(5)
    var requestTimeout: Duration = .seconds(30)
    var caFile: String?
    var insecureSkipVerify = false
    var paths: CorePaths = .default
    var coreTimeZone: TimeZone = CoreConnection.utc
    /// The vendor's gateway for the FIAS look-up; nil (no flag, `LEADTERM_GATEWAY` or
    /// `gateway` key) turns the look-up off.
    var gateway: URL?
    var allowPlainHTTP = false
    var maxAnswerBytes = CoreConnection.defaultMaxAnswerBytes
    var maxRecords = CoreConnection.defaultMaxRecords
    var auth: AuthMethod = .plain

    /// Why settings could not be resolved; the text names the setting and how to give it.
    struct Problem: Error, CustomStringConvertible {
        let description: String
        /// A setting nobody gave (the app can ask for it), as against one given wrongly.
        var isMissing = false
    }

    static func resolve(flags: ConnectionFlags,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ConnectionSettings {
        try resolve(flags: flags, environment: environment, file: try configFile(flags: flags, environment: environment))
    }

    /// Resolves against a config file already read (the interactive app reads it once for
    /// its own settings too).
    static func resolve(flags: ConnectionFlags, environment: [String: String],
                        file: ConfigFile?) throws -> ConnectionSettings {
        func pick(_ flag: String?, _ variable: String, _ fromFile: String?) -> String? {
            [flag, environment[variable], fromFile].compactMap { $0 }.first { !$0.isEmpty }
        }
        func required(_ value: String?, _ what: String, flag: String, variable: String, key: String) throws -> String {
            guard let value else {
                throw Problem(description: "no \(what): give \(flag), set \(variable), or put \(key) in \(ConfigFile.defaultPath(environment: environment))",
                              isMissing: true)
            }
            return value
        }
        let serverText = try required(pick(flags.server, "LEADTERM_SERVER", file?.server), "core server",
                                      flag: "--server", variable: "LEADTERM_SERVER", key: "server")
        guard let server = URL(string: serverText), let scheme = server.scheme?.lowercased(),
              scheme == "http" || scheme == "https", server.host != nil
        else { throw Problem(description: "server \(serverText) is not an http:// or https:// URL") }

        let customerKey = try required(pick(flags.customerKey, "LEADTERM_CUSTOMER_KEY", file?.customerKey), "customer key",
                                       flag: "--customer-key", variable: "LEADTERM_CUSTOMER_KEY", key: "customer-key")
        let auth = try authMethod(pick(flags.auth, "LEADTERM_AUTH", file?.auth), customerKey: customerKey,
                                  environment: environment, file: file)
        var settings: ConnectionSettings
        if case .oauth = auth {
            // The client credentials stand for the user, and there is no password to ask.
            settings = ConnectionSettings(server: server, customerKey: customerKey,
                                          user: pick(flags.user, "LEADTERM_USER", file?.user) ?? "", password: "")
        } else {
            settings = ConnectionSettings(
                server: server, customerKey: customerKey,
                user: try required(pick(flags.user, "LEADTERM_USER", file?.user), "user name",
                                   flag: "--user", variable: "LEADTERM_USER", key: "user"),
                password: pick(nil, "LEADTERM_PASSWORD", file?.password))
        }
        settings.auth = auth
        if let s = flags.connectTimeout ?? file?.connectTimeout { settings.connectTimeout = .milliseconds(Int64(s * 1000)) }
        if let s = flags.requestTimeout ?? file?.requestTimeout { settings.requestTimeout = .milliseconds(Int64(s * 1000)) }
        settings.caFile = flags.caFile ?? file?.caFile
        settings.insecureSkipVerify = flags.insecureSkipVerify || (file?.insecureSkipVerify ?? false)
        settings.allowPlainHTTP = file?.allowPlainHTTP ?? false
        if let mb = file?.maxAnswerMegabytes { settings.maxAnswerBytes = mb << 20 }
        if let n = file?.maxRecords { settings.maxRecords = n }
        if let zone = file?.coreTimeZone {
            guard let tz = TimeZone(identifier: zone) else { throw Problem(description: "core-time-zone \(zone) is not a time zone name") }
            settings.coreTimeZone = tz
        }
        if let text = pick(flags.gateway, "LEADTERM_GATEWAY", file?.gateway) {
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                  scheme == "http" || scheme == "https", url.host != nil
            else { throw Problem(description: "gateway \(text) is not an http:// or https:// URL") }
            settings.gateway = url
        }
        if let overrides = file?.paths, !overrides.isEmpty {
            do {
                settings.paths = try CorePaths(overrides: overrides)
            } catch {
                throw Problem(description: "[paths] in the config file: \(error)")
            }
        }
        return settings
    }

    /// The client's connection, once the password is known.
    func connection(password: String) -> CoreConnection {
        var connection = CoreConnection(server: server, customerKey: customerKey, userName: user, password: password,
                                        connectTimeout: connectTimeout, requestTimeout: requestTimeout, caFile: caFile,
                                        insecureSkipVerify: insecureSkipVerify, paths: paths, coreTimeZone: coreTimeZone,
                                        gateway: gateway, allowPlainHTTP: allowPlainHTTP, maxAnswerBytes: maxAnswerBytes,
                                        maxRecords: maxRecords)
        connection.auth = auth
        return connection
    }

    /// `auth` (`plain` when nothing sets it) with what `oauth` needs: `token-url` (default
    /// `https://{customer-key}-auth.brainysoft.ru`), `client-id`, and `client-secret` from
    /// `LEADTERM_CLIENT_SECRET` or the file.
    static func authMethod(_ name: String?, customerKey: String, environment: [String: String],
                           file: ConfigFile?) throws -> AuthMethod {
        switch name ?? "plain" {
        case "plain": return .plain
        case "scram": return .scram
        case "oauth":
            let place = "the config file"
            let tokenURL: URL
            if let text = file?.tokenURL {
                guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                      scheme == "http" || scheme == "https", url.host != nil
                else { throw Problem(description: "token-url \(text) is not an http:// or https:// URL") }
                tokenURL = url
            } else {
                guard let url = AuthMethod.defaultTokenURL(customerKey: customerKey) else {
                    throw Problem(description: "no token URL can be made from the customer key \(customerKey): put token-url in \(place)")
                }
                tokenURL = url
            }
            guard let clientID = file?.clientID, !clientID.isEmpty else {
                throw Problem(description: "auth = \"oauth\" needs client-id in \(place)", isMissing: true)
            }
            guard let secret = [environment["LEADTERM_CLIENT_SECRET"], file?.clientSecret].compactMap({ $0 }).first(where: { !$0.isEmpty })
            else {
                throw Problem(description: "auth = \"oauth\" needs the client secret: set LEADTERM_CLIENT_SECRET, or put client-secret in a chmod 600 \(place)",
                              isMissing: true)
            }
            return .oauth(tokenURL: tokenURL, clientID: clientID, clientSecret: secret)
        case let other:
            throw Problem(description: "auth must be \"plain\", \"oauth\" or \"scram\", got \"\(other.strippingControlCharacters)\"")
        }
    }

    /// The config file named by `--config`, else the default one when it exists.
    static func configFile(flags: ConnectionFlags, environment: [String: String]) throws -> ConfigFile? {
        let path = flags.configPath ?? ConfigFile.defaultPath(environment: environment)
        guard flags.configPath != nil || FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try ConfigFile.load(path: path, maxBytes: LimitsConfig.configBytes(environment: environment))
        } catch let problem as ConfigFile.Problem {
            throw Problem(description: problem.description)
        }
    }
}
