import LeadRules

/// An outbox error in the operator's words. The outbox stores `kind: technical detail`
/// (`CoreOutboxTransport.stored`, in English, as the log and the command line show it); a
/// screen says the kind in words, short in the table's column, in full with the detail after
/// it on the message line. A text without a known kind is shown as it is.
enum OutboxErrorWords {
    struct Parts: Equatable {
        var kind: String?
        var detail: String
    }

    static func parts(_ stored: String) -> Parts {
        guard let colon = stored.range(of: ": ") else { return Parts(kind: nil, detail: stored) }
        let kind = String(stored[..<colon.lowerBound])
        guard words(kind) != nil else { return Parts(kind: nil, detail: stored) }
        return Parts(kind: kind, detail: String(stored[colon.upperBound...]))
    }

    /// Few words, for the table's last column (16 columns at 80).
    static func short(_ stored: String) -> LocalizedText {
        let parts = parts(stored)
        guard let kind = parts.kind, let words = words(kind) else { return LocalizedText(ru: stored, en: stored) }
        return words.short
    }

    /// The words, then the technical detail: «Ядро недоступно. Подробности: The core at … (connection refused).»
    static func full(_ stored: String) -> LocalizedText {
        let parts = parts(stored)
        guard let kind = parts.kind, let words = words(kind) else { return LocalizedText(ru: stored, en: stored) }
        // The detail of a refusal is the core's own message: said after the code's words.
        return LocalizedText(ru: "\(words.full.ru). Подробности: \(parts.detail)", en: "\(words.full.en). Details: \(parts.detail)")
    }

    private struct Words {
        var short: LocalizedText
        var full: LocalizedText
    }

    private static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    private static func words(_ kind: String) -> Words? {
        if kind.hasPrefix("http."), let status = Int(kind.dropFirst(5)) {
            return status >= 500
                ? Words(short: t("сбой ядра \(status)", "core fault \(status)"),
                        full: t("Сбой на стороне ядра (HTTP \(status))", "The core failed (HTTP \(status))"))
                : Words(short: t("отказ ядра \(status)", "refused \(status)"),
                        full: t("Ядро не приняло запрос (HTTP \(status))", "The core refused the request (HTTP \(status))"))
        }
        if kind.hasPrefix("core.") {
            let code = String(kind.dropFirst(5))
            let refusal = CoreMessages.refusal(code) ?? t("Ядро отклонило заявку", "The core refused the lead")
            return Words(short: t("отказ ядра", "core refused"), full: refusal)
        }
        switch kind {
        case "unreachable":
            return Words(short: t("ядро недоступно", "core unreachable"),
                         full: t("Ядро недоступно", "The core is unreachable"))
        case "timedOut.connect", "timedOut.response":
            return Words(short: t("нет ответа", "no answer"),
                         full: t("Ядро не ответило вовремя", "The core did not answer in time"))
        case "connectionLost":
            return Words(short: t("связь прервалась", "connection lost"),
                         full: t("Связь с ядром прервалась", "The connection to the core was lost"))
        case "outcomeUnknown":
            return Words(short: t("ответ потерян", "answer lost"),
                         full: t("Связь прервалась после отправки: проверяем, дошла ли заявка; вслепую не отправляется",
                                 "The connection dropped after sending: checking whether the lead arrived; never re-sent blindly"))
        case "tls":
            return Words(short: t("ошибка TLS", "TLS failed"),
                         full: t("Защищённое соединение с ядром не установлено (сертификат или настройка ca-file)",
                                 "The secure connection to the core failed (its certificate, or the ca-file setting)"))
        case "core":
            return Words(short: t("отказ ядра", "core refused"), full: t("Ядро отклонило заявку", "The core refused the lead"))
        case "unauthorized":
            return Words(short: t("вход отклонён", "login refused"),
                         full: t("Ядро не приняло вход: проверьте логин, пароль и ключ клиента", "The core refused the login: check the user name, password and customer key"))
        case "badResponse":
            return Words(short: t("ответ не понят", "bad answer"), full: t("Ответ ядра не понят", "The core's answer was not understood"))
        case "invalidConfiguration":
            return Words(short: t("ошибка настроек", "settings error"), full: t("Ошибка в настройках подключения", "A mistake in the connection settings"))
        case "cancelled":
            return Words(short: t("отменено", "cancelled"), full: t("Отправка отменена", "The send was cancelled"))
        case "answerTooLarge":
            return Words(short: t("большой ответ", "answer too big"), full: t("Ответ ядра слишком велик и не прочитан", "The core's answer is too large and was not read"))
        case "tooManyRecords":
            return Words(short: t("много записей", "too many records"), full: t("Ядро вернуло больше записей, чем допустимо", "The core answered more records than allowed"))
        case "redirected":
            return Words(short: t("перенаправление", "redirected"),
                         full: t("Ядро перенаправило запрос на другой адрес; проверьте адрес сервера", "The core redirected the call elsewhere; check the server address"))
        case "unsupportedAuthMode":
            return Words(short: t("способ входа", "login method"), full: t("Ядро требует неизвестный способ входа", "The core asks for an unknown login method"))
        case "cvc":
            return Words(short: t("нужен CVC", "CVC needed"), full: t("Перед отправкой нужно снова ввести CVC карты", "The card's CVC must be typed again before sending"))
        case "contested":
            return Words(short: t("проверяется", "being checked"),
                         full: t("Такая же заявка отправляется сейчас: проверяем, какая из них в ядре", "A lead like this one is being sent now: checking which one the core holds"))
        case "checking":
            return Words(short: t("проверяется", "being checked"),
                         full: t("Пока не удалось проверить, дошла ли заявка до ядра", "Could not yet check whether the lead reached the core"))
        default:
            return nil
        }
    }
}
