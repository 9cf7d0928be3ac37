import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// What the terminal side keeps besides the view-models: the live widget of the focused
/// field (its cursor), scroll positions, the help overlay, the one-line inputs of the small
/// screens.
package struct ScreenState {
    var model: AppModel
    /// Rules, profile, language and code lists. Rebuilt only when the core's dictionaries
    /// arrive (`adoptCodeLists`), not on every keystroke.
    private(set) var context: FormContext
    var theme: Theme
    /// The widgets' own words in the app's language, chosen once: drawing only reads them.
    let widgetText: WidgetText
    var size = Size.minimumTerminal

    /// The widget being typed into, and the path it belongs to.
    var editorPath: FieldPath?
    var editor: FieldState?
    var scrollTop = 0
    /// What the entry view keeps between frames (see `RenderCache`).
    let renderCache = RenderCache()
    var overlayScroll = 0
    /// F1: help for the focused field.
    var help: (title: String, body: String)?
    var oneLine = TextFieldState()
    var loginFields: [LoginScreen.Field: TextFieldState] = [:]
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

    var language: Language { context.language }
    var fieldEditor: FieldEditor { FieldEditor(context: context, cache: renderCache) }

    func text(_ t: LocalizedText) -> String { t.text(in: language) }

    /// Keeps the live widget in step with the view-model's focus: a new focus gets a fresh
    /// widget showing that field's text; the same focus keeps its cursor.
    mutating func syncEditor() {
        guard case .entry(let entry) = model.screen, case .editing = entry.phase,
              case .field(let path, let kind)? = renderCache.focusedStop(of: entry.form) else {
            editorPath = nil
            editor = nil
            return
        }
        if editorPath == path, let editor,
           fieldEditor.text(of: editor, path: path, kind: kind) == entry.form.text(path) {
            return
        }
        editorPath = path
        editor = fieldEditor.widget(for: path, kind: kind, text: entry.form.text(path))
    }

    /// The one-line input of the lookup / open-lead screens, reset on entering them.
    mutating func resetOneLine(maxLength: Int = 200, allowed: CharacterClass = .any) {
        oneLine = TextFieldState(value: "", maxLength: maxLength, allowed: allowed)
    }
}
