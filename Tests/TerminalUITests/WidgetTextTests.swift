import Testing
import TerminalUI

/// The words widgets draw on their own come from the ``WidgetText`` they are given:
/// English draws no Cyrillic at all, Russian draws what it always drew.
@Suite struct WidgetTextTests {
    static func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0400...0x052F).contains($0.value) }
    }

    /// An open dropdown filtered to nothing, drawn under a 20-column field on a 30×6 screen.
    static func emptyPopup(_ text: WidgetText?) -> Buffer {
        var select = SelectState(options: [SelectOption(id: "1", label: "Male"), SelectOption(id: "2", label: "Female")])
        for c in "zz" { _ = select.handle(.character(c)) }
        let field = Rect(x: 0, y: 0, width: 20, height: 1)
        let screen = Rect(x: 0, y: 0, width: 30, height: 6)
        return draw(width: 30, height: 6) {
            if let text {
                select.renderPopup(into: &$0, below: field, within: screen, theme: testTheme, text: text)
            } else {
                select.renderPopup(into: &$0, below: field, within: screen, theme: testTheme)
            }
        }
    }

    @Test func aDropdownWithNoMatchesSaysSoInTheGivenLanguage() {
        let english = Self.emptyPopup(.english)
        #expect(english.line(2) == "│no matches        │")
        #expect(!english.lines.contains(where: Self.hasCyrillic), "\(english.lines)")

        #expect(Self.emptyPopup(.russian).line(2) == "│нет совпадений    │")
        #expect(Self.emptyPopup(nil).lines == Self.emptyPopup(.russian).lines)
    }

    static let columns = [
        ListColumn(title: "Name", width: 12, editor: TextFieldState(maxLength: 30)),
        ListColumn(title: "Phone", width: 12, editor: TextFieldState()),
    ]

    static func emptyList(_ text: WidgetText, focused: Bool) -> Buffer {
        let list = ListEditorState(columns: columns)
        return draw(width: 30, height: list.height) {
            list.render(into: &$0, at: Rect(x: 0, y: 0, width: 30, height: list.height), theme: testTheme,
                        look: FieldLook(focused: focused), text: text)
        }
    }

    @Test func anEmptyListSaysSoInTheGivenLanguage() {
        let focused = Self.emptyList(.english, focused: true)
        #expect(focused.line(1) == "no rows — Ins: add")
        #expect(Self.emptyList(.english, focused: false).line(1) == "no rows")
        #expect(!focused.lines.contains(where: Self.hasCyrillic), "\(focused.lines)")

        #expect(Self.emptyList(.russian, focused: true).line(1) == "нет строк — Ins: добавить")
        #expect(Self.emptyList(.russian, focused: false).line(1) == "нет строк")
    }

    /// A whole form hands its words down: to a list among its fields and to an open dropdown.
    @Test func aFormPassesItsWordsToItsListsAndItsDropdown() {
        var form = FormState(rows: [
            .field(FormField(id: "sex", label: "Sex", state: .select(SelectState(options: [SelectOption(id: "1", label: "Male")])))),
        ] + ["Phone", "Email", "City"].map { .field(FormField(id: $0, label: $0, state: .text(TextFieldState()))) } + [
            .field(FormField(id: "kin", label: "Relatives", state: .list(ListEditorState(columns: Self.columns)))),
        ])
        for c in "qq" { _ = form.handle(.character(c)) }
        let buffer = draw(width: 60, height: 12) { form.render(into: &$0, at: $0.area, theme: testTheme, text: .english) }
        let screen = buffer.lines.joined(separator: "\n")
        #expect(screen.contains("no matches"), "\(screen)")
        #expect(screen.contains("no rows"), "\(screen)")
        #expect(!Self.hasCyrillic(screen), "\(screen)")
    }

    @Test func theEnlargeNoticeSpeaksTheGivenLanguage() {
        func notice(_ text: WidgetText) -> [String] {
            draw(width: 60, height: 20) {
                EnlargeNotice.render(into: &$0, current: Size(columns: 60, rows: 20), required: .minimumTerminal,
                                     theme: testTheme, text: text)
            }.lines.filter { !$0.isEmpty }
        }
        let english = notice(.english).map { $0.trimmingLeadingSpaces }
        #expect(english == ["Enlarge the terminal", "need 80×24, now 60×20"])
        #expect(!english.contains(where: Self.hasCyrillic))
        #expect(notice(.russian).map { $0.trimmingLeadingSpaces }
                == ["Увеличьте окно терминала", "Enlarge the terminal", "нужно 80×24, сейчас 60×20"])
    }

    @Test func theRunLoopShowsTheNoticeInItsLanguage() {
        let app = TerminalApp<Int>(text: .english, noticeTheme: { _ in testTheme }, update: { _, _ in [] },
                                   view: { _, buffer in buffer.put("ready", x: 0, y: 0, style: testTheme.style(.text)) })
        let backend = MemoryBackend(size: Size(columns: 50, rows: 10))
        app.run(0, on: backend)
        #expect(backend.text.contains("need 80×24, now 50×10"))
        #expect(!Self.hasCyrillic(backend.text), "\(backend.text)")
    }

    @Test func aDateFieldComplainsInTheGivenLanguage() {
        var partial = DateFieldState()
        for c in "3102" { _ = partial.handle(.character(c)) }
        #expect(partial.validationMessage(.english) == "Incomplete date: DD.MM.YYYY")
        #expect(partial.validationMessage(.russian) == "Дата неполная: ДД.ММ.ГГГГ")
        #expect(partial.validationMessage == "Дата неполная: ДД.ММ.ГГГГ")

        var impossible = partial
        for c in "2024" { _ = impossible.handle(.character(c)) }
        #expect(impossible.validationMessage(.english) == "No such date")
        #expect(impossible.validationMessage(.russian) == "Такой даты нет")
        #expect(DateFieldState().validationMessage(.english) == nil)
    }

    @Test func yesNoAnswersAndDialogsUseTheGivenWords() {
        let answer = CheckboxState.yesNo(false, text: .english)
        let drawn = draw(width: 20) { answer.render(into: &$0, at: $0.area, theme: testTheme, look: FieldLook()) }
        #expect(drawn.line(0) == "( ) Yes  (•) No")
        #expect(CheckboxState.yesNo().presentation == .yesNo(yes: "Да", no: "Нет"))

        var question = Dialog.confirm(title: "Discard?", message: "The draft goes.", text: .english, defaultYes: false)
        #expect(question.buttons == ["Yes", "No"])
        #expect(question.selectedButton == 1)
        #expect(question.handle(.character("y")) == .chosen(0))
        #expect(Dialog.confirm(title: "?", message: "").buttons == ["Да", "Нет"])
        #expect(Dialog.error(message: "Disk full", text: .english).title == "Error")
        #expect(Dialog.error(message: "Диск заполнен").title == "Ошибка")
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
