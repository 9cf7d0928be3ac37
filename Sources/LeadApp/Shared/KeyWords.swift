import LeadRules

/// The legend words several screens' key maps share.
extension UIText {
    static let back = t("Назад", "Back")
    static let search = t("Найти", "Search")
    static let select = t("Выбор", "Select")
    static let open = t("Открыть", "Open")
    static let pages = t("Страницы", "Pages")
    static let toMenu = t("Меню", "Menu")
    static let cancel = t("Отмена", "Cancel")
    static let check = t("Проверить", "Check")
    static let noName = t("(без имени)", "(no name)")
}

/// F1's words, the form's and the other screens' alike.
extension UIText {
    static let help = t("Справка", "Help")
    static let keysHeading = t("Клавиши:", "Keys:")
    /// Over the field's path in the lead's JSON: for whoever reads the core's logs, not the operator.
    static let adminHeading = t("Для администратора", "For the administrator")
}
