import ArgumentParser
import CoreClient
import Foundation
import LeadModel
import LeadRules

/// `leadterm submit FILE.json`: validates a lead file with LeadRules and, when it has no
/// errors, sends it to the core; prints the new lead id. `--update ID` edits a lead instead.
/// `--check` then runs the lead's check (`leads/{id}/check`) and prints its status, client,
/// application and the check's records.
/// Exit status: 0 sent (with `--check`: and not denied), 1 refused by validation or by the
/// core, 2 bad file, usage or settings, 3 the core could not be reached, 4 the outcome is
/// unknown (check before resending), 5 the login was refused, 6 sent and checked, and the
/// check denied the lead, 7 sent, but the check could not be run or read (the id is printed:
/// run it again later).
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

    @OptionGroup var rules: RuleOptions

    @Flag(help: "After sending, run the lead's check and print its status and records.")
    var check = false

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let lead: Lead
        let limits: LeadLimits
        do { limits = try LimitsConfig.forCommand(configPath: connection.config, environment: ProcessInfo.processInfo.environment) }
        catch let failure as CommandFailure { failure.exit() }
        switch SubmitValidation.check(file: file, rules: rules, limits: limits) {
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
            print(id)
            if check { await runCheck(id, core) }
            await core.shutdown()
        } catch {
            await core.shutdown()
            Self.failure(for: error).exit()
        }
    }

    /// Runs the check and prints `currentStatus`, `clientId`, `loanApplicationId` and one
    /// `status<TAB>info` line per record; exits 6 when denied, 7 when it could not be done.
    private func runCheck(_ id: Int64, _ core: HTTPCoreService) async {
        do {
            try await core.checkLead(id: id)
            let record = try await core.fetchLead(id: id)
            let statuses = try await core.leadStatuses(id: id)
            for line in CheckReport.lines(record.info, statuses) { print(line) }
            if CheckReport.isDenied(record.info.currentStatus) {
                await core.shutdown()
                CommandFailure("lead \(id): the check denied it", exit: .checkDenied).exit()
            }
        } catch {
            await core.shutdown()
            CommandFailure("lead \(id) was sent, but its check failed: \(error.description)", exit: .checkNotRun).exit()
        }
    }

    static func failure(for error: CoreError) -> CommandFailure {
        switch error {
        case .unauthorized, .unsupportedAuthMode: return CommandFailure.core(error, otherwise: .refused)
        case .outcomeUnknown: return CommandFailure(error.description, exit: .outcomeUnknown)
        case .core: return CommandFailure(error.description, exit: .refused)
        case .invalidConfiguration: return CommandFailure(error.description, exit: .usage)
        default: return CommandFailure(error.description, exit: .coreFailed)
        }
    }
}

/// What `submit --check` prints after the lead id; every text from the core stripped of
/// control characters.
enum CheckReport {
    static func lines(_ info: LeadRecordInfo, _ statuses: [LeadStatusRecord]) -> [String] {
        var out = ["currentStatus: \((info.currentStatus ?? "—").strippingControlCharacters)"]
        if let client = info.clientId { out.append("clientId: \(client)") }
        if let application = info.loanApplicationId { out.append("loanApplicationId: \(application)") }
        out += statuses.map { "\(($0.status ?? "—").strippingControlCharacters)\t\(($0.info ?? "").strippingControlCharacters)" }
        return out
    }

    /// The statuses that end a check with a refusal (`DENIED`; `TECH_FAULT` is the core
    /// failing, not a decision, and is not counted here).
    static func isDenied(_ status: String?) -> Bool { status == "DENIED" }
}
