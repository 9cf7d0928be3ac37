import LeadRules

/// What accessible mode says in its own words (issue 17), in both languages. Kept apart from
/// `UIText`: these are sentences for the ear and a braille line, not labels for a screen.
enum DialogueWords {
    static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    static let welcome = t("leadterm, построчный режим.", "leadterm, line mode.")
    /// What works at any question of the form, said at the start and with `?`.
    static let commands = [
        t("Команды в любом вопросе заявки:", "Commands at any question of the lead:"),
        t("Enter — оставить как есть и дальше; - — очистить поле", "Enter keeps the value and goes on; - clears the field"),
        t("? — справка по полю; ! — список ошибок", "? help on the field; ! the list of problems"),
        t("< — назад; >> — следующий раздел; << — предыдущий; >3 — раздел 3", "< back; >> next section; << previous section; >3 section 3"),
        t(". — проверить и отправить; Esc — в меню, черновик сохранён", ". review and send; Esc to the menu, the draft kept"),
    ]
    static let empty = t("пусто", "empty")
    static let now = t("сейчас", "now")
    static let required = t("обязательное", "required")
    static let hidden = t("скрыто", "hidden")
    static let yesNo = t("да или нет", "yes or no")
    static let yesWords = ["да", "д", "yes", "y"]
    static let noWords = ["нет", "н", "no", "n"]
    static let chooseFromList = t("выбор из списка: номер или начало названия", "a choice: its number or the start of its name")
    static let menuQuestion = t("Номер пункта меню", "Menu item number")
    static let answerQuestion = t("Ответ (текст или клавиша, например Enter, Esc, F2)", "Answer (text, or a key such as Enter, Esc, F2)")
    static let keysHeading = t("Клавиши", "Keys")
    static let continueQuestion = t("Enter — продолжить", "Enter to go on")
    static let sendQuestion = t("Отправить заявку? да или нет", "Send the lead? yes or no")
    static let problemsQuestion = t("Номер ошибки — перейти к её полю, Enter — к первой, Esc — назад к заявке",
                                    "A problem's number goes to its field, Enter to the first, Esc back to the lead")
    static let noProblems = t("Ошибок нет.", "No problems.")
    static let problemsHeading = t("Ошибки заявки:", "Problems of the lead:")
    static let reviewHeading = t("Проверьте заявку перед отправкой:", "Check the lead before sending:")
    static let waiting = t("Подождите…", "Please wait…")
    static let endOfLead = t("Это последнее поле заявки. . — проверить и отправить, < — назад",
                             "That was the lead's last field. . to review and send, < to go back")
    static let firstField = t("Это первое поле заявки.", "That is the lead's first field.")
    static let noSuchChoice = t("нет такого варианта", "no such choice")
    static let severalChoices = t("подходят несколько", "several choices match")
    static let notTaken = t("не принято", "not taken")
    static let tooLong = t("слишком длинно", "too long")
    static let unknownKey = t("Не понял ответ. ? — справка", "Answer not understood. ? for help")

    static func section(_ name: LocalizedText, number: Int, of count: Int) -> LocalizedText {
        t("Раздел \(number) из \(count): \(name.ru)", "Section \(number) of \(count): \(name.en)")
    }

    static func listQuestion(_ name: LocalizedText, rows: Int) -> LocalizedText {
        rows == 0
            ? t("\(name.ru): строк нет. Добавить? да или нет", "\(name.en): no rows. Add one? yes or no")
            : t("\(name.ru): строк: \(rows). Добавить ещё? да или нет",
                "\(name.en): \(rows) \(rows == 1 ? "row" : "rows"). Add another? yes or no")
    }

    static func row(_ name: LocalizedText, _ number: Int) -> LocalizedText {
        t("\(name.ru), строка \(number)", "\(name.en), row \(number)")
    }

    static func idleWarning(_ seconds: Int) -> LocalizedText {
        t("Нет активности: через \(seconds) с всё введённое будет стёрто. Чтобы продолжить, ответьте на вопрос или нажмите Enter.",
          "Idle: in \(seconds) s everything typed will be wiped. To go on, answer the question or press Enter.")
    }

    static func foldQuestion(_ prefix: String, _ title: LocalizedText) -> LocalizedText {
        t("\(prefix)\(title.ru): свёрнуто. Заполнить? да или нет", "\(prefix)\(title.en): folded. Fill it in? yes or no")
    }

    static func refused(_ answer: String, _ reason: LocalizedText) -> LocalizedText {
        t("«\(answer)» не принято: \(reason.ru)", "\"\(answer)\" not taken: \(reason.en)")
    }

    static func kept(_ reason: LocalizedText) -> LocalizedText {
        t("Записано, но: \(reason.ru)", "Kept, but: \(reason.en)")
    }

    static func problemCount(_ n: Int) -> LocalizedText {
        t("Ошибок: \(n).", "Problems: \(n).")
    }
}
