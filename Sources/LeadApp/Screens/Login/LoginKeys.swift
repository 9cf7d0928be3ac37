import LeadRules
import TerminalUI

enum LoginAction: Sendable { case next, previous, submit, quit, cancel, help }

/// The login's keys: Tab/↓ and Shift-Tab/↑ move between the fields, Enter logs in (or goes
/// on to the password), F10/Esc quit outside a kiosk; other keys type into the field.
/// While the core is asked only Esc works: it cancels the wait.
enum LoginKeys {
    static func map(_ login: LoginScreen, kiosk: Bool) -> KeyMap<LoginAction> {
        guard !login.busy else { return KeyMap([KeyBinding(.escape, .cancel, legend: UIText.cancel)], kiosk: kiosk) }
        return KeyMap([
            .f1(.help),
            KeyBinding([.tab, .down], "Tab", .next, legend: UIText.t("Поле", "Field")),
            KeyBinding([.backTab, .up], "Shift-Tab", .previous, legend: nil),
            KeyBinding(.enter, .submit, legend: UIText.t("Войти", "Log in")),
            // A kiosk is not left from its login screen.
            KeyBinding([.function(10), .escape], "F10", .quit, legend: UIText.menu(.quit), inKiosk: false),
        ], kiosk: kiosk)
    }

    static let title = UIText.loginTitle
    static let about = UIText.t("Сервер ядра, ключ клиента, пользователь и пароль (пароль виден точками)",
                                "The core's server, the customer key, the user and the password (shown as dots)")
}

extension AppModel {
    /// A key on the login screen (see `LoginKeys`).
    mutating func updateLoginKey(_ key: Key, _ login: LoginScreen, context: FormContext) -> [Effect] {
        let fields = LoginScreen.Field.allCases
        let index = fields.firstIndex(of: login.focus) ?? 0
        let keys = LoginKeys.map(login, kiosk: kiosk)
        switch keys.action(for: key) {
        case .help?: return showHelp(keys, title: LoginKeys.title, about: LoginKeys.about, context: context)
        case .next?: return update(.loginFocus(fields[(index + 1) % fields.count]), context: context)
        case .previous?: return update(.loginFocus(fields[(index + fields.count - 1) % fields.count]), context: context)
        case .submit?:
            // Enter in a filled field before the password goes on to the next field.
            if index < fields.count - 1, !login.text(of: login.focus).isEmpty, login.password.isEmpty {
                return update(.loginFocus(fields[index + 1]), context: context)
            }
            return update(.loginSubmit, context: context)
        case .quit?: return update(.quit, context: context)
        case .cancel?: return update(.back, context: context)
        case nil:
            guard !login.busy else { return [] }
            return edit(.key(key), in: login, \.focusedInput, shown: Screen.login,
                        edited: { .loginEdited(login.focus, $0) }, context: context)
        }
    }
}
