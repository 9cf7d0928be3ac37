import CoreClient
import Foundation
import LeadStore
import LeadRules
import TerminalUI

/// The screens' own words (field names come from `FieldNames`), in Russian and English.
enum UIText {
    static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    static func section(_ id: SectionID) -> LocalizedText {
        switch id {
        case .person: return t("Клиент", "Person")
        case .passport: return t("Паспорт", "Passport")
        case .addresses: return t("Адреса", "Addresses")
        case .relatives: return t("Родственники", "Relatives")
        case .debts: return t("Кредиты", "Debts")
        case .goods: return t("Товары", "Goods")
        case .loan: return t("Заём", "Loan")
        case .finances: return t("Доходы", "Finances")
        case .workAndCard: return t("Работа, карта", "Work, card")
        case .checks: return t("Проверки", "Checks")
        }
    }

    static func group(_ title: GroupTitle) -> LocalizedText {
        switch title {
        case .residence: return t("Адрес проживания", "Residence address")
        case .registration: return t("Адрес регистрации (F5 — как проживания)", "Registration address (F5: same as residence)")
        case .fias: return t("По ФИАС", "FIAS")
        case .fullAddress: return t("Полностью", "Full address")
        case .addressExtra: return t("Дополнительно", "More")
        case .organization: return t("Юридическое лицо", "Legal entity")
        case .card: return t("Банковская карта", "Bank card")
        case .employment: return t("Работа", "Employment")
        case .checks: return t("Проверки", "Checks")
        case .device: return t("Устройство", "Device")
        case .identifiers: return t("Идентификаторы", "Identifiers")
        case .passport: return t("Паспорт", "Passport")
        case .credits: return t("Кредитная история", "Credit history")
        case .family: return t("Семья", "Family")
        }
    }

    /// A kiosk keeps the ID look-up and the lead number it always had.
    static func menu(_ item: MenuItem, kiosk: Bool = false) -> LocalizedText {
        switch item {
        case .newLead: return t("Новая заявка", "New lead")
        case .openLead where !kiosk: return t("Открыть заявку по номеру или телефону", "Open a lead by number or phone")
        case .openLead: return t("Открыть заявку по номеру", "Open a lead by number")
        case .lookup where !kiosk: return t("Поиск клиента по ID, телефону, паспорту, ФИО",
                                            "Look up clients by ID, phone, passport, name")
        case .lookup: return t("Поиск клиента по ID", "Look up clients by ID")
        case .drafts: return t("Черновики", "Drafts")
        case .outbox: return t("Очередь отправки", "Outbox")
        case .quit: return t("Выход", "Quit")
        }
    }

    static let appTitle = t("Заявки", "Leads")
    static let newLead = t("Новая заявка", "New lead")
    static func editLead(_ id: Int64) -> LocalizedText { t("Заявка № \(id)", "Lead #\(id)") }
    static let outbox = t("В очереди", "Outbox")
    static let noRows = t("нет строк — Ins добавить", "no rows — Ins to add")
    /// On F1's bottom border when its text goes on below.
    static let helpMore = t("▼ ещё: ↓ PgDn", "▼ more: ↓ PgDn")
    static let attributeName = t("Имя атрибута", "Attribute name")
    static let attributeValue = t("Значение атрибута", "Attribute value")
    static let foldHint = t("Enter — открыть", "Enter to open")
    /// Before the message of a group's missing part while the group is being filled in.
    static let groupBeingFilled = t("Не заполнено до конца", "Not complete yet")
    static let sending = t("Отправка…", "Sending…")
    /// While a large lead's checks are made in the background (the section marks wait for them).
    static let checkingLead = t("Заявка проверяется… Можно работать, отметки появятся сами",
                                "Checking the lead… You can go on; the marks will follow")

    /// On the login screen when `allow-plain-http` lets the password go unencrypted.
    static func plainHTTPWarning(server: String, allowed: Bool) -> LocalizedText? {
        guard allowed, let url = URL(string: server.trimmingCharacters(in: .whitespaces)),
              CoreConnection(server: url, customerKey: "", userName: "", password: "").isPlainHTTPToRemote
        else { return nil }
        return t("Внимание: http:// — пароль уйдёт без шифрования (allow-plain-http)",
                 "Warning: http:// — the password goes unencrypted (allow-plain-http)")
    }
    static let enterTooSmall = t("Увеличьте окно", "Enlarge the window")
    // The boxes' titles; the keys they take follow from the bindings (`ReviewView.title`).
    static let problemsTitle = t("Исправьте перед отправкой", "Fix before sending")
    static let confirmNew = t("Проверьте и отправьте", "Check and send")
    static let confirmEdit = t("Изменённые поля", "Changed fields")
    static let nothingChanged = t("Ничего не изменено", "Nothing changed")
    static func saved(_ lead: Int64) -> LocalizedText {
        t("Изменения заявки № \(lead) сохранены", "Lead #\(lead) saved")
    }

