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
        // What does not fit is dropped, never typed on into the next field, and the bell rings.
        #expect(field.paste("+7 (916) 123-45-67 and more 999") == .overflowed)
        #expect(field.value == "9161234567")

        var name = TextFieldState(maxLength: 5)
        #expect(name.paste("line one\nline two") == .changed)
        #expect(name.value == "line ")
    }

    /// `+7 (___) ___-__-__` as the rules give it: a leading `8` or `7` is the `+7` it shows.
    static let plusSeven = InputMask("+7 (___) ___-__-__", textPrefix: "7", absorbs: ["7", "8"])

    @Test func aLeadingEightOrSevenTypedIsThePlusSevenPrefix() {
        for typed in ["89161234567", "79161234567", "+79161234567", "+7 916 123-45-67", "9161234567"] {
            var field = TextFieldState(mask: Self.plusSeven)
            let outcomes = field.type(typed)
            #expect(outcomes.last == .filled, "\(typed)")
            #expect(!outcomes.dropLast().contains(.filled), "\(typed) filled early")
            #expect(field.value == "9161234567", "\(typed)")
            #expect(Self.plusSeven.text(fromTyped: field.value) == "79161234567")
        }
        // Only the first: `8 812…` is a St Petersburg number after the prefix.
        var petersburg = TextFieldState(mask: Self.plusSeven)
        #expect(petersburg.type("88122345678").last == .filled)
        #expect(petersburg.displayText == "+7 (812) 234-56-78")
        // Backspace takes the absorbed prefix back.
        var back = TextFieldState(mask: Self.plusSeven)
        _ = back.type("8")
        #expect(back.handle(.backspace) == .moved)
        _ = back.type("8")
        #expect(back.value.isEmpty && back.prefixAbsorbed)
        // A mask without `absorbs` keeps the digit.
        var plain = TextFieldState(mask: InputMask("+7 (___) ___-__-__"))
        _ = plain.type("8")
        #expect(plain.value == "8")
    }

    @Test func aPastedNumberIsReadWholeSeparatorsAndPrefixDropped() {
        let cases: [(String, String, EditOutcome)] = [
            ("8 (916) 123-45-67", "9161234567", .filled),
            ("+7 (916) 123-45-67", "9161234567", .filled),
            ("7 916 123 45 67", "9161234567", .filled),
            ("89161234567", "9161234567", .filled),
            ("9161234567", "9161234567", .filled),
            ("(812) 234-56-78", "8122345678", .filled),   // ten digits: the 8 is the number's own
            ("8 916 123-45-67 доб. 5", "9161234567", .overflowed),
            ("916-123", "916123", .changed),
        ]
        for (pasted, value, outcome) in cases {
            var field = TextFieldState(mask: Self.plusSeven)
            #expect(field.paste(pasted) == outcome, "\(pasted)")
            #expect(field.value == value, "\(pasted)")
        }
        // A full field takes nothing more: the paste is refused.
        var full = TextFieldState(value: "9161234567", mask: Self.plusSeven)
        #expect(full.paste("5") == .rejected)
        #expect(full.value == "9161234567")
    }

    @Test func aDotAfterOneDigitPadsTheDayAndTheMonth() {
        let date = InputMask("__.__.____", keepsLiterals: true, padding: "0")
        var field = TextFieldState(mask: date)
        let outcomes = field.type("1.3.1985")
        #expect(field.displayText == "01.03.1985")
        #expect(outcomes.last == .filled)
        #expect(date.text(fromTyped: field.value) == "01.03.1985")
        var typedInFull = TextFieldState(mask: date)
        _ = typedInFull.type("12.11.1985")
        #expect(typedInFull.displayText == "12.11.1985")
        // Pasted, it reads as typed.
        var pasted = TextFieldState(mask: date)
        #expect(pasted.paste("1.3.1985") == .filled)
        #expect(pasted.displayText == "01.03.1985")
        var long = TextFieldState(mask: date)
        #expect(long.paste("01.03.1985 12:00") == .overflowed)
        #expect(long.displayText == "01.03.1985")
        // Without padding the dot is still only a separator typed out of habit.
        var plain = TextFieldState(mask: InputMask("__.__.____", keepsLiterals: true))
        _ = plain.type("1.3.")
        #expect(plain.displayText == "13.__.____")
    }

    @Test func aHexMaskTakesAUuid() {
        let uuid = InputMask("________-____-____-____-____________", defaultClass: .hexDigit, keepsLiterals: true)
        var field = TextFieldState(mask: uuid)
        #expect(field.paste("77523BC3-b053-456b-b99b-0a26e2e6af0c") == .filled)
        #expect(uuid.text(fromTyped: field.value) == "77523BC3-b053-456b-b99b-0a26e2e6af0c")
        var typed = TextFieldState(mask: uuid)
        #expect(typed.type("7g") == [.changed, .rejected])
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
