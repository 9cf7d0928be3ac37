import ArgumentParser
import CoreClient
import Foundation
import LeadModel
import LeadRules

/// `leadterm submit FILE.json`: validates a lead file with LeadRules and, when it has no
/// errors, sends it to the core; prints the new lead id. `--update ID` edits a lead instead.
/// Exit status: 0 sent, 1 refused by validation or by the core, 2 bad file, usage or
/// settings, 3 the core could not be reached, 4 the outcome is unknown (check before resending).
struct SubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Validate a lead JSON file and send it to the core; prints the lead id.",
        discussion: """
            Problems are printed as `path: message`; with any error nothing is sent. Warnings \
            are printed and the lead is sent.
            """
    )

    @Argument(help: "The lead JSON file.")
    var file: String

    @Option(help: "Edit the lead with this id instead of creating one.")
    var update: Int64?

    @Option(help: "Requirement profile: a built-in name (minimal, branch) or a profile file path.")
    var profile: String = RequirementProfile.minimal.name

    @Option(help: "Country of documents and identifiers: \(CountryProfiles.codes.joined(separator: ", ")).")
    var country: String = CountryProfiles.defaultProfile.code

    @Option(help: "Message language: ru or en.")
    var language: Language = .ru

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let lead: Lead
        let limits: LeadLimits
        do { limits = try LimitsConfig.forCommand(configPath: connection.config, environment: ProcessInfo.processInfo.environment) }
        catch let failure as CommandFailure { failure.exit() }
        switch SubmitValidation.check(file: file, profile: profile, country: country, language: language, limits: limits) {
        case .success(let checked): lead = checked
        case .failure(let failure): failure.exit()
        }
        let core: HTTPCoreService
        do { core = try connection.openService() } catch let failure as CommandFailure { failure.exit() }
        do {
            let id: Int64
            if let update {
                id = try await core.updateLead(id: update, lead)
            } else {
                id = try await core.createLead(lead)
            }
            await core.shutdown()
            print(id)
        } catch {
            await core.shutdown()
            Self.failure(for: error).exit()
        }
    }

    static func failure(for error: CoreError) -> CommandFailure {
        switch error {
        case .outcomeUnknown: return CommandFailure(error.description, exitCode: 4)
        case .core, .unauthorized: return CommandFailure(error.description, exitCode: 1)
        case .invalidConfiguration: return CommandFailure(error.description, exitCode: 2)
        default: return CommandFailure(error.description, exitCode: 3)
        }
    }
}
