import TerminalUI

/// The widget gallery: every widget on one scrolling form, dialogs on F5–F7,
/// and F8 to cycle themes. Also the subject of the end-to-end test.
struct GalleryScreen {
    var form = GalleryForm.make()
    var themes: [Theme]
    var themeIndex = 0
    var dialog: Dialog?
    var status = StatusLine("Tab/Enter — следующее поле, F8 — тема, F10 — выход")

    var theme: Theme { themes[themeIndex] }

    static let legend = Legend([
        .init(.function(10), "Выход"),
        .init(.function(8), "Тема"),
        .init(.function(5), "Вопрос"),
        .init(.function(6), "Сообщение"),
        .init(.function(7), "Ошибка"),
        .init("Ins", "Строка"),
        .init("Del", "Удалить"),
    ])

    /// `first` is the theme asked for; the built-in ones follow it in the cycle.
    init(first: Theme, loader: ThemeLoader, depth: ColorDepth) {
        var themes = [first]
        for name in BuiltinThemes.names where name != first.name {
            if let theme = try? loader.load(name, depth: depth) { themes.append(theme) }
        }
        self.themes = themes
    }

    static var app: TerminalApp<GalleryScreen> {
        TerminalApp(noticeTheme: { $0.theme }, update: { $0.update($1) }, view: { $0.view(into: &$1) })
    }

    // MARK: update

    mutating func update(_ event: InputEvent) -> [Effect] {
        switch event {
        case .resize(_, let rows):
            form.setViewport(height: ScreenLayout.bodyHeight(for: Size(columns: 0, rows: rows)))
            return []
        case .paste(let text):
            guard dialog == nil else { return [] }
            return apply(form.paste(text))
        case .key(let key):
            if dialog != nil { return updateDialog(key) }
            return updateKey(key)
        case .terminate:
            return [.quit]
        }
    }

    private mutating func updateKey(_ key: Key) -> [Effect] {
        switch key {
        case .function(10), .ctrl(.character("c")), .ctrl(.character("q")):
            return [.quit]
        case .function(8):
            themeIndex = (themeIndex + 1) % themes.count
            status = StatusLine("Тема: \(theme.name)")
            return []
        case .function(5):
            dialog = .confirm(title: "Сохранить заявку?", message: "Заявка будет отправлена в банк. Продолжить?")
            return []
        case .function(6):
            dialog = .message(title: "Сообщение", message: "Заявка № 2024-000123 сохранена.")
            return []
        case .function(7):
            dialog = .error(message: "Нет связи с сервером. Заявка сохранена на этом компьютере и будет отправлена позже.")
            return []
        default:
            let before = form.focusedField?.id
            let outcome = form.handle(key)
            // Judge a field when the typist leaves it, never half-way through typing.
            if let before, before != form.focusedField?.id { validate(before, strict: true) }
            return apply(outcome)
        }
    }

    private mutating func updateDialog(_ key: Key) -> [Effect] {
        guard var current = dialog else { return [] }
        let outcome = current.handle(key)
        dialog = current
        switch outcome {
        case .pending: break
        case .chosen(let index):
            status = StatusLine("Нажато: \(current.buttons[index])")
            dialog = nil
        case .cancelled:
            status = StatusLine("Отменено")
            dialog = nil
        }
        return []
    }

    private mutating func apply(_ outcome: FormOutcome) -> [Effect] {
        switch outcome {
        case .edited(let id):
            validate(id, strict: false)
        case .rejected:
            return [.bell]
        case .reachedEnd:
            status = StatusLine("Конец формы: F5 — сохранить")
            return []
        case .moved, .unchanged, .ignored:
            break
        }
        showFocusedError()
        return []
    }

    /// Sets or clears a field's error. Not `strict` (while typing) only clears.
    private mutating func validate(_ id: String, strict: Bool) {
        guard var field = form[id] else { return }
        var error: String?
        if case .date(let date) = field.state {
            error = date.validationMessage
        } else if case .text(let text) = field.state, text.mask != nil {
            error = text.isEmpty || text.isComplete ? nil : "Заполните поле полностью"
        }
        if strict || error == nil { field.error = error }
        form[id] = field
    }

    private mutating func showFocusedError() {
        if let error = form.focusedField?.error {
            status = .error(error)
        } else if status.kind == .error {
            status = StatusLine("")
        }
    }

    // MARK: view

    func view(into buffer: inout Buffer) {
        let layout = ScreenLayout(buffer.area)
        ScreenLayout.renderTitle(
            "leadterm — галерея виджетов", detail: "тема: \(theme.name)", into: &buffer, at: layout.title, theme: theme)
        form.render(into: &buffer, at: layout.body, theme: theme)
        status.render(into: &buffer, at: layout.status, theme: theme)
        Self.legend.render(into: &buffer, at: layout.legend, theme: theme)
        dialog?.render(into: &buffer, area: buffer.area, theme: theme)
    }
}
