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

/// The true reason and place for files that are not a lead: not UTF-8, numbers the wire would
/// change, too deep; duplicate keys as warnings with both lines.
@Suite struct LeadDocumentHonesty {
    private func failure(_ data: Data) -> LeadJSON.Failure? {
        if case .failure(let f) = LeadJSON.parse(data) { return f }
        return nil
    }

    private func reason(_ text: String) -> (line: Int, column: Int, en: String)? {
        guard case .malformed(let line, let column, let reason)? = failure(Data(text.utf8)) else { return nil }
        return (line, column, reason.en)
    }

    @Test func notUTF8NamesTheByteOffset() {
        var bytes = Array("{\"lastName\": \"Ив".utf8)
        let offset = bytes.count
        bytes += [0xC0, 0xAF] + Array("\"}".utf8)  // an overlong '/': never UTF-8
        #expect(failure(Data(bytes)) == .notUTF8(byteOffset: offset, line: 1))
        #expect(failure(Data([0x7B, 0x0A, 0xFF, 0x7D])) == .notUTF8(byteOffset: 2, line: 2))
        #expect(LeadJSON.Failure.notUTF8(byteOffset: 2, line: 2).message.en.contains("offset 2"))
        #expect(LeadJSON.firstInvalidUTF8(in: Array("Жёлтый 🙂".utf8)) == nil)
        #expect(LeadJSON.firstInvalidUTF8(in: [0xED, 0xA0, 0x80]) == 0)  // a surrogate
    }

    @Test func numbersOutOfRangeAreNamedWhereTheyStand() {
        let huge = reason("{\n  \"amount\": 1e400\n}")
        #expect(huge?.line == 2 && huge?.column == 13 && huge?.en == "number out of range")
        #expect(reason("{\"amount\": 1e-400}")?.en == "number out of range")
        #expect(reason("{\"amount\": 0.0e-400}") == nil)  // zero is zero
        let integer = reason("{\"amount\": 12345678901234567890123}")
        #expect(integer?.column == 12 && integer?.en.hasPrefix("integer out of range") == true)
        #expect(reason("{\"creditProductId\": 9223372036854775808}")?.en.hasPrefix("integer out of range") == true)
        #expect(reason("{\"creditProductId\": 9223372036854775807}") == nil)
        #expect(reason("{\"amount\": 1234567890.1234567}")?.en.contains("15 significant digits") == true)
        #expect(reason("{\"amount\": 15000.10}") == nil)
        #expect(reason("{\"amount\": 123456789012.345}") == nil)
    }

    @Test func aDecimalTypedIsTheDecimalSent() throws {
        for text in ["15000.1", "0.07", "123456789012.345", "99999.99"] {
            guard case .success(let tree) = LeadJSON.parse(Data("{\"amount\": \(text)}".utf8)) else {
                Issue.record("\(text) refused"); continue
            }
            let lead = try WireCoding.value(Lead.self, from: tree)
            let wire = String(decoding: try WireCoding.encode(lead), as: UTF8.self)
            #expect(wire.contains("\"amount\":\(text)"), "\(text) went out as \(wire)")
        }
    }

    @Test func tooDeepIsSaidSo() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(reason("{\"a\": \(deep)}")?.en == "nesting too deep")
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(reason("{\"a\": \(fine)}") == nil)
    }

    @Test func duplicateKeysAreWarningsWithBothLines() {
        let text = "{\n  \"firstName\": \"Иван\",\n  \"passport\": {\"no\": \"1\", \"no\": \"2\"},\n  \"firstName\": \"Пётр\"\n}"
        let (tree, duplicates) = LeadJSON.read(Data(text.utf8))
        guard case .success = tree else { Issue.record("refused"); return }
        #expect(duplicates == [LeadJSON.DuplicateKey(key: "no", firstLine: 3, secondLine: 3),
                               LeadJSON.DuplicateKey(key: "firstName", firstLine: 2, secondLine: 4)])
        #expect(duplicates[1].message.en.contains("line 2 and at line 4"))
        #expect(LeadJSON.read(Data("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}}".utf8)).duplicates.isEmpty)
    }
}
