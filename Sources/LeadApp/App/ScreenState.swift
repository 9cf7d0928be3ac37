import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// What the terminal side keeps besides the model: the form's scroll position (the view
/// keeps the focus in sight), the drawing cache, the theme and the terminal's size.
package struct ScreenState {
    var model: AppModel
    /// Rules, profile, language and code lists. Rebuilt only when the core's dictionaries
    /// arrive (`adoptCodeLists`), not on every keystroke.
    private(set) var context: FormContext
    var theme: Theme
    /// The widgets' own words in the app's language, chosen once: drawing only reads them.
    let widgetText: WidgetText
    /// The terminal's size; the model's page of results follows it.
    var size = Size.minimumTerminal {
        didSet {
            model.pageRows = Self.pageRows(for: size)
            model.boxTextArea = TextBox.textArea(at: size)
        }
    }

    var scrollTop = 0
    /// What was typed while the window was too small for the form (see `KeyRouter`).
    var heldInput: [InputEvent] = []
    /// What the entry view keeps between frames (see `RenderCache`).
    let renderCache = RenderCache()
    /// `allow-plain-http`: the login may send the password over http:// to another machine;
    /// the login screen then warns whenever its server field names such a server.
    package var allowPlainHTTP = false
    /// The operator's name for drafts (the login user).
    let operatorName: String
    /// What start-up found wrong with the stored data (see `StorageReport`), shown on the menu.
    package var storageReport: [LocalizedText] = []

    package init(model: AppModel, context: FormContext, theme: Theme, operatorName: String) {
        self.model = model
        self.context = context
        self.theme = theme
        widgetText = .of(context.language)
        self.operatorName = operatorName
        self.model.pageRows = Self.pageRows(for: size)
        self.model.boxTextArea = TextBox.textArea(at: size)
    }

    /// The core's dictionaries replace the documented lists they cover.
    mutating func adoptCodeLists() {
        for (id, list) in model.codeLists { context.codeLists[id] = list }
        renderCache.removeAll()
    }

    /// A new local day: ages and document dates are checked against it from now on, and an
    /// open form is checked again so its marks follow (a kiosk runs through midnight).
    mutating func adoptDay(_ day: LeadModel.CalendarDate) {
        guard context.validator.today != day else { return }
        context.validator.today = day
        if case .entry(var entry) = model.screen {
            entry.form.revalidate(context: context)
            model.screen = .entry(entry)
        }
    }

    /// The quiet screen for screen readers and braille displays (issue 17): the model's
    /// `quiet` (no timer-driven redraws, the bell on errors) and an ASCII-only theme. The one
    /// switch for `--quiet-screen`, `quiet = true` and accessible mode.
    package var quiet: Bool {
        get { model.quiet }
        set {
            model.quiet = newValue
            if newValue { theme.asciiOnly = true }
        }
    }

    var language: Language { context.language }
    var fieldEditor: FieldEditor { FieldEditor(context: context, cache: renderCache) }

    func text(_ t: LocalizedText) -> String { t.text(in: language) }

    /// The rows of results a list screen shows at a terminal size: one search page.
    static func pageRows(for size: Size) -> Int {
        max(1, ScreenLayout(Rect(x: 0, y: 0, width: size.columns, height: size.rows)).body.height - 4)
    }
}
