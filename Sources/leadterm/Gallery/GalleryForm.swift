import TerminalUI

/// The gallery's form: one of every widget, and enough fields (over sixty lines)
/// that it must scroll on an 80×24 screen.
enum GalleryForm {
    static func make() -> FormState {
        var rows: [FormRow] = [
            .section("Клиент"),
            field("codeword", "Кодовое слово", .text(TextFieldState(mask: Mask("@@@@-@@@@"))), required: true),
            field("lastName", "Фамилия", .text(TextFieldState(maxLength: 40, allowed: .letter)), required: true),
            field("firstName", "Имя", .text(TextFieldState(maxLength: 40)), required: true),
            field("middleName", "Отчество", .text(TextFieldState(maxLength: 40))),
            field("birthDate", "Дата рождения", .date(DateFieldState()), required: true),
            field("phone", "Мобильный телефон", .text(TextFieldState(mask: Mask("+7 (___) ___-__-__"))), required: true),
            field("unitCode", "Код подразделения", .text(TextFieldState(mask: Mask("___-___")))),
            field("citizenship", "Гражданство", .select(SelectState(options: Countries.options, selectedID: nil))),
            field("email", "Эл. почта", .text(TextFieldState(maxLength: 120))),
            .section("Кредит"),
            field("amount", "Сумма кредита, ₽", .number(NumericFieldState(fractionLength: 2))),
            field("term", "Срок, мес.", .number(NumericFieldState(fractionLength: 0, maxIntegerDigits: 3))),
            field("income", "Доход в месяц, ₽", .number(NumericFieldState(fractionLength: 2))),
            field("consent", "Согласие на обработку", .checkbox(.yesNo()), required: true),
            field("coBorrower", "Есть созаемщик", .checkbox(CheckboxState())),
            .section("Родственники"),
            field("relatives", "Родственники", .list(ListEditorState(columns: [
                ListColumn(title: "ФИО", width: 24, editor: TextFieldState(maxLength: 60)),
                ListColumn(title: "Родство", width: 10, editor: TextFieldState(maxLength: 20)),
                ListColumn(title: "Телефон", width: 19, editor: TextFieldState(mask: Mask("+7 (___) ___-__-__"))),
            ], rows: [["Иванова Мария Петровна", "мать", "9161234567"]], visibleRows: 4))),
            .section("Адрес регистрации"),
            field("zip", "Индекс", .text(TextFieldState(mask: Mask("______")))),
        ]
        let addressParts = ["Регион", "Район", "Город", "Улица", "Дом", "Корпус", "Квартира"]
        for (i, part) in addressParts.enumerated() {
            rows.append(field("address\(i)", part, .text(TextFieldState(maxLength: 60))))
        }
        rows.append(.section("Дополнительно"))
        for i in 1...36 {
            rows.append(field("extra\(i)", "Поле \(i)", .text(TextFieldState(maxLength: 30))))
        }
        var form = FormState(rows: rows)
        if var disabled = form["extra36"] {
            disabled.isEnabled = false
            form["extra36"] = disabled
        }
        return form
    }

    private static func field(_ id: String, _ label: String, _ state: FieldState, required: Bool = false) -> FormRow {
        .field(FormField(id: id, label: label, state: state, isRequired: required))
    }
}
