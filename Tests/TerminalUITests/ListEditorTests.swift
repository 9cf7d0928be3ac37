import Testing
import TerminalUI

@Suite struct ListEditorTests {
    static let columns = [
        ListColumn(title: "ФИО", width: 12, editor: TextFieldState(maxLength: 30)),
        ListColumn(title: "Телефон", width: 12, editor: TextFieldState(mask: Mask("___-__-__"))),
    ]

    func rendered(_ list: ListEditorState, focused: Bool = true) -> Buffer {
        draw(width: 30, height: list.height) {
            list.render(into: &$0, at: Rect(x: 0, y: 0, width: 30, height: list.height), theme: testTheme, look: FieldLook(focused: focused))
        }
    }

    @Test func insertTypeAndSaveARow() {
        var list = ListEditorState(columns: Self.columns, visibleRows: 3)
        #expect(list.handle(.insert) == .moved)
        #expect(list.isEditing)
        for c in "Петров" { _ = list.handle(.character(c)) }
        #expect(list.handle(.tab) == .moved)
        var last = EditOutcome.unchanged
        for c in "1234567" { last = list.handle(.character(c)) }
        #expect(last == .changed)  // the mask filled: row saved
        #expect(!list.isEditing)
        #expect(list.rows == [["Петров", "1234567"]])
        #expect(rendered(list).lines == ["ФИО          Телефон", "Петров       123-45-67", "", ""])
    }

    @Test func escapeAbandonsANewRowAndKeepsAnEditedOne() {
        var list = ListEditorState(columns: Self.columns, rows: [["А", ""]])
        _ = list.handle(.insert)
        _ = list.handle(.character("Б"))
        #expect(list.handle(.escape) == .moved)
        #expect(list.rows == [["А", ""]])
        _ = list.handle(.enter)
        _ = list.handle(.character("я"))
        _ = list.handle(.escape)
        #expect(list.rows == [["А", ""]])
    }

    @Test func deleteAndReorder() {
        var list = ListEditorState(columns: Self.columns, rows: [["1", ""], ["2", ""], ["3", ""]])
        _ = list.handle(.down)
        #expect(list.handle(.alt(.down)) == .changed)
        #expect(list.rows.map { $0[0] } == ["1", "3", "2"])
        #expect(list.selected == 2)
        #expect(list.handle(.ctrl(.up)) == .changed)
        #expect(list.rows.map { $0[0] } == ["1", "2", "3"])
        #expect(list.handle(.delete) == .changed)
        #expect(list.rows.map { $0[0] } == ["1", "3"])
    }

    @Test func upOnFirstAndDownOnLastLeaveTheTable() {
        var list = ListEditorState(columns: Self.columns, rows: [["1", ""], ["2", ""]])
        #expect(list.handle(.up) == .exitBackward)
        _ = list.handle(.down)
        #expect(list.handle(.down) == .exitForward)
    }

    @Test func onlyVisibleRowsAreDrawnAndTheSelectionStaysInView() {
        let rows = (1...500).map { ["Строка \($0)", ""] }
        var list = ListEditorState(columns: Self.columns, rows: rows, visibleRows: 3)
        _ = list.handle(.end)
        #expect(list.top == 497)
        let buffer = rendered(list)
        #expect(buffer.lines == ["ФИО          Телефон   500/500", "Строка 498", "Строка 499", "Строка 500"])
        #expect(buffer.styleMask(row: 3, matching: testTheme.style(.selection)).count == 30)
        _ = list.handle(.pageUp)
        #expect(list.selected == 496)
        #expect(list.top == 496)
    }

    @Test func emptyTableInvitesInsertAndTypingStartsARow() {
        var list = ListEditorState(columns: Self.columns)
        #expect(rendered(list).line(1) == "нет строк — Ins: добавить")
        #expect(list.handle(.character("И")) == .changed)
        #expect(list.isEditing)
        #expect(list.editing?.cells[0].value == "И")
    }
}
