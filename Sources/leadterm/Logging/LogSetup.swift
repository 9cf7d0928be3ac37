import Foundation
import LeadStore
import Logging

/// The app's logging: scrubbed lines to `leadterm.log` (0600) in the data folder, at the level
/// `LEADTERM_LOG_LEVEL` names (trace, debug, info, notice, warning, error, critical; default info).
/// Nothing goes to the terminal: the screen belongs to the form.
enum LogSetup {
    static let levelVariable = "LEADTERM_LOG_LEVEL"

    /// The level from the environment (or a config value), and a complaint when it is not a level.
    static func level(from text: String?) -> (Logger.Level, problem: String?) {
        guard let text = text?.trimmingCharacters(in: .whitespaces).lowercased(), !text.isEmpty else { return (.info, nil) }
        if let level = Logger.Level(rawValue: text) { return (level, nil) }
        let known = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
        return (.info, "\(levelVariable)=\(text) is not a log level (one of: \(known)); using info")
    }

    /// Installs the file handler for the whole process. Call once, first thing; when the file
    /// cannot be opened, logging is off rather than the app refusing to start.
    @discardableResult
    static func bootstrap(directory: DataDirectory, configuredLevel: String? = nil,
                          environment: [String: String] = ProcessInfo.processInfo.environment) -> LogFile? {
        let (level, problem) = self.level(from: environment[levelVariable] ?? configuredLevel)
        let file: LogFile?
        do {
            try directory.prepare()
            file = try LogFile(path: directory.logURL.path)
        } catch {
            file = nil
        }
        LoggingSystem.bootstrap { label in
            guard let file else { return SwiftLogNoOpLogHandler() }
            return FileLogHandler(label: label, file: file, level: level)
        }
        if let problem { Logger(label: "leadterm").warning("\(problem)") }
        return file
    }
}
