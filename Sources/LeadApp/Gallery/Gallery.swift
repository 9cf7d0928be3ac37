import LeadModel
import LeadRules
import TerminalUI

/// `leadterm gallery`: the operator's own lead form on a sample lead (see `GallerySample`),
/// with no core and no storage. Keys go through `ScreenState.handle` and frames come from
/// `AppView.frame`, as in the app; the gallery only adds F8 (the next theme) and F10 (quit).
/// `tui-bench` drives the same thing to measure it.
package struct Gallery {
    package private(set) var screen: ScreenState
    private let themes: [Theme]
    private var themeIndex = 0
    private let lead: Lead

    /// `themes` in the order F8 cycles them (the first is shown first; at least one).
    package init(themes: [Theme], language: Language, today: CalendarDate, relatives: Int = 2) {
        precondition(!themes.isEmpty, "the gallery needs a theme")
        self.themes = themes
        lead = GallerySample.lead(relatives: relatives)
        let context = GallerySample.context(language: language, today: today)
        screen = ScreenState(model: AppModel(), context: context, theme: themes[0], operatorName: Self.operatorName)
        openSample()
    }

    /// The title's user name: says where the screen comes from.
    static let operatorName = "gallery"

    package var running: Bool { screen.model.running }
    package var themeName: String { screen.theme.name }

    /// One event, through the app's router. Returns whether to ring the bell.
    package mutating func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .key(.function(10)):
            _ = screen.send(.quit)
            return false
        case .key(.function(8)):
            nextTheme()
            return false
        default:
            let result = screen.handle(event)
            // Esc or F10 on the form would go back to the menu, which needs a core: the sample
            // opens again instead. Effects (draft saves, sending) have nowhere to go here.
            if running, case .entry = screen.model.screen {} else if running { openSample() }
            return result.bell || result.effects.contains(.bell)
        }
    }

    /// The frame for a terminal of `size`, as the app draws it.
    package mutating func frame(size: Size) -> Buffer {
        AppView.frame(&screen, size: size)
    }

    /// Runs until F10 (or Ctrl-C) or the end of input. Blocks in the backend while nothing
    /// is typed, as the app does.
    package mutating func run(on backend: some TerminalBackend) {
        _ = handle(.resize(columns: backend.size.columns, rows: backend.size.rows))
        backend.present(frame(size: backend.size))
        while running, let event = backend.nextEvent(timeout: nil) {
            if handle(event) { backend.bell() }
            if running { backend.present(frame(size: backend.size)) }
        }
    }

    private mutating func openSample() {
        let form = EntryForm(lead: lead, context: screen.context)
        _ = screen.send(.draftLoaded(id: Self.operatorName, form: form, mode: .new))
        screen.model.notice = Self.themeNotice(screen.theme.name)
    }

    /// The message line while no field has a message: which theme shows, and the two keys.
    static func themeNotice(_ name: String) -> LocalizedText {
        LocalizedText(ru: "Галерея: тема \(name) — F8 следующая тема, F10 выход",
                      en: "Gallery: theme \(name) — F8 next theme, F10 quit")
    }

    private mutating func nextTheme() {
        themeIndex = (themeIndex + 1) % themes.count
        screen.theme = themes[themeIndex]
        // What the entry view keeps between frames is drawn in the old theme's styles.
        screen.renderCache.removeAll()
        screen.model.notice = Self.themeNotice(screen.theme.name)
    }
}
