import Foundation
import LeadModel
import Testing
@testable import LeadStore

/// The draft's fields written without `JSONEncoder` read back exactly, whatever they hold.
struct FlatJSONTests {
    @Test func everyKindOfTextReadsBackAsWritten() throws {
        let pairs: [String: String] = [
            "lastName": "Иванов", "quote": "ООО \"Ромашка\"", "slash": "a\\b/c", "lines": "one\ntwo\r\n\tthree",
            "controls": "\u{0}\u{1}\u{1F}\u{7F}", "emoji": "👩‍👩‍👧 e\u{301}", "separators": "\u{2028}\u{2029}",
            "": "empty key", "empty": "",
        ]
        // Each as a one-key path: its description is the key itself.
        let text = FlatJSON.object(Dictionary(uniqueKeysWithValues: pairs.map { (FieldPath([.key($0.key)]), $0.value) }))
        let back = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        #expect(back == pairs)
        #expect(FlatJSON.object([FieldPath: String]()) == "{}")
    }

    @Test func aLargeDraftReadsBack() throws {
        var fields: [FieldPath: String] = [:]
        for i in 0..<20_000 { fields[FieldPath("relatives").appending(index: i).appending("lastName")] = "Родственников\(i) \"\(i)\"" }
        let back = try JSONDecoder().decode([String: String].self, from: Data(FlatJSON.object(fields).utf8))
        #expect(back.count == 20_000 && back["relatives[19999].lastName"] == "Родственников19999 \"19999\"")
    }

    /// A path is written as its description, escaped like any key.
    @Test func fieldPathsAreWrittenAsTheirDescriptions() throws {
        let fields: [FieldPath: String] = [
            "relatives[12].passport.no": "123456", "lastName": "Иванов",
            FieldPath([.key("addressData"), .key("attributes"), .key("эт\"аж"), .key("value")]): "3",
            FieldPath([.key("x"), .anyIndex, .key("y")]): "z",
        ]
        let back = try JSONDecoder().decode([String: String].self, from: Data(FlatJSON.object(fields).utf8))
        #expect(back == Dictionary(uniqueKeysWithValues: fields.map { ($0.key.description, $0.value) }))
    }
}
