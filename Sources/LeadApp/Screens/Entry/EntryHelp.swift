import LeadModel
import LeadRules

extension EntryScreen {
    /// F1: what the focused field means, its format and an example, then the keys that work
    /// here (from the same bindings as the legend).
    func help(keys: [String], context: FormContext) -> HelpOverlay? {
        if let result = resultHelp(keys: keys, language: context.language) { return result }
        guard let focus = form.focus else { return nil }
        let language = context.language
        let rulesPath = EntryForm.rulesPath(focus)
        // The help line already ends with the example, in the operator's language; the two
        // halves of an attribute-map row share one catalog pattern, so theirs are here.
        var lines = [(Self.mapRowHelp(focus) ?? context.rules.input(for: rulesPath).help).text(in: language)]
        if FiasAddress.isAddressText(focus) {
            lines += ["", UIText.t("F4 — найти код ФИАС по адресу, введённому словами: код заполнится сам, адрес примет написание ФИАС",
                                   "F4 looks the FIAS id up from the address typed in words: the id is filled in, the address takes FIAS's spelling").text(in: language)]
        }
        if focus.leafKey == "fiasId" {
            lines += ["", UIText.t("32 шестнадцатеричные цифры можно вводить без дефисов: они встанут сами",
                                   "32 hex digits may be typed without hyphens: they are put in by themselves").text(in: language)]
        }
        let inCatalog = FieldCatalog.spec(for: rulesPath) != nil
        if inCatalog {
            let input = context.rules.input(for: rulesPath)
            if let description = HelpDescription.text(for: rulesPath.pattern, input: input, in: language) {
                lines += ["", description]
            }
        }
        if !keys.isEmpty { lines += ["", UIText.keysHeading.text(in: language)] + keys }
        // The path is last, under its own heading: an operator reads the field's words and keys first.
        if inCatalog { lines += ["", UIText.adminHeading.text(in: language), "JSON: \(focus)"] }
        let title = Self.mapRowHelp(focus) == nil ? FieldNames.name(for: rulesPath) : EntryView.label(for: focus)
        return HelpOverlay(title: title.text(in: language), body: lines.joined(separator: "\n"))
    }

    /// F1 on a send's result: what it means for the lead, then its keys.
    private func resultHelp(keys: [String], language: Language) -> HelpOverlay? {
        let what: LocalizedText
        switch phase {
        case .accepted:
            what = UIText.t("Ядро приняло заявку: её номер и номер клиента — в окне результата. F7 отправляет её на проверку в ядро, F9 показывает её статус.",
                            "The core accepted the lead: its number and the client's are in the result box. F7 sends it to the core's check, F9 shows its status.")
        case .queued:
            what = UIText.t("Ядро сейчас не принимает заявки. Заявка сохранена в очереди отправки и уйдёт сама, когда ядро ответит; её видно в меню «Очередь отправки».",
                            "The core cannot take leads now. The lead is kept in the outbox and goes by itself when the core answers; the menu's Outbox shows it.")
        case .failed:
            what = UIText.t("Ядро отклонило заявку. Всё введённое осталось в форме: исправьте то, что названо в сообщении, и отправьте снова (F2).",
                            "The core refused the lead. Everything typed is still in the form: correct what the message names and send again (F2).")
        case .editing, .problems, .confirm, .sending:
            return nil
        }
        var lines = [what.text(in: language)]
        if !keys.isEmpty { lines += ["", UIText.keysHeading.text(in: language)] + keys }
        return HelpOverlay(title: UIText.t("Результат отправки", "The send's result").text(in: language), body: lines.joined(separator: "\n"))
    }

    /// An address attribute's name or value: free text, with an example.
    static func mapRowHelp(_ path: FieldPath) -> LocalizedText? {
        switch path.leafKey {
        case MapRow.keyField?:
            return UIText.t("Имя атрибута адреса — текст. Пример: floor", "The address attribute's name — text. Example: floor")
        case MapRow.valueField?:
            return UIText.t("Значение атрибута — текст. Пример: 5", "The attribute's value — text. Example: 5")
        default: return nil
        }
    }
}