    static func accepted(_ lead: Int64, client: Int64?) -> LocalizedText {
        let c = client.map { t(", клиент № \($0)", ", client #\($0)") } ?? t("", "")
        return t("Заявка № \(lead) принята\(c.ru)", "Lead #\(lead) accepted\(c.en)")
    }
    // The result box's keys follow from its bindings (`ResultView`), as the legend does.
    static let queuedSuffix = t("Заявка сохранена в очереди отправки и будет отправлена автоматически",
                                "The lead is kept in the outbox and will be sent automatically")
    // The reason above it says who refused: the core, or the disk before the core was asked.
    static let failedSuffix = t("Всё введённое осталось в форме", "Everything typed is still in the form")
    static let lookupPrompt = t("ID клиентов через запятую:", "Client IDs, comma-separated:")
    static let openPrompt = t("Номер заявки:", "Lead number:")
    static let draftsTitle = t("Незавершённые черновики (Enter — продолжить, Del — удалить, Esc — меню)",
                               "Unfinished drafts (Enter: resume, Del: discard, Esc: menu)")
    static let noDrafts = t("Черновиков нет: все начатые заявки отправлены или удалены",
                            "No drafts: every lead begun was sent or discarded")
    static let loginTitle = t("Вход в ядро", "Log in to the core")
    static let loginFields: [LoginScreen.Field: LocalizedText] = [
        .server: t("Сервер", "Server"), .customerKey: t("Ключ клиента", "Customer key"),
        .user: t("Пользователь", "User"), .password: t("Пароль", "Password"),
    ]
    static let helpTitle = t("Справка по полю (любая клавиша — закрыть)", "Field help (any key closes)")
    static func cvcNeeded(_ n: Int) -> LocalizedText {
        t("Заявок в очереди, ждущих CVC: \(n) — меню → «Очередь отправки»",
          "Leads in the outbox waiting for their CVC: \(n) — menu → Outbox")
    }

    static func idleWipeAt(_ time: String) -> LocalizedText {
        t("Нет активности: в \(time) форма будет очищена — нажмите любую клавишу",
          "Idle: the form will be wiped at \(time) — press any key")
    }

    static func idleCountdown(_ s: Int) -> LocalizedText {
        t("Нет активности: форма будет очищена через \(s) с — нажмите любую клавишу",
          "Idle: the form will be wiped in \(s) s — press any key")
    }
}

extension UIText {
    /// A refusal of the session while working: the login screen says it above the password.
    static let sessionRefused = t("Ядро не принимает вход (сеанс истёк или пароль изменён): введите пароль заново — всё введённое сохранено",
                                  "The core refused the session (expired or the password changed): type the password again — nothing typed is lost")
    /// A lead the core refused because the login was refused: the form comes back after login.
    static let loginRefusedLead = t("Заявка не отправлена: ядро не принимает вход", "The lead was not sent: the core refused the login")

    /// The fault in words: why the disk refused.
    static func storageFault(_ fault: StorageFault) -> LocalizedText {
        switch fault {
        case .diskFull: return t("диск заполнен", "the disk is full")
        case .damaged: return t("база данных повреждена", "the database is damaged")
        case .cannotWrite: return t("запись в базу невозможна", "the database refuses writes")
        }
    }

    /// The outbox could not take the lead at submit: nothing left the machine.
    static func leadNotSaved(_ fault: StorageFault) -> LocalizedText {
        let why = storageFault(fault)
        return t("Заявка НЕ сохранена (\(why.ru)), ядро НЕ вызывалось: освободите место и отправьте снова",
                 "The lead was NOT saved (\(why.en)) and the core was NOT contacted: make room and send again")
    }

    /// A draft write failed; shown until one succeeds (the app retries every second).
    static func draftNotSaved(_ fault: StorageFault) -> LocalizedText {
        let why = storageFault(fault)
        return t("Черновик НЕ сохраняется: \(why.ru); повтор каждую секунду",
                 "Draft NOT being saved: \(why.en); retrying every second")
    }

    static let draftNotSavedTitle = t("ЧЕРНОВИК НЕ СОХРАНЁН", "DRAFT NOT SAVED")

    static let notConnected = t("Нет соединения с ядром: войдите заново (Esc — меню)",
                                "Not connected to the core: log in again (Esc: menu)")
}

extension UIText {
    /// The outcome line: a new lead is accepted, an edit is saved.
    static func outcome(_ entry: EntryScreen, lead: Int64, client: Int64?) -> LocalizedText {
        if case .edit = entry.mode { return saved(lead) }
        return accepted(lead, client: client)
    }
}

extension WidgetText {
    /// The engine widgets' own words (empty dropdown, enlarge notice…) in `language`.
    static func of(_ language: Language) -> WidgetText {
        switch language {
        case .ru: return .russian
        case .en: return .english
        }
    }
}
