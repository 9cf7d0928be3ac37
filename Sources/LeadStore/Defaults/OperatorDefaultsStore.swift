import Foundation

/// Each operator's defaults of a new lead (what they chose on their last sent lead: their
/// subdivision, loan specialist, channel, product, money-getting method), by login, in one
/// small JSON file of the data folder (`operator-defaults.json`, 0600). Only codes of the
/// bank's own lists live here, never a customer's data, so it is not sealed; it is a file
/// of its own rather than a table so the database schema stays as it is.
public struct OperatorDefaultsStore: Sendable {
    public let url: URL

    public init(directory: DataDirectory) {
        url = directory.url.appendingPathComponent("operator-defaults.json")
    }

    /// The login's defaults (field path → text); nothing stored is an empty dictionary.
    public func load(login: String) throws -> [String: String] {
        try all()[login] ?? [:]
    }

    public func save(_ fields: [String: String], login: String) throws {
        var everyone = (try? all()) ?? [:]
        everyone[login] = fields
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = try encoder.encode(everyone)
        // Written whole and renamed (`.atomic`): a crash never leaves half a file. The data
        // folder is 0700 already; the file is 0600 like everything in it.
        try data.write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }

    private func all() throws -> [String: [String: String]] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        return try JSONDecoder().decode([String: [String: String]].self, from: Data(contentsOf: url))
    }
}
