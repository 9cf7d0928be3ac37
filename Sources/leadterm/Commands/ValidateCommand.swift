import ArgumentParser

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a lead JSON file against the field catalog and the validation rules."
    )

    @Argument(help: "The lead JSON file.")
    var file: String

    func run() async throws {
        throw ValidationError("validate: not implemented yet")
    }
}
