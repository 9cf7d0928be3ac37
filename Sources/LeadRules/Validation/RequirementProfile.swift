import Foundation
import LeadModel

/// Which fields must be filled: data, not code, because the core decides it (its Model
/// Editor). A profile is a list of catalog patterns; `relatives[].lastName` means "for every
/// relative", an object path (`registrationAddressData`) means "with at least one part filled".
public struct RequirementProfile: Hashable, Sendable {
    public var name: String
    /// Catalog patterns, in file order.
    public var required: [FieldPath]

    public init(name: String, required: [FieldPath]) {
        self.name = name
        self.required = required
    }

    /// Whether a field (concrete path or pattern) must be filled, for marking it on screens.
    public func isRequired(_ path: FieldPath) -> Bool {
        let pattern = path.pattern
        return required.contains(pattern)
    }

    // MARK: - Built-ins

    /// The documented minimum of a lead: first name and mobile phone. The default.
    public static let minimal = RequirementProfile(name: "minimal", required: ["firstName", "mobilePhone"])

    /// A natural-person loan application keyed in at a branch.
    public static let branch: RequirementProfile = {
        // Parsing the same text as a profile file keeps built-ins and files one format.
        (try? parse(branchText, name: "branch")) ?? RequirementProfile(name: "branch", required: [])
    }()

    static let branchText = """
        # A natural-person loan application keyed in at a branch.
        lastName
        firstName
        birthDate
        sexId
        passport.seria
        passport.no
        passport.issueDate
        passport.manager
        registrationAddressData
        mobilePhone
        amount
        period
        periodUnit
        """

    public static let builtIns: [RequirementProfile] = [.minimal, .branch]

    public static func builtIn(named name: String) -> RequirementProfile? {
        builtIns.first { $0.name == name }
    }

    // MARK: - Files

    /// Parses a profile: one catalog pattern per line; `#` starts a comment; blank lines are
    /// ignored. A path the catalog does not know is an error naming it and its line.
    public static func parse(_ text: String, name: String) throws(ProfileError) -> RequirementProfile {
        var paths: [FieldPath] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard !line.isEmpty else { continue }
            guard let path = FieldPath(parsing: line), path == path.pattern,
                  FieldCatalog.byPath[path] != nil
            else {
                throw ProfileError(profile: name, line: index + 1, path: line)
            }
            if !paths.contains(path) { paths.append(path) }
        }
        return RequirementProfile(name: name, required: paths)
    }

    /// Reads a profile file (the only I/O in the rules). The profile is named after the file.
    public static func load(contentsOfFile path: String) throws -> RequirementProfile {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, name: name)
    }
}

/// A line of a requirement profile that names no catalog field.
public struct ProfileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var profile: String
    public var line: Int
    public var path: String

    public var message: LocalizedText {
        LocalizedText(
            ru: "профиль «\(profile)», строка \(line): неизвестное поле «\(path)» (нужен путь из каталога, например relatives[].lastName)",
            en: "profile “\(profile)”, line \(line): unknown field “\(path)” (expected a catalog path such as relatives[].lastName)")
    }

    public var description: String { message.en }
}
