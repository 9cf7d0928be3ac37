import ArgumentParser
import CoreClient
import CoreSimulator
import Foundation
import LeadApp
import LeadModel
import LeadRules
import LeadStore
import Logging
import TerminalUI

/// `leadterm [run]`: the interactive lead entry. The default subcommand, so `leadterm --demo`
/// is all a first-time user types.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Key in and edit leads (the default command)."
    )

    @Flag(help: "Start a local core with demo data inside the app and log in to it (user demo, password demo).")
    var demo = false

    @Flag(help: "Kiosk mode: no way out to a shell, quitting needs the supervisor PIN, the form is wiped after --idle-seconds without a key (or [kiosk] enabled = true in the config).")
    var kiosk = false

    @Option(name: .customLong("idle-seconds"), help: "Kiosk: seconds without a key before the form is wiped (default 120, at least 15).")
    var idleSeconds: Int?

    @Option(name: .customLong("lang"), help: "ru or en (default: language in the config, else LC_ALL / LC_MESSAGES / LANG).")
    var language: String?

    @Option(help: "Theme: default, high-contrast, monochrome, green-screen, ascii, or a .toml path (default: theme in the config, else default).")
    var theme: String?

    @Flag(name: .customLong("quiet-screen"), help: "Quiet screen for screen readers and braille displays: ASCII only, no box-drawing characters (or quiet = true in the config).")
    var quietScreen = false

    @Flag(help: "Accessible mode for screen readers and braille displays: the lead asked field by field as plain lines, no full screen (or LEADTERM_ACCESSIBLE=1, or accessible = true in the config).")
    var accessible = false

    @Option(help: "Requirement profile: minimal, branch, or a profile file (default: profile in the config, else minimal).")
    var profile: String?

    @Option(help: "Country rules: RU, KZ or FOREIGN (default: country in the config, else RU).")
    var country: String?

    @Option(name: .customLong("data-dir"), help: "Where drafts, the outbox and the log live (default $XDG_DATA_HOME/leadterm).")
    var dataDir: String?

    @OptionGroup var connection: ConnectionOptions

    func run() throws {
        // A failure is one `leadterm: …` line on stderr with its own exit status.
        do { try start() } catch let failure as CommandFailure { failure.exit() }
    }

    private func start() throws {
        let env = ProcessInfo.processInfo.environment
        // The config is read first and once: a mistake in it stops the app here, on a normal
        // terminal, with the file, line and key, before any screen starts.
        let config: ConfigFile
        do {
            config = try ConnectionSettings.configFile(flags: connection.flags, environment: env) ?? ConfigFile()
        } catch let problem as ConnectionSettings.Problem {
            throw CommandFailure(problem.description, exit: .usage)
        }
        let language = Self.language(flag: language ?? config.language, environment: env)
        let countryCode = country ?? config.country ?? "RU"
        guard let countryProfile = CountryProfiles.profile(code: countryCode.uppercased()) else {
            throw ValidationError("unknown country \"\(countryCode)\"; known: " + CountryProfiles.all.map(\.code).joined(separator: ", "))
        }
        let profile = self.profile ?? config.profile ?? "minimal"
        let requirement: RequirementProfile
        if let builtIn = RequirementProfile.builtIn(named: profile) {
            requirement = builtIn
        } else {
            do { requirement = try RequirementProfile.load(contentsOfFile: profile) } catch {
                throw CommandFailure("profile \(profile): \(error)", exit: .usage)
            }
        }
        let theme = self.theme ?? config.theme ?? "default"
        let kiosk = self.kiosk || config.kiosk.enabled == true
        // One setting for all the quiet screen does; accessible mode sets it too.
        let accessible = self.accessible || env["LEADTERM_ACCESSIBLE"] == "1" || config.accessible == true
        let quiet = quietScreen || config.quiet == true || accessible
        let idleSeconds = max(15, self.idleSeconds ?? config.kiosk.idleSeconds ?? 120)
        let directory = dataDir.map { DataDirectory(url: URL(fileURLWithPath: $0)) } ?? DataDirectory.standard()
        _ = LogSetup.bootstrap(directory: directory, configuredLevel: config.logLevel)
        // The demo core comes up while the data folder and the rules are prepared. Not before
        // the log is set up: its server's loggers would write to the terminal under the screen.
        let demoCore = demo ? Task { try await CoreSimulator.start(host: "127.0.0.1", port: 0) } : nil
        let database: LeadDatabase
        var storageReport: [LocalizedText] = []
        do {
            try directory.prepare()
            let key = try StorageKey.loadOrCreate(at: StorageKey.standardURL(environment: env))
            let opened = try LeadDatabase.openRecovering(path: directory.databaseURL.path, key: key)
            database = opened.database
            storageReport = StorageReport.lines(recovery: opened.recovery, setAside: database.setAsideAtOpen,
                                                keyPath: key.path)
            if let recovery = opened.recovery {
                Logger(label: "leadterm.store").error("damaged database moved aside", metadata: [
                    "movedTo": "\(recovery.movedTo)", "detail": "\(recovery.detail)",
                    "drafts": "\(recovery.recoveredDrafts)", "outbox": "\(recovery.recoveredOutboxEntries)"])
            }
        } catch {
            throw CommandFailure("cannot open the data folder \(directory.url.path): \(error)", exit: .usage)
        }
        let context = FormContext(
            rules: FieldRules(country: countryProfile),
            validator: LeadValidator(profile: requirement, country: countryProfile, ageRange: 18...100,
                                     today: CalendarDate.today(), limits: config.limits),
            profile: requirement, language: language, acceptsSingleMatch: config.acceptsSingleMatch(profile: requirement))
        let services = AppServices(database: database)
        services.operatorDefaults = OperatorDefaultsStore(directory: directory)

        // Connect before the screen starts, so a broken setting is said on a normal terminal.
        var loginScreen: LoginScreen?
        var operatorName = "demo"
        // What a login screen shows when one is needed later (a refused login or session).
        var loginDefaults = LoginScreen()
        if let demoCore {
            let simulator = try Blocking.run { try await demoCore.value }
            services.demoCore = (simulator.url, { await simulator.stop() })
            // The demo's FIAS gateway is the in-process simulator too.
            let connection = CoreConnection(server: simulator.url, customerKey: "demo", userName: "demo", password: "demo",
                                            gateway: simulator.url)
            services.connectionTemplate = connection
            loginDefaults = LoginScreen(server: simulator.url.absoluteString, customerKey: "demo", user: "demo")
            services.connect(try HTTPCoreService(connection: connection))
        } else {
            do {
                let settings = try ConnectionSettings.resolve(flags: connection.flags, environment: env, file: config)
                operatorName = settings.user
                services.connectionTemplate = settings.connection(password: "")
                loginDefaults = LoginScreen(server: settings.server.absoluteString, customerKey: settings.customerKey,
                                            user: settings.user)
                if let password = settings.password {
                    services.connect(try HTTPCoreService(connection: settings.connection(password: password)))
                } else {
                    loginScreen = LoginScreen(server: settings.server.absoluteString, customerKey: settings.customerKey,
                                              user: settings.user)
                }
            } catch let problem as ConnectionSettings.Problem where problem.isMissing {
                // Not everything is set up: ask for it on the login screen.
                operatorName = connection.user ?? env["LEADTERM_USER"] ?? config.user ?? env["USER"] ?? "operator"
                loginScreen = LoginScreen(server: connection.server ?? env["LEADTERM_SERVER"] ?? config.server ?? "",
                                          customerKey: connection.customerKey ?? env["LEADTERM_CUSTOMER_KEY"] ?? config.customerKey ?? "",
                                          user: connection.user ?? env["LEADTERM_USER"] ?? config.user ?? "")
            } catch let problem as ConnectionSettings.Problem {
                throw CommandFailure(problem.description, exit: .usage)
            }
        }

        let loader = ThemeLoader()
        do { _ = try loader.loadUnfitted(theme) } catch { throw CommandFailure(error.description, exit: .usage) }
        // Accessible mode reads and writes plain lines: any terminal, a braille console or a pipe.
        do {
            if !accessible { try TerminalCheck.requireInteractive() }
            try TerminalCheck.requireUTF8Locale()
        } catch { throw CommandFailure(error.description, exit: .usage) }
        let backend: any TerminalBackend
        if accessible {
            backend = LineTerminal()
        } else {
            do { backend = try NcursesBackend(endsWhenStopIsNotTaken: true) } catch { throw CommandFailure(error.description, exit: .usage) }
        }
        let fitted: Theme
        do { fitted = try loader.load(accessible ? "ascii" : theme, depth: backend.colorDepth) } catch {
            Self.close(backend)
            throw CommandFailure(error.description, exit: .usage)
        }

        var model = AppModel(screen: loginScreen.map { .login($0) } ?? .menu(selected: 0), kiosk: kiosk,
                             supervisorPINConfigured: config.kiosk.supervisorPIN != nil)
        model.loginDefaults = loginScreen ?? loginDefaults
        model.checkAfterCreate = config.checkAfterCreate == true
        model.kioskLookup = config.kiosk.lookup == true
        for (key, id) in zip(ListsConfig.keys, ConfiguredLists.configurable) {
            if let entries = config.lists[key], !entries.isEmpty {
                model.codeLists[id] = ConfiguredLists.codeList(entries.map { ($0.id, $0.name) })
            }
        }
        if demo { model.notice = LocalizedText(ru: "Демо: ядро-симулятор на \(services.demoCore?.url.absoluteString ?? "")",
                                               en: "Demo: simulated core at \(services.demoCore?.url.absoluteString ?? "")") }
        var state = ScreenState(model: model, context: context, theme: fitted, operatorName: operatorName)
        state.quiet = quiet
        state.storageReport = storageReport
        state.allowPlainHTTP = config.allowPlainHTTP ?? false
        var verifyPIN: (@Sendable (String) -> Bool)?
        if let pin = config.kiosk.supervisorPIN { verifyPIN = { pin.verify($0) } }
        let runner = AppRunner(screen: state, backend: backend, services: services,
                               idleLimit: kiosk ? TimeInterval(idleSeconds) : nil, supervisorPIN: verifyPIN)
        if let service = services.service { runner.startSession(service) }
        let startup = loginScreen == nil ? model.draftsOnStart : []
        if let lines = backend as? LineTerminal {
            runner.runDialogue(startup: startup, terminal: lines)
        } else {
            runner.run(startup: startup)
        }
        Self.close(backend)
        try? Blocking.run { await services.shutdown() }
    }

    private static func close(_ backend: any TerminalBackend) {
        (backend as? NcursesBackend)?.close()
        (backend as? LineTerminal)?.close()
    }

    /// `--lang`, else the locale: ru_* → Russian, anything else English.
    static func language(flag: String?, environment: [String: String]) -> Language {
        if let flag { return flag.lowercased().hasPrefix("ru") ? .ru : .en }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.lowercased().hasPrefix("ru") ? .ru : .en }
        }
        return .en
    }
}

/// Waits on the calling thread for async work: start-up and shutdown of a synchronous command.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get()
    }

    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        // Written once by the task before the semaphore is signalled, read after the wait.
        private var result: Result<T, Error>?
        func set(_ r: Result<T, Error>) { result = r }
        func get() throws -> T {
            guard let result else { throw CancellationError() }
            return try result.get()
        }
    }
}
