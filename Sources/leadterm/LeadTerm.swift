import ArgumentParser

/// The `leadterm` command. Each subcommand lives in its own file under `Commands/`.
@main
struct LeadTerm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadterm",
        abstract: "Keyboard-first entry and editing of loan leads for a BrainySoft core.",
        subcommands: [
            RunCommand.self,
            ValidateCommand.self,
            OutboxCommand.self,
            LookupCommand.self,
            SubmitCommand.self,
            GalleryCommand.self,
            PinHashCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )
}
