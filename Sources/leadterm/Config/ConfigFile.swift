import Foundation
import CoreClient
import LeadRules
import TOMLKit

/// `config.toml`: the settings a user or a kiosk's administrator keeps on disk.
/// Flags win over the environment, which wins over this file.
///
/// ```toml
/// server = "https://core.bank.local"
/// customer-key = "tenant"
/// user = "ivanova"
/// # password = "…"          # allowed only when the file is chmod 600
/// connect-timeout = 5        # seconds
/// request-timeout = 30
/// ca-file = "/etc/leadterm/bank-ca.pem"
/// insecure-skip-verify = false  # loopback servers only
/// allow-plain-http = false   # send the password over http:// to another machine (warned)
/// max-answer-mb = 32         # a bigger (or endless) answer is cut off, not retried
/// max-records = 10000        # records one list answer may hold
/// core-time-zone = "UTC"
/// gateway = "https://gate.brainysoft.ru"  # the vendor's gateway, for the FIAS look-up (off when absent)
/// auth = "plain"             # plain, oauth or scram
/// token-url = "https://tenant-auth.brainysoft.ru"   # auth = "oauth" (this is the default)
/// client-id = "leadterm"
/// # client-secret = "…"     # like password: only when the file is chmod 600
///
/// log-level = "info"         # trace, debug, info, notice, warning, error, critical
/// language = "ru"            # ru or en
/// theme = "high-contrast"   # or "ascii": no box-drawing characters
/// quiet = true               # quiet screen for screen readers: ASCII only
/// accessible = true          # line-by-line mode for screen readers and braille displays
/// profile = "branch"
/// country = "RU"
/// accept-single-match = true # a code list's type-ahead takes the one choice left (default: on with profile "branch")
///
/// [paths]                    # override any core path (see CorePaths.Endpoint names)
/// create-lead = "/bs-core/main/leads"
/// # loan-specialists = "…"  # no default: no vendor page names these dictionaries' paths
/// # money-methods = "…"
///
/// [kiosk]
/// enabled = true
/// idle-seconds = 120
/// supervisor-pin = "$y$j9T$…"   # from `leadterm pin-hash`; file must be chmod 600
/// lookup = false             # offer the client look-up by ID (masked: initials, last four digits)
///
/// [lists.loan-specialists]  # managerId picked by name (see ListsConfig); else typed as a number
/// 1017 = "Иванова А. П."
/// [lists.money-methods]      # gettingMoneyMethodId
/// 1 = "Наличными в кассе"
///
/// [limits]                   # see LeadLimits
/// rows-per-list = 10000
/// extra-fields = 10000
/// lead-file-bytes = 16777216
/// ```
struct ConfigFile: Equatable {
    var server: String?
    var customerKey: String?
    var user: String?
    var password: String?
    var connectTimeout: Double?
    var requestTimeout: Double?
    var caFile: String?
    var insecureSkipVerify: Bool?
    var allowPlainHTTP: Bool?
    var maxAnswerMegabytes: Int?
    var maxRecords: Int?
    var coreTimeZone: String?
    var gateway: String?
    var auth: String?
    var tokenURL: String?
    var clientID: String?
    var clientSecret: String?
    var paths: [String: String] = [:]
    var logLevel: String?
    var language: String?
    var theme: String?
    /// `quiet`: the quiet screen (see `RunCommand.quietScreen`).
    var quiet: Bool?
    /// `accessible`: the line-by-line mode (see `RunCommand.accessible`).
    var accessible: Bool?
    var profile: String?
    var country: String?
    var kiosk = Kiosk()
    /// `check-after-create`: every accepted new lead is sent to the core's check at once.
    var checkAfterCreate: Bool?
    /// `accept-single-match`: a code list's type-ahead that leaves one choice takes it.
    var acceptSingleMatch: Bool?
    /// `[limits]`: how large a lead leadterm takes on (see `LeadLimits`).
    var limits = LeadLimits.standard
    /// `[lists]`: configured choice lists by name (`ListsConfig.keys`).
    var lists: [String: [ListsConfig.Entry]] = [:]

