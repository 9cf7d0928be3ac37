import ArgumentParser
import CoreClient
import CoreSimulator
import Foundation
import LeadForms
import LeadModel
import LeadRules
import LeadStore
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

    @Flag(help: "Kiosk mode: no way out to a shell, the form is wiped after --idle-seconds without a key.")
    var kiosk = false

    @Option(name: .customLong("idle-seconds"), help: "Kiosk: seconds without a key before the form is wiped.")
    var idleSeconds: Int = 120

    @Option(name: .customLong("lang"), help: "ru or en (default: from LC_ALL / LC_MESSAGES / LANG).")
    var language: String?

    @Option(help: "Theme: default, high-contrast, monochrome, green-screen, or a .toml path.")
    var theme: String = "default"

    @Option(help: "Requirement profile: minimal, branch, or a profile file.")
    var profile: String = "minimal"

    @Option(help: "Country rules: RU, KZ or FOREIGN.")
    var country: String = "RU"

    @Option(name: .customLong("data-dir"), help: "Where drafts, the outbox and the log live (default $XDG_DATA_HOME/leadterm).")
    var dataDir: String?

    @OptionGroup var connection: ConnectionOptions

    func run() throws {
        // The demo core comes up while the data folder and the rules are prepared.
        let demoCore = demo ? Task { try await CoreSimulator.start(host: "127.0.0.1", port: 0) } : nil
        let language = Self.language(flag: language, environment: ProcessInfo.processInfo.environment)
        guard let countryProfile = CountryProfiles.profile(code: country.uppercased()) else {
            throw ValidationError("unknown country \"\(country)\"; known: " + CountryProfiles.all.map(\.code).joined(separator: ", "))
        }
        let requirement: RequirementProfile
        if let builtIn = RequirementProfile.builtIn(named: profile) {
            requirement = builtIn
        } else {
            do { requirement = try RequirementProfile.load(contentsOfFile: profile) } catch {
                throw ValidationError("profile \(profile): \(error)")
            }
        }
        let directory = dataDir.map { DataDirectory(url: URL(fileURLWithPath: $0)) } ?? DataDirectory.standard()
        _ = LogSetup.bootstrap(directory: directory)
        let database: LeadDatabase
        do {
            try directory.prepare()
            database = try LeadDatabase(path: directory.databaseURL.path)
        } catch {
            throw CommandFailure("cannot open the data folder \(directory.url.path): \(error)", exitCode: 2)
        }
        let context = FormContext(
            rules: FieldRules(country: countryProfile),
            validator: LeadValidator(profile: requirement, country: countryProfile, ageRange: 18...100,
                                     today: CalendarDate.today()),
            profile: requirement, language: language)
        let services = AppServices(database: database)

        // Connect before the screen starts, so a broken setting is said on a normal terminal.
        var loginScreen: LoginScreen?
        var operatorName = "demo"
        if let demoCore {
            let simulator = try Blocking.run { try await demoCore.value }
            services.simulator = simulator
            let connection = CoreConnection(server: simulator.url, customerKey: "demo", userName: "demo", password: "demo")
            services.connect(try HTTPCoreService(connection: connection))
        } else {
            let env = ProcessInfo.processInfo.environment
            if let settings = try? ConnectionSettings.resolve(flags: connection.flags), let password = settings.password {
                operatorName = settings.user
                services.connect(try HTTPCoreService(connection: settings.connection(password: password)))
            } else {
                operatorName = connection.user ?? env["LEADTERM_USER"] ?? env["USER"] ?? "operator"
                loginScreen = LoginScreen(server: connection.server ?? env["LEADTERM_SERVER"] ?? "",
                                          customerKey: connection.customerKey ?? env["LEADTERM_CUSTOMER_KEY"] ?? "",
                                          user: connection.user ?? env["LEADTERM_USER"] ?? "")
            }
        }

        let loader = ThemeLoader()
        do { _ = try loader.loadUnfitted(theme) } catch { throw CommandFailure(error.description, exitCode: 2) }
        do {
            try TerminalCheck.requireInteractive()
            try TerminalCheck.requireUTF8Locale()
        } catch { throw CommandFailure(error.description, exitCode: 2) }
        let backend: NcursesBackend
        do { backend = try NcursesBackend() } catch { throw CommandFailure(error.description, exitCode: 2) }
        let fitted: Theme
        do { fitted = try loader.load(theme, depth: backend.colorDepth) } catch {
            backend.close()
            throw CommandFailure(error.description, exitCode: 2)
        }

        var model = AppModel(screen: loginScreen.map { .login($0) } ?? .menu(selected: 0), kiosk: kiosk)
        if demo { model.notice = LocalizedText(ru: "Демо: ядро-симулятор на \(services.simulator?.url.absoluteString ?? "")",
                                               en: "Demo: simulated core at \(services.simulator?.url.absoluteString ?? "")") }
        let state = ScreenState(model: model, context: context, theme: fitted, operatorName: operatorName)
        let runner = AppRunner(screen: state, backend: backend, services: services,
                               idleLimit: kiosk ? TimeInterval(max(15, idleSeconds)) : nil)
        if let service = services.service { runner.startSession(service) }
        runner.run(startup: loginScreen == nil ? [.listDrafts] : [])
        backend.close()
        try? Blocking.run { await services.shutdown() }
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
