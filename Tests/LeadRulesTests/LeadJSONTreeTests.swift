import Foundation
import Testing
import LeadModel
@testable import LeadRules

/// `LeadJSON.read` builds its tree itself, in the pass that checks the text: the tree is the
/// one `JSONDecoder` gives for the same text (numbers, escapes), except that of a key given
/// twice the later value is kept, as the warning says and as the core's JSON reader does
/// (JSONDecoder keeps the first).
struct LeadJSONTreeTests {
    static func decoded(_ text: String) throws -> JSONValue { try WireCoding.decode(JSONValue.self, from: Data(text.utf8)) }

    static func read(_ text: String) -> JSONValue? {
        if case .success(let tree) = LeadJSON.read(Data(text.utf8)).tree { return tree }
        return nil
    }

    @Test(arguments: [
        #"{"a": 5, "b": 5.0, "c": 1e2, "d": -0, "e": -0.0, "f": 1.5, "g": 0.1e1, "h": 2.5e-1, "i": 1E+2, "j": 123456789012345e3}"#,
        #"{"k": 9223372036854775807, "l": -9223372036854775808, "m": 1.5e300, "n": 0.000, "o": 100000000000000000000.0}"#,
        #"{"s": "a\"b\\c\/d\b\f\n\r\t", "u": "\u0041\u00e9\u0436\u20ac\ud83d\ude00", "x": "Ёжик 😀 \u2028"}"#,
        #"{"dup": {"inner": [true, false, null]}, "": "", "\u0064up2": "escaped key"}"#,
        #"{"nested": [[[]], {}, [{"a": [1, "2", 3.25]}]]}"#,
    ])
    func theTreeIsJSONDecodersTree(_ text: String) throws {
        #expect(Self.read(text) == (try Self.decoded(text)))
    }

    @Test func randomDocumentsGiveJSONDecodersTree() throws {
        var random = SeededRandom(seed: 1818)
        let pieces = [#"a"#, #"Я"#, #"\""#, #"\\"#, #"\/"#, #"\n"#, #"\t"#, #"\u0041"#, #"\u044f"#, #"\ud83d\ude00"#, "😀", " ", "1", "ё"]
        func string() -> String {
            "\"" + (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined() + "\""
        }
        func number() -> String {
            let whole = String(Int.random(in: -99_999...99_999, using: &random))
            switch Int.random(in: 0...4, using: &random) {
            case 0: return whole
            case 1: return whole + "." + String(Int.random(in: 0...999, using: &random))
            case 2: return whole + "e" + String(Int.random(in: -5...5, using: &random))
            case 3: return whole + ".0"
            default: return whole + "." + String(Int.random(in: 0...99, using: &random)) + "E+" + String(Int.random(in: 0...3, using: &random))
            }
        }
        func value(_ depth: Int) -> String {
            switch Int.random(in: 0...(depth > 3 ? 4 : 6), using: &random) {
            case 0: return ["true", "false", "null"].randomElement(using: &random) ?? "null"
            case 1, 2: return number()
            case 3, 4: return string()
            case 5: return "[" + (0..<Int.random(in: 0...4, using: &random)).map { _ in value(depth + 1) }.joined(separator: ", ") + "]"
            default: return object(depth + 1)
            }
        }
        func object(_ depth: Int) -> String {
            // Each key once (keys told apart by their place): duplicates are the other test's.
            "{" + (0..<Int.random(in: 0...5, using: &random)).map { n in
                String(string().dropLast()) + "#\(n)\": " + value(depth)
            }.joined(separator: ",\n") + "}"
        }
        for _ in 0..<400 {
            let text = object(0)
            #expect(Self.read(text) == (try Self.decoded(text)), "\(text)")
        }
    }

    @Test func ofAKeyGivenTwiceTheLaterValueIsKept() throws {
        let text = #"{"a": 1, "b": {"x": 1}, "a": {"n": [2]}, "b": {"y": 2}}"#
        #expect(Self.read(text) == .object(["a": .object(["n": .array([.int(2)])]), "b": .object(["y": .int(2)])]))
        let (_, duplicates) = LeadJSON.read(Data(text.utf8))
        #expect(duplicates.map(\.key) == ["a", "b"])
        #expect(duplicates[0].message.en.hasSuffix("the value at line 1 is used"))
    }

    @Test func aLoneSurrogateIsCalledABadEscapeWhereItIs() {
        guard case .failure(.malformed(let line, let column, let reason)) = LeadJSON.read(Data("{\"a\":\n \"x\\ud83d\"}".utf8)).tree else {
            Issue.record("a lone surrogate was read")
            return
        }
        #expect((line, column, reason.en) == (2, 4, "bad \\u escape"))
    }
}
