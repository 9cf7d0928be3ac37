import CoreClient
import LeadRules

/// Core failures in the operator's words. The core's own messages are already stripped of
/// control characters by the client.
enum CoreMessages {
    /// Any failure of a core call; the client only ever throws `CoreError`.
    static func text(_ error: any Error) -> LocalizedText {
        if let core = error as? CoreError { return text(core) }
        return LocalizedText(ru: "Ошибка: \(error)", en: "Error: \(error)")
    }

    static func text(_ error: CoreError) -> LocalizedText {
        switch error {
        case .unreachable(let server, _):
            return LocalizedText(ru: "Ядро \(server) недоступно", en: "The core at \(server) is unreachable")
        case .timedOut(let server, _):
            return LocalizedText(ru: "Ядро \(server) не ответило вовремя", en: "The core at \(server) did not answer in time")
        case .connectionLost(let server):
            return LocalizedText(ru: "Связь с ядром \(server) прервалась", en: "The connection to \(server) was lost")
        case .outcomeUnknown(let server, _):
            return LocalizedText(ru: "Связь с \(server) прервалась после отправки; заявка проверяется, повторно не отправляется вслепую",
                                 en: "The connection to \(server) dropped after sending; the lead is being checked, never re-sent blindly")
        case .tls(let server, let reason):
            return LocalizedText(ru: "Ошибка защищённого соединения с \(server): \(reason)",
                                 en: "Secure connection to \(server) failed: \(reason)")
        case .http(let status, let server):
            return LocalizedText(ru: "Ядро \(server) ответило ошибкой HTTP \(status)", en: "The core at \(server) answered HTTP \(status)")
        case .core(let code, let message):
            if let code, let words = refusal(code) { return words }
            return LocalizedText(ru: "Ядро: \(message)", en: "Core: \(message)")
        case .unauthorized:
            return loginRefused(error.loginRefusal ?? .unspecified)
        case .badResponse(let path, let reason):
            return LocalizedText(ru: "Ответ ядра не понят (\(path): \(reason))", en: "The core's answer was not understood (\(path): \(reason))")
        case .invalidConfiguration(let what):
            return LocalizedText(ru: "Неверные настройки: \(what)", en: "Invalid settings: \(what)")
        case .cancelled:
            return LocalizedText(ru: "Отменено", en: "Cancelled")
        case .answerTooLarge(_, let limit):
            let mb = CoreError.megabytes(limit)
            return LocalizedText(ru: "Ответ ядра больше \(mb) МБ и не прочитан (настройка max-answer-mb)",
                                 en: "The core's answer is larger than \(mb) MB and was not read (setting max-answer-mb)")
        case .tooManyRecords(_, let count, let limit):
            return LocalizedText(ru: "Ядро вернуло \(count) записей, больше допустимых \(limit) (настройка max-records)",
                                 en: "The core answered \(count) records, more than the \(limit) allowed (setting max-records)")
        case .redirected(let server, _):
            return LocalizedText(ru: "Ядро \(server) перенаправило запрос на другой адрес; перенаправления не выполняются",
                                 en: "The core at \(server) redirected the call elsewhere; redirects are not followed")
        case .unsupportedAuthMode(_, let mode):
            return LocalizedText(ru: "Ядро требует способ входа \(mode), которого leadterm не умеет: выберите auth = \"plain\" или \"oauth\"",
                                 en: "The core asks for the login method \(mode), which leadterm cannot do: set auth = \"plain\" or \"oauth\"")
        }
    }

    /// Which refusal a login met, so the operator knows what to change (the password, the
    /// customer key) or whom to call (a locked user).
    static func loginRefused(_ refusal: LoginRefusal) -> LocalizedText {
        switch refusal {
        case .wrongCredentials:
            return LocalizedText(ru: "Неверный логин или пароль: вход отклонён", en: "Wrong user name or password: login refused")
        case .unknownCustomerKey:
            return LocalizedText(ru: "Вход отклонён: ядро не знает такой ключ клиента (customer-key)",
                                 en: "Login refused: the core does not know this customer key")
        case .userLocked:
            return LocalizedText(ru: "Вход отклонён: пользователь заблокирован — обратитесь к администратору",
                                 en: "Login refused: the user is locked; ask the administrator")
        case .clientRefused:
            return LocalizedText(ru: "Вход отклонён: служба авторизации не приняла client-id или client-secret",
                                 en: "Login refused: the token service refused the client id or secret")
        case .unspecified:
            return LocalizedText(ru: "Вход отклонён: проверьте логин, пароль и ключ клиента",
                                 en: "Login refused: check the user name, password and customer key")
        }
    }

    /// The core refused the session itself (the service has already logged in again once).
    static func refusesSession(_ error: any Error) -> Bool {
        if case .unauthorized? = error as? CoreError { return true }
        return false
    }

    /// A second check of a checked lead (`UNEXPECTED_LEAD_STATUS_VALUE`).
    static func alreadyChecked(_ error: any Error) -> Bool {
        guard case .core(let code, let message)? = error as? CoreError else { return false }
        return code == "UNEXPECTED_LEAD_STATUS_VALUE" || message.contains("UNEXPECTED_LEAD_STATUS_VALUE")
    }

    /// A FIAS look-up failure: an unset gateway is a setting to make, not a broken core.
    static func gateway(_ error: any Error) -> LocalizedText {
        if case .invalidConfiguration? = error as? CoreError {
            return LocalizedText(ru: "шлюз ФИАС не настроен (gateway в настройках)",
                                 en: "no FIAS gateway is set up (gateway in the config)")
        }
        if case .unreachable? = error as? CoreError {
            return LocalizedText(ru: "шлюз ФИАС недоступен", en: "the FIAS gateway is unreachable")
        }
        return text(error)
    }

    /// The refusal codes the vendor's scenarios name, in words (operators never see the code).
    /// Any other code falls back to the core's own message.
    static func refusal(_ code: String) -> LocalizedText? {
        switch code {
        case "NO_CLIENT_FIRST_NAME_ERROR":
            return LocalizedText(ru: "Ядро не приняло заявку: не заполнено имя", en: "The core refused the lead: the first name is missing")
        case "NO_MOBILE_PHONE_ERROR":
            return LocalizedText(ru: "Ядро не приняло заявку: не заполнен мобильный телефон",
                                 en: "The core refused the lead: the mobile phone is missing")
        case "UNEXPECTED_LEAD_STATUS_VALUE":
            return LocalizedText(ru: "Эта заявка уже проверена: повторная проверка невозможна",
                                 en: "This lead has already been checked: it cannot be checked again")
        case "NO_PASSPORT_ERROR":
            return LocalizedText(ru: "Ядро: в заявке нет паспорта", en: "Core: the lead has no passport")
        case "NO_PASSPORT_ISSUE_DATE_ERROR":
            return LocalizedText(ru: "Ядро: не указана дата выдачи паспорта", en: "Core: the passport's issue date is missing")
        default:
            return nil
        }
    }
}
