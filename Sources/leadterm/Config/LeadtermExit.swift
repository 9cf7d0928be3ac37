import ArgumentParser

/// The exit statuses scripts rely on (README, "Exit status"): one name for each number, so a
/// command says what happened rather than which digit. The numbers are part of the interface
/// and never change.
enum LeadtermExit: Int32, Sendable {
    /// Refused: validation errors, the core said no, an unknown client id, a search that
    /// found nothing, an outbox entry the core refused, two PINs that differ.
    case refused = 1
    /// A bad file, bad usage or bad settings (config, profile, theme, data folder, terminal).
    case usage = 2
    /// The core could not be reached or failed; `outbox retry`: some leads still wait.
    case coreFailed = 3
    /// `submit`: the core may or may not have the lead — check before sending again.
    case outcomeUnknown = 4
    /// The core (or its token service) refused the login; nothing was sent.
    case loginRefused = 5
    /// `submit --check`: sent and checked, and the check denied the lead.
    case checkDenied = 6
    /// `submit --check`: sent, but the check could not be run or read.
    case checkNotRun = 7
}

extension ExitCode {
    init(_ exit: LeadtermExit) { self.init(exit.rawValue) }
}
