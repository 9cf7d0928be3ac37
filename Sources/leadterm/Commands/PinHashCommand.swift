import ArgumentParser
import Foundation

/// `leadterm pin-hash`: turns a kiosk supervisor PIN into the salted hash the config keeps.
/// The PIN is asked twice without echo (or read as one line from a pipe, for scripted
/// roll-outs); it is never an argument, so it stays out of `ps` and shell history.
struct PinHashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin-hash",
        abstract: "Make the salted hash of a kiosk supervisor PIN for [kiosk] supervisor-pin in the config."
    )

    func run() throws {
        // A failure is one `leadterm: …` line on stderr with its own exit status.
        do { try makeHash() } catch let failure as CommandFailure { failure.exit() }
    }

    private func makeHash() throws {
        let pin: String
        if isatty(STDIN_FILENO) == 1 {
            guard let first = PasswordPrompt.read(prompt: "Supervisor PIN: "),
                  let second = PasswordPrompt.read(prompt: "Again: ") else {
                throw CommandFailure("no PIN read", exit: .usage)
            }
            guard first == second else { throw CommandFailure("the two PINs differ; nothing written", exit: .refused) }
            pin = first
        } else {
            guard let line = readLine(strippingNewline: true) else { throw CommandFailure("no PIN on standard input", exit: .usage) }
            pin = line
        }
        let hashed: SupervisorPIN
        do { hashed = try SupervisorPIN.hash(pin) } catch let problem as SupervisorPIN.Problem {
            throw CommandFailure(problem.description, exit: .refused)
        }
        print("# put under [kiosk] in config.toml, then: chmod 600 config.toml")
        print("supervisor-pin = \"\(hashed.encoded)\"")
    }
}
