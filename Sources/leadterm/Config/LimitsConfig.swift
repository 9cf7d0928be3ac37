import Foundation
import LeadRules
import TOMLKit

/// `[limits]` in the config, and the size limit of the config file itself (which has to be
/// known before the file is read: `LEADTERM_CONFIG_MAX_BYTES`, default 1 MiB).
enum LimitsConfig {
    static let defaultConfigBytes = 1 << 20
    static let keys = ["rows-per-list", "extra-fields", "lead-file-bytes"]

    /// The config file size limit from the environment; a value that is not a whole
    /// number of bytes is ignored.
    static func configBytes(environment: [String: String]) -> Int {
        environment["LEADTERM_CONFIG_MAX_BYTES"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? defaultConfigBytes
    }

    /// The `[limits]` table: each key a whole number from 1 to its ceiling.
    static func parse(_ table: TOMLTable, fail: (String, String) -> ConfigFile.Problem) throws -> LeadLimits {
        var limits = LeadLimits.standard
        for key in table.keys where !keys.contains(key) {
            throw fail(key, "unknown setting (known in [limits]: \(keys.joined(separator: ", ")))")
        }
        func number(_ key: String, upTo ceiling: Int, unit: String) throws -> Int? {
            guard let value = table[key] else { return nil }
            guard let n = value.int, (1...ceiling).contains(n) else {
                throw fail(key, "must be a whole number of \(unit) from 1 to \(ceiling)")
            }
            return n
        }
        if let n = try number("rows-per-list", upTo: 10_000_000, unit: "rows") { limits.rowsPerList = n }
        if let n = try number("extra-fields", upTo: 10_000_000, unit: "extra fields") { limits.extraFields = n }
        if let n = try number("lead-file-bytes", upTo: 1 << 30, unit: "bytes") { limits.leadFileBytes = n }
        return limits
    }

    /// The size of the file at `path` when it is larger than `limit`, else nil (and nil when
    /// it cannot be told: reading it will say why).
    static func oversize(path: String, limit: Int) -> Int? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue,
              size > limit else { return nil }
        return size
    }

    /// The limits for a command that reads lead files: `[limits]` of the config it would use
    /// (`--config`, else the default path when that file exists), else the standard ones.
    static func forCommand(configPath: String?, environment: [String: String]) throws -> LeadLimits {
        let flags = ConnectionFlags(configPath: configPath)
        do {
            return try ConnectionSettings.configFile(flags: flags, environment: environment)?.limits ?? .standard
        } catch let problem as ConnectionSettings.Problem {
            throw CommandFailure(problem.description, exit: .usage)
        }
    }
}