    /// `[kiosk]`: a locked-down terminal.
    struct Kiosk: Equatable {
        var enabled: Bool?
        var idleSeconds: Int?
        var supervisorPIN: SupervisorPIN?
        /// `lookup`: the client look-up by ID, masked (off unless set).
        var lookup: Bool?
    }

    /// A setting that cannot be used, with where it is.
    struct Problem: Error, CustomStringConvertible {
        let path: String
        let line: Int?
        let key: String?
        let message: String

        var description: String {
            var place = path
            if let line { place += ":\(line)" }
            if let key { place += " (\(key))" }
            return "\(place): \(message)"
        }
    }

    /// Whether a code list's type-ahead takes the one choice left: as set, else on for the
    /// heads-down `branch` profile (branch specialists keying applications all day).
    func acceptsSingleMatch(profile: RequirementProfile) -> Bool {
        acceptSingleMatch ?? (profile.name == RequirementProfile.branch.name)
    }

    /// `$XDG_CONFIG_HOME/leadterm/config.toml`, or `~/.config/leadterm/config.toml`.
    static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg + "/leadterm/config.toml"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/leadterm/config.toml"
    }

    /// Reads and checks the file; a password in a file others can read is refused.
    static func load(path: String, maxBytes: Int = LimitsConfig.defaultConfigBytes) throws -> ConfigFile {
        if let size = LimitsConfig.oversize(path: path, limit: maxBytes) {
            throw Problem(path: path, line: nil, key: nil,
                          message: "is \(size) bytes, more than a config file may be (\(maxBytes); LEADTERM_CONFIG_MAX_BYTES sets it)")
        }
        let text: String
        do {
            let data = try InputFile.read(path, limit: maxBytes)
            if let bad = LeadJSON.firstInvalidUTF8(in: Array(data)) {
                throw Problem(path: path, line: nil, key: nil, message: "is not UTF-8: invalid byte at offset \(bad)")
            }
            text = String(decoding: data, as: UTF8.self)
        } catch let refusal as InputFile.Refusal {
            throw Problem(path: path, line: nil, key: nil, message: refusal.reason)
        }
        let file = try parse(text, path: path)
        // The mode that counts is the one of the file read: for a symlink, its target's.
        if let found = permissions(of: path), found.mode & 0o077 != 0 {
            let (mode, target) = (found.mode, found.target)
            let which = target.map { "\(path) is a link to \($0), which" } ?? "it"
            // A PIN has so few values that its hash is as good as the PIN to whoever can read it.
            if file.password != nil {
                throw Problem(path: path, line: line(of: "password", in: nil, text: text), key: "password",
                              message: "holds a password but \(which) can be read by others (mode \(String(mode, radix: 8))); run: chmod 600 \(target ?? path)")
            }
            if file.clientSecret != nil {
                throw Problem(path: path, line: line(of: "client-secret", in: nil, text: text), key: "client-secret",
                              message: "holds the OAuth client secret but can be read by others (mode \(String(mode, radix: 8))); run: chmod 600 \(path)")
            }
            if file.kiosk.supervisorPIN != nil {
                throw Problem(path: path, line: line(of: "supervisor-pin", in: "kiosk", text: text), key: "kiosk.supervisor-pin",
                              message: "holds the supervisor PIN's hash but \(which) can be read by others (mode \(String(mode, radix: 8))); run: chmod 600 \(target ?? path)")
            }
        }
        return file
    }

    static func parse(_ text: String, path: String) throws -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(path: path, line: error.source.begin.line, key: nil, message: error.description)
        }
        var file = ConfigFile()
        func fail(_ key: String, in section: String? = nil, _ message: String) -> Problem {
            Problem(path: path, line: line(of: key, in: section, text: text),
                    key: section.map { "\($0).\(key)" } ?? key, message: message)
        }
        func string(_ key: String) throws -> String? {
            guard let value = table[key] else { return nil }
            guard let s = value.string else { throw fail(key, "must be a string in quotes") }
            return s
        }
        func seconds(_ key: String) throws -> Double? {
            guard let value = table[key] else { return nil }
            guard let n = value.double ?? value.int.map(Double.init), n > 0, n <= 3600 else {
                throw fail(key, "must be a number of seconds between 0 and 3600")
            }
            return n
        }
        let known = ["server", "customer-key", "user", "password", "connect-timeout", "request-timeout",
                     "ca-file", "insecure-skip-verify", "core-time-zone", "gateway", "paths",
                     "allow-plain-http", "max-answer-mb", "max-records",
                     "auth", "token-url", "client-id", "client-secret",
                     "log-level", "language", "theme", "quiet", "accessible", "profile", "country", "kiosk",
                     "check-after-create", "accept-single-match", "limits", "lists"]
        if let key = firstKey(in: nil, text: text, table: table, where: { !known.contains($0) }) {
            throw fail(key, "unknown setting (known: \(known.joined(separator: ", ")))")
        }
        file.server = try string("server")
        file.customerKey = try string("customer-key")
        file.user = try string("user")
        file.password = try string("password")
        file.connectTimeout = try seconds("connect-timeout")
        file.requestTimeout = try seconds("request-timeout")
        file.caFile = try string("ca-file")
        file.coreTimeZone = try string("core-time-zone")
        file.gateway = try string("gateway")
        file.auth = try string("auth")
        if let auth = file.auth, !AuthMethod.names.contains(auth) {
            throw fail("auth", "must be one of: " + AuthMethod.names.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        file.tokenURL = try string("token-url")
        file.clientID = try string("client-id")
        file.clientSecret = try string("client-secret")
        if let value = table["insecure-skip-verify"] {
            guard let b = value.bool else { throw fail("insecure-skip-verify", "must be true or false") }
            file.insecureSkipVerify = b
        }
        if let value = table["check-after-create"] {
            guard let b = value.bool else { throw fail("check-after-create", "must be true or false") }
            file.checkAfterCreate = b
        }
        if let value = table["accept-single-match"] {
            guard let b = value.bool else { throw fail("accept-single-match", "must be true or false") }
            file.acceptSingleMatch = b
        }
        if let value = table["allow-plain-http"] {
            guard let b = value.bool else { throw fail("allow-plain-http", "must be true or false") }
            file.allowPlainHTTP = b
        }
        if let value = table["max-answer-mb"] {
            guard let n = value.int, (1...1024).contains(n) else { throw fail("max-answer-mb", "must be a whole number of megabytes, 1 to 1024") }
            file.maxAnswerMegabytes = n
        }
        if let value = table["max-records"] {
            guard let n = value.int, (1...1_000_000).contains(n) else { throw fail("max-records", "must be a whole number, 1 to 1000000") }
            file.maxRecords = n
        }
        file.logLevel = try string("log-level")
        if let level = file.logLevel, LogSetup.level(from: level).problem != nil {
            throw fail("log-level", "must be one of: trace, debug, info, notice, warning, error, critical")
        }
        file.language = try string("language")
        if let language = file.language, !["ru", "en"].contains(language.lowercased()) {
            throw fail("language", "must be \"ru\" or \"en\"")
        }
        file.theme = try string("theme")
        if let value = table["quiet"] {
            guard let b = value.bool else { throw fail("quiet", "must be true or false") }
            file.quiet = b
        }
        if let value = table["accessible"] {
            guard let b = value.bool else { throw fail("accessible", "must be true or false") }
            file.accessible = b
        }
        file.profile = try string("profile")
        file.country = try string("country")
        if let country = file.country, CountryProfiles.profile(code: country.uppercased()) == nil {
            throw fail("country", "must be one of: " + CountryProfiles.all.map(\.code).joined(separator: ", "))
        }
        if let value = table["kiosk"] {
            guard let kiosk = value.table else { throw fail("kiosk", "must be a [kiosk] table") }
            file.kiosk = try parseKiosk(kiosk, text: text, fail: { key, message in fail(key, in: "kiosk", message) })
        }
        if let value = table["limits"] {
            guard let limits = value.table else { throw fail("limits", "must be a [limits] table") }
            file.limits = try LimitsConfig.parse(limits, fail: { key, message in fail(key, in: "limits", message) })
        }
        if let value = table["lists"] {
            guard let lists = value.table else { throw fail("lists", "must be a [lists] table") }
            file.lists = try ListsConfig.parse(lists, fail: { key, message in fail(key, in: "lists", message) })
        }
        if let value = table["paths"] {
            guard let paths = value.table else { throw fail("paths", "must be a [paths] table") }
            for key in paths.keys {
                guard let template = paths[key]?.string else { throw fail(key, in: "paths", "must be a string in quotes") }
                file.paths[key] = template
            }
        }
        return file
    }

    private static func parseKiosk(_ table: TOMLTable, text: String, fail: (String, String) -> Problem) throws -> Kiosk {
        var kiosk = Kiosk()
        let known = ["enabled", "idle-seconds", "supervisor-pin", "lookup"]
        if let key = firstKey(in: "kiosk", text: text, table: table, where: { !known.contains($0) }) {
            throw fail(key, "unknown setting (known in [kiosk]: \(known.joined(separator: ", ")))")
        }
        if let value = table["enabled"] {
            guard let b = value.bool else { throw fail("enabled", "must be true or false") }
            kiosk.enabled = b
        }
        if let value = table["lookup"] {
            guard let b = value.bool else { throw fail("lookup", "must be true or false") }
            kiosk.lookup = b
        }
        if let value = table["idle-seconds"] {
            guard let n = value.int, (15...86_400).contains(n) else {
                throw fail("idle-seconds", "must be a whole number of seconds from 15 to 86400")
            }
            kiosk.idleSeconds = n
        }
        if let value = table["supervisor-pin"] {
            guard let text = value.string else { throw fail("supervisor-pin", "must be a string in quotes") }
            do { kiosk.supervisorPIN = try SupervisorPIN(encoded: text) } catch let problem as SupervisorPIN.Problem {
                throw fail("supervisor-pin", problem.description)
            }
        }
        return kiosk
    }

    /// Of the keys of `table` that match `unwanted`, the one set first in the file (so the
    /// message names the same key every time, and its line is found in one pass); any of
    /// them when the text does not show where (a dotted or inline key).
    static func firstKey(in section: String?, text: String, table: TOMLTable, where unwanted: (String) -> Bool) -> String? {
        let candidates = table.keys.filter(unwanted)
        guard !candidates.isEmpty else { return nil }
        let wanted = Set(candidates)
        var current: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                continue
            }
            guard current == section, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            if wanted.contains(key) { return key }
        }
        return candidates.min()
    }

    /// The line where `key` is set (inside `[section]` when given), for messages.
    static func line(of key: String, in section: String?, text: String) -> Int? {
        var current: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                continue
            }
            guard current == section, line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("=") { return index + 1 }
        }
        return nil
    }

    /// The permission bits of the file `path` names, following links, and the file a link
    /// leads to (nil when `path` is not a link).
    private static func permissions(of path: String) -> (mode: Int, target: String?)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        var own = stat()
        let isLink = lstat(path, &own) == 0 && own.st_mode & S_IFMT == S_IFLNK
        let target = isLink ? realpath(path, nil).map { pointer -> String in
            defer { free(pointer) }
            return String(cString: pointer)
        } : nil
        return (Int(info.st_mode & 0o7777), isLink ? (target ?? path) : nil)
    }
}
