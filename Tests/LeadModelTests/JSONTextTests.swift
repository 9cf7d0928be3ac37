import Foundation
import Testing
@testable import LeadModel

/// `JSONText` writes the same bytes as `WireCoding.encode` (JSONEncoder): the simulated core's
/// answers are the same text whichever writes them.
struct JSONTextTests {
    static func encoderBytes(_ value: JSONValue) throws -> [UInt8] { Array(try WireCoding.encode(value)) }

    @Test(arguments: [
        JSONValue.object([:]), .array([]), .null, .bool(true), .int(0), .int(Int64.min), .int(Int64.max),
        .double(0.1), .double(12), .double(-0.0), .double(1e22), .double(1.5e-7), .double(4499.5), .double(123456789.25),
        .string(""), .string("a/b \"q\" \\ \u{1} \u{1F} \n\r\t\u{8}\u{C} \u{7F} \u{2028} Ёжик 😀"),
        .object(["b": .int(1), "a": .int(2), "B": .int(3), "a10": .null, "a2": .null, "é": .null, "Z": .null,
                 "_": .null, "1": .null, "": .null, "ключ": .string("значение")]),
        .array([.object(["x": .array([.double(2.5), .bool(false)])]), .string("/")]),
    ])
    func awkwardValuesAreWrittenAsJSONEncoderWritesThem(_ value: JSONValue) throws {
        #expect(JSONText.bytes(value) == (try Self.encoderBytes(value)))
    }

    @Test func randomTreesAreWrittenAsJSONEncoderWritesThem() throws {
        var random = SeededRandom(seed: 18)
        let pieces = ["a", "B", "z", "é", "ё", "1", "10", "2", "_", "-", " ", "\"", "\\", "/", "\n", "\u{3}", "😀", "Я"]
        func text() -> String { (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined() }
        func tree(_ depth: Int) -> JSONValue {
            switch Int.random(in: 0...(depth > 3 ? 5 : 7), using: &random) {
            case 0: return .null
            case 1: return .bool(Bool.random(using: &random))
            case 2: return .int(Int64.random(in: Int64.min...Int64.max, using: &random))
            case 3: return .double(Double.random(in: -1e9...1e9, using: &random))
            case 4: return .double(Double(Int.random(in: -1000...1000, using: &random)) / 8)
            case 5: return .string(text())
            case 6: return .array((0..<Int.random(in: 0...4, using: &random)).map { _ in tree(depth + 1) })
            default:
                var object: [String: JSONValue] = [:]
                for _ in 0..<Int.random(in: 0...5, using: &random) { object[text()] = tree(depth + 1) }
                return .object(object)
            }
        }
        for _ in 0..<500 {
            let value = tree(0)
            #expect(JSONText.bytes(value) == (try Self.encoderBytes(value)), "\(value)")
        }
    }

    @Test func aNumberJSONCannotSpellIsRefused() {
        #expect(JSONText.bytes(.array([.double(.infinity)])) == nil)
        #expect(JSONText.bytes(.object(["x": .double(.nan)])) == nil)
    }
}
