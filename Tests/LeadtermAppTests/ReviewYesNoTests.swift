import LeadApp
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// The form keeps yes/no answers as да/нет in either language; the review before sending
/// shows them in the operator's language, and the widgets get that language's words.
struct ReviewYesNoTests {
    static func screen(_ language: Language) throws -> ScreenState {
        try FormFuzzTests.freshScreen(language: language)
    }

    @Test func aYesNoAnswerIsReviewedInTheOperatorsLanguage() throws {
        let path: FieldPath = "mobilePhoneCheck"
        try #require(FormLayout.widget(for: path) == .yesNo)
        let english = try Self.screen(.en), russian = try Self.screen(.ru)
        #expect(ReviewView.shown(path, "да", english) == "yes")
        #expect(ReviewView.shown(path, "нет", english) == "no")
        #expect(ReviewView.shown(path, "да", russian) == "да")
        #expect(ReviewView.shown(path, "нет", russian) == "нет")
    }

    @Test func theWidgetsGetTheOperatorsWords() throws {
        #expect(try Self.screen(.en).widgetText == .english)
        #expect(try Self.screen(.ru).widgetText == .russian)
        let editor = try Self.screen(.en).fieldEditor
        let answer = editor.widget(for: "mobilePhoneCheck", kind: .yesNo, text: "да")
        #expect(answer == .checkbox(CheckboxState(isOn: true, presentation: .yesNo(yes: "Yes", no: "No"))))
    }
}
