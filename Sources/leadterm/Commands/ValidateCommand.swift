import Foundation
import LeadModel
import LeadRules
import ArgumentParser

/// `leadterm validate FILE.json`: checks a lead file the way the submit path does.
/// Exit 0 without errors (warnings allowed), 1 with errors, 2 when the file is not a lead.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a lead JSON file against the field catalog and the validation rules.",
        discussion: """
            Prints one problem per line as `path: message` (warnings marked), or a JSON array \
            of problems with --json. Exit status: 0 no errors (warnings allowed), 1 errors, \
            2 the file cannot be read or is not a lead JSON object.
            """
    )

    @Argument(help: "The lead JSON file.")
    var file: String

    @OptionGroup var rules: RuleOptions

    @Flag(help: "Print the problems as a JSON array.")
    var json = false

    @Option(name: .customLong("max-file-bytes"), help: "Refuse a lead file larger than this many bytes (default 16 MB).")
    var maxFileBytes: Int?
    @Option(help: "Config file whose [limits] apply (default: $XDG_CONFIG_HOME/leadterm/config.toml when it exists).")
    var config: String?

    func run() async throws {
        let language = rules.language
        let countryProfile: any CountryProfile, requirements: RequirementProfile
        switch rules.resolve() {
        case .success(let resolved): (countryProfile, requirements) = resolved
        case .failure(let failure): throw ValidationError(failure.description)
        }
        let limits: LeadLimits
        do { limits = try LimitsConfig.forCommand(configPath: config, environment: ProcessInfo.processInfo.environment) }
        catch let failure as CommandFailure { failure.exit() }
        let limit = maxFileBytes ?? limits.leadFileBytes
        if let refused = LeadFileInput.refusedForSize(file: file, limit: limit, limits: limits, language: language) {
            Self.fail(refused.description)
        }
        let validator = LeadValidator(profile: requirements, country: countryProfile, today: .today(), limits: limits)
        // Checked as it is read, the text read given back as it goes: a large file's rows
        // are never all in memory at once. A file that needs the whole check is read again.
        let check: LeadValidator.FileCheck
        do {
            let bytes = try InputFile.readReleasable(file, limit: limit)
            check = try validator.validate(fileBytes: bytes.bytes, letGo: bytes.letGo)
                ?? validator.validate(file: InputFile.read(file, limit: limit))
        } catch {
            Self.fail("\(error)")
        }
        LeadFileInput.warn(check.duplicates, file: file, language: language)
        let problems: [Problem]
        switch check.problems {
        case .success(let found): problems = found
        case .failure(let failure): Self.fail(LeadFileInput.notALead(failure, file: file, language: language).description)
        }
        if json {
            let out = try WireCoding.encode(problems, pretty: true)
            print(String(decoding: out, as: UTF8.self))
        } else {
            for p in problems { print(ValidateOutput.line(p, language: language)) }
        }
        if problems.hasErrors { throw ExitCode(LeadtermExit.refused) }
    }

    /// The file's problem alone on stderr (no `leadterm:` prefix: it starts with the file's name).
    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(LeadtermExit.usage.rawValue)
    }
}

extension Language: ExpressibleByArgument {}

/// The text form of a problem: `path: message`, warnings marked.
enum ValidateOutput {
    static let warning = LocalizedText(ru: "предупреждение", en: "warning")

    static func line(_ problem: Problem, language: Language) -> String {
        let path = problem.path.components.isEmpty ? "(lead)" : problem.path.description
        let mark = problem.severity == .warning ? warning.text(in: language) + ": " : ""
        return "\(path): \(mark)\(Terminal.printable(problem.message.text(in: language)))"
    }
}

/// Text from a file on its way to the terminal, without control characters.
enum Terminal {
    static func printable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.properties.generalCategory != .control }))
    }
}
