import Testing
import TerminalUI

@Suite struct FormTests {
    static func makeForm(extraFields: Int = 0) -> FormState {
        var rows: [FormRow] = [
            .section("Клиент"),
            .field(FormField(id: "name", label: "Фамилия", state: .text(TextFieldState(maxLength: 20)), isRequired: true)),
            .field(FormField(id: "phone", label: "Телефон", state: .text(TextFieldState(mask: Mask("___-__-__"))))),
            .field(FormField(id: "off", label: "Недоступно", state: .text(TextFieldState()), isEnabled: false)),
            .field(FormField(id: "sum", label: "Сумма", state: .number(NumericFieldState(fractionLength: 0, format: NumberFormat(decimalSeparator: ",", groupingSeparator: " "))))),
        ]
        for i in 0..<extraFields {
            rows.append(.field(FormField(id: "f\(i)", label: "Поле \(i)", state: .text(TextFieldState()))))
        }
        return FormState(rows: rows, viewportHeight: 6)
    }

    @Test func rendersLabelsRequiredMarkerAndFields() {
        var form = Self.makeForm()
        _ = form.handle(.character("Ж"))
        let buffer = draw(width: 40, height: 6) { form.render(into: &$0, at: Rect(x: 0, y: 0, width: 40, height: 6), theme: testTheme) }
        #expect(buffer.lines == [
            "Клиент",
            "Фамилия*    Ж",
            "Телефон     ___-__-__",
            "Недоступно",
            "Сумма",
            "",
        ])
        #expect(buffer.styleMask(row: 1, matching: testTheme.style(.requiredMarker)) == ".......#")
        #expect(buffer.cursor == Point(x: 13, y: 1))
    }

    @Test func autoAdvanceSkipsDisabledFieldsAndReportsTheEnd() {
        var form = Self.makeForm()
        #expect(form.handle(.enter) == .moved)
        #expect(form.focusedField?.id == "phone")
        var last = FormOutcome.unchanged
        for c in "1234567" { last = form.handle(.character(c)) }
        #expect(last == .edited(id: "phone"))
        #expect(form.focusedField?.id == "sum")
        #expect(form.handle(.tab) == .reachedEnd)
        #expect(form.handle(.backTab) == .moved)
        #expect(form.focusedField?.id == "phone")
        #expect(form.handle(.function(2)) == .ignored)
    }

    @Test func scrollingKeepsTheFocusedFieldVisible() {
        var form = Self.makeForm(extraFields: 20)
        for _ in 0..<10 { _ = form.handle(.tab) }
        #expect(form.focusedField?.id == "f7")
        let buffer = draw(width: 30, height: 6) { form.render(into: &$0, at: Rect(x: 0, y: 0, width: 30, height: 6), theme: testTheme) }
        #expect(buffer.lines.last?.hasPrefix("Поле 7") == true)
        #expect(buffer.cursor?.y == 5)
        #expect(buffer.line(0).hasSuffix("▲"))
        #expect(buffer.line(5).hasSuffix("▼"))
    }

    @Test func resizeKeepsValuesAndFocus() {
        var form = Self.makeForm(extraFields: 20)
        _ = form.handle(.character("Ю"))
        for _ in 0..<12 { _ = form.handle(.tab) }
        let focused = form.focusedField?.id
        form.setViewport(height: 3)
        #expect(form.focusedField?.id == focused)
        #expect(form["name"]?.state == .text(TextFieldState(value: "Ю", maxLength: 20)))
        let small = draw(width: 30, height: 3) { form.render(into: &$0, at: Rect(x: 0, y: 0, width: 30, height: 3), theme: testTheme) }
        #expect(small.cursor != nil)
        form.setViewport(height: 30)
        let large = draw(width: 30, height: 30) { form.render(into: &$0, at: Rect(x: 0, y: 0, width: 30, height: 30), theme: testTheme) }
        #expect(large.line(1) == "Фамилия*    Ю")
    }

    @Test func pageDownJumpsAScreenful() {
        var form = Self.makeForm(extraFields: 20)
        #expect(form.handle(.pageDown) == .moved)
        #expect(form.focusedField?.id == "f1")
        #expect(form.handle(.ctrl(.end)) == .moved)
        #expect(form.focusedField?.id == "f19")
        #expect(form.handle(.ctrl(.home)) == .moved)
        #expect(form.focusedField?.id == "name")
    }

    @Test func pasteGoesToTheFocusedFieldWithinItsLimit() {
        var form = Self.makeForm()
        #expect(form.paste(String(repeating: "я", count: 100)) == .edited(id: "name"))
        if case .text(let field) = form["name"]?.state { #expect(field.value.count == 20) } else { Issue.record("name is not a text field") }
    }

    @Test func anOpenDropdownKeepsArrowKeysAndDrawsOnTop() {
        let options = (1...30).map { SelectOption(id: "\($0)", label: "Вариант \($0)") }
        var form = FormState(rows: [
            .field(FormField(id: "s", label: "Выбор", state: .select(SelectState(options: options, popupRows: 3)))),
            .field(FormField(id: "t", label: "Текст", state: .text(TextFieldState()))),
        ])
        _ = form.handle(.function(4))
        #expect(form.handle(.down) == .moved)
        #expect(form.focusedField?.id == "s")
        #expect(form.handle(.pageDown) == .moved)
        let buffer = draw(width: 40, height: 8) { form.render(into: &$0, at: Rect(x: 0, y: 0, width: 40, height: 8), theme: testTheme) }
        #expect(buffer.line(2).contains("Вариант"))
        #expect(buffer.line(1).contains("┌"))
    }
}
