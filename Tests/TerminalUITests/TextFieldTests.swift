import Testing
import TerminalUI
import TextMask

@Suite struct TextFieldTests {
    @Test func insertsAtCursorAndEditsWithBackspaceAndDelete() {
        var field = TextFieldState(value: "Иванв")
        #expect(field.cursor == 5)
        #expect(field.handle(.left) == .moved)
        #expect(field.handle(.character("о")) == .changed)
        #expect(field.value == "Иванов")
        #expect(field.handle(.home) == .moved)
        #expect(field.handle(.delete) == .changed)
        #expect(field.handle(.backspace) == .unchanged)
        #expect(field.value == "ванов")
    }

    @Test func overwriteModeReplacesAndInsToggles() {
        var field = TextFieldState(value: "abc")
        _ = field.handle(.home)
        #expect(field.handle(.insert) == .moved)
        #expect(field.overwrite)
        field.type("XY")
        #expect(field.value == "XYc")
        #expect(field.cursor == 2)
    }

    @Test func maxLengthCountsCharactersNotBytes() {
        var field = TextFieldState(maxLength: 3)
        #expect(field.type("жжжж") == [.changed, .changed, .changed, .rejected])
        #expect(field.value == "жжж")
    }

    @Test func characterClassRejectsOtherCharacters() {
        var field = TextFieldState(allowed: .letter)
        #expect(field.type("Ю1z") == [.changed, .rejected, .changed])
        #expect(field.value == "Юz")
    }

    @Test func phoneMaskSkipsLiteralsAndAutoAdvancesWhenFull() {
        var field = TextFieldState(mask: InputMask("+7 (___) ___-__-__"))
        #expect(field.displayText == "+7 (___) ___-__-__")
        let outcomes = field.type("916123456")
        #expect(outcomes.allSatisfy { $0 == .changed })
        #expect(field.handle(.character("7")) == .filled)
        #expect(field.value == "9161234567")
        #expect(field.displayText == "+7 (916) 123-45-67")
        #expect(field.handle(.character("8")) == .rejected)
    }

    @Test func separatorsTypedOutOfHabitAreAccepted() {
        var field = TextFieldState(mask: InputMask("___-___"))
        #expect(field.type("123-4") == [.changed, .changed, .changed, .unchanged, .changed])
        #expect(field.displayText == "123-4__")
        #expect(field.handle(.character("x")) == .rejected)
    }

    @Test func letterMaskTakesCyrillic() {
        var field = TextFieldState(mask: InputMask("@@@@-@@@@"))
        let outcomes = field.type("ПРИВЕТМИ")
        #expect(outcomes.last == .filled)
        #expect(field.displayText == "ПРИВ-ЕТМИ")
        var digits = TextFieldState(mask: InputMask("@@-##"))
        #expect(digits.type("Я5") == [.changed, .rejected])
    }

    @Test func pasteFillsMaskSkippingJunkAndNeverOverflows() {
        var field = TextFieldState(mask: InputMask("+7 (___) ___-__-__"))
        #expect(field.paste("+7 (916) 123-45-67 and more 999") == .filled)
        #expect(field.value == "9161234567")

        var name = TextFieldState(maxLength: 5)
        #expect(name.paste("line one\nline two") == .changed)
        #expect(name.value == "line ")
    }

    @Test func longValueScrollsToKeepCursorVisible() {
        let field = TextFieldState(value: "абвгдеёжзийклмн")
        let buffer = draw(width: 10) { field.render(into: &$0, at: Rect(x: 0, y: 0, width: 10, height: 1), theme: testTheme, look: FieldLook(focused: true)) }
        // Scrolled by half-field steps (4 of 9 columns): 8 characters hidden.
        #expect(buffer.line(0) == "зийклмн")
        #expect(buffer.cursor == Point(x: 7, y: 0))

        var atStart = field
        _ = atStart.handle(.home)
        let start = draw(width: 10) { atStart.render(into: &$0, at: Rect(x: 0, y: 0, width: 10, height: 1), theme: testTheme, look: FieldLook(focused: true)) }
        #expect(start.line(0) == "абвгдеёжзи")
        #expect(start.cursor == Point(x: 0, y: 0))
    }

    @Test func focusedFieldUsesFocusedRoleAndErrorsShowWhenUnfocused() {
        let field = TextFieldState(value: "ab")
        let rect = Rect(x: 1, y: 0, width: 4, height: 1)
        let focused = draw(width: 6) { field.render(into: &$0, at: rect, theme: testTheme, look: FieldLook(focused: true, hasError: true)) }
        #expect(focused.styleMask(row: 0, matching: testTheme.style(.focusedField)) == ".####")
        let error = draw(width: 6) { field.render(into: &$0, at: rect, theme: testTheme, look: FieldLook(hasError: true)) }
        #expect(error.styleMask(row: 0, matching: testTheme.style(.fieldError)) == ".####")
        #expect(error.cursor == nil)
    }

    @Test func wordJumpsAndKillKeys() {
        var field = TextFieldState(value: "ул. Ленина 5")
        #expect(field.handle(.ctrl(.left)) == .moved)
        #expect(field.cursor == 11)
        _ = field.handle(.ctrl(.left))
        #expect(field.cursor == 4)
        #expect(field.handle(.ctrl(.character("k"))) == .changed)
        #expect(field.value == "ул. ")
        #expect(field.handle(.ctrl(.character("u"))) == .changed)
        #expect(field.value.isEmpty)
    }
}
