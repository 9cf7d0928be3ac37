import Foundation
import LeadModel
import LeadRules
import TerminalUI
@testable import LeadApp

/// The whole app in memory: the screen state the terminal side keeps, a fixed day, and stub
/// services standing in for the core, the drafts and the outbox. It is driven only the way the
/// runtime drives it — keys, pastes and resizes through `ScreenState.handle`, answers through
/// `ScreenState.send` — and it draws with `AppView.frame` into a cell buffer, so a test sees
/// what an operator would.
struct AppHarness {
    /// The day every golden is drawn on: ages and document dates are checked against it.
    static let today = LeadModel.CalendarDate(year: 2026, month: 12, day: 3)!
    /// The clock the harness hands to events that carry a time (never the real clock).
    static let now = Date(timeIntervalSince1970: 1_796_292_000) // 2026-12-03 10:00 UTC

    var state: ScreenState
    var services: StubServices
    /// Every effect the model asked for, in order (answered or not).
    private(set) var effects: [AppModel.Effect] = []
    /// How many times the terminal would have rung the bell.
    private(set) var bells = 0

    /// `profile`: the app's own default ("minimal") unless a test names another.
    init(language: Language, profile: String = "minimal", kiosk: Bool = false,
         screen: AppModel.Screen = .menu(selected: 0), services: StubServices = StubServices()) throws {
        guard let country = CountryProfiles.profile(code: "RU"),
              let requirement = RequirementProfile.builtIn(named: profile) else {
            throw HarnessError("no RU country profile or no built-in profile \(profile)")
        }
        let context = FormContext(
            rules: FieldRules(country: country),
            validator: LeadValidator(profile: requirement, country: country, ageRange: 18...100, today: Self.today),
            profile: requirement, language: language)
        let theme = try ThemeLoader().load("default", depth: .palette256)
        var model = AppModel(screen: screen, kiosk: kiosk, supervisorPINConfigured: kiosk)
        // As the executable wires it: a login screen at start is also what a later login starts from.
        if case .login(let login) = screen { model.loginDefaults = login } else {
            model.loginDefaults = LoginScreen(server: "https://core.bank.local", customerKey: "tenant", user: "ivanova")
        }
        state = ScreenState(model: model, context: context, theme: theme, operatorName: "ivanova")
        state.size = .minimumTerminal
        self.services = services
    }

    var screen: AppModel.Screen { state.model.screen }

    // MARK: input, as the terminal delivers it

    mutating func press(_ keys: Key...) {
        for key in keys { run(state.handle(.key(key))) }
    }

    mutating func press(_ key: Key, times: Int) {
        for _ in 0..<times { press(key) }
    }

    /// Each character as its own key press.
    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    mutating func paste(_ text: String) {
        run(state.handle(.paste(text)))
    }

    mutating func resize(columns: Int, rows: Int) {
        run(state.handle(.resize(columns: columns, rows: rows)))
    }

    // MARK: answers, as the effect runner sends them back

    mutating func send(_ event: AppModel.Event) {
        perform(state.send(event))
    }

    // MARK: the screen

    /// The frame at the harness's terminal size, a line per row, trailing blanks trimmed.
    mutating func lines() -> [String] {
        AppView.frame(&state, size: state.size).lines
    }

    private mutating func run(_ result: (effects: [AppModel.Effect], bell: Bool)) {
        if result.bell { bells += 1 }
        perform(result.effects)
    }

    /// Runs effects against the stubs; their answers may ask for more, which run in turn.
    mutating func perform(_ asked: [AppModel.Effect]) {
        for effect in asked {
            effects.append(effect)
            for answer in services.answers(to: effect, context: state.context) {
                perform(state.send(answer))
            }
        }
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
