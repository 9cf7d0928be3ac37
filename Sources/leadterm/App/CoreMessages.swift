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
        case .core(let message):
            return LocalizedText(ru: "Ядро: \(message)", en: "Core: \(message)")
        case .unauthorized:
            return LocalizedText(ru: "Неверный логин или пароль", en: "Wrong user name or password")
        case .badResponse(let path, let reason):
            return LocalizedText(ru: "Ответ ядра не понят (\(path): \(reason))", en: "The core's answer was not understood (\(path): \(reason))")
        case .invalidConfiguration(let what):
            return LocalizedText(ru: "Неверные настройки: \(what)", en: "Invalid settings: \(what)")
        case .cancelled:
            return LocalizedText(ru: "Отменено", en: "Cancelled")
        case .unsupportedAuthMode(_, let mode):
            return LocalizedText(ru: "Ядро требует способ входа \(mode), которого leadterm не умеет: выберите auth = \"plain\" или \"oauth\"",
                                 en: "The core asks for the login method \(mode), which leadterm cannot do: set auth = \"plain\" or \"oauth\"")
        }
    }
}
