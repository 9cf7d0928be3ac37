import Foundation
import Testing
import LeadModel
@testable import LeadRules

@Suite struct LeadDocumentParsing {
    private func failure(_ text: String) -> LeadJSON.Failure? {
        if case .failure(let f) = LeadJSON.parse(Data(text.utf8)) { return f }
        return nil
    }

    @Test func syntaxErrorsAreLocated() {
        guard case .malformed(let line, let column, let reason)? = failure("{\n  \"a\": 1,\n  \"b\": x\n}") else {
            Issue.record("not reported as malformed"); return
        }
        #expect((line, column) == (3, 8))
        #expect(reason.en == "expected a value")
        // Columns count characters, so Cyrillic before the error does not shift it.
        guard case .malformed(1, 14, _)? = failure("{\"ф\": \"Жжжж\" 1}") else {
            Issue.record("wrong column after Cyrillic: \(String(describing: failure("{\"ф\": \"Жжжж\" 1}")))"); return
        }
        guard case .malformed(_, _, let eof)? = failure("{\"a\": [1, 2") else { Issue.record("truncated file accepted"); return }
        #expect(eof.ru == "файл оборвался")
    }

    @Test func objectsOnly() {
        #expect(failure("[1]") == .notAnObject(found: LocalizedText(ru: "массив", en: "an array")))
        #expect(failure("\"lead\"") != nil)
        if case .failure = LeadJSON.parse(Data("{\"firstName\": \"Иван\"}".utf8)) { Issue.record("a valid lead was refused") }
    }
}
