import Foundation
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
        let text = FlatJSON.object(pairs)
        let back = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        #expect(back == pairs)
        #expect(FlatJSON.object([:]) == "{}")
    }

    @Test func aLargeDraftReadsBack() throws {
        var pairs: [String: String] = [:]
        for i in 0..<20_000 { pairs["relatives[\(i)].lastName"] = "Родственников\(i) \"\(i)\"" }
        let back = try JSONDecoder().decode([String: String].self, from: Data(FlatJSON.object(pairs).utf8))
        #expect(back == pairs)
    }
}
