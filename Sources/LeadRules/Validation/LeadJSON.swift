import Foundation
import LeadModel

/// Reading a lead document: bytes → JSON tree, with the line and column of a syntax error
/// (Foundation's decoder does not say where), and a check that the top level is an object.
public enum LeadJSON {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not JSON; line and column are 1-based, the column counted in characters.
        case malformed(line: Int, column: Int, reason: LocalizedText)
        /// JSON, but not an object.
        case notAnObject(found: LocalizedText)

        public var message: LocalizedText {
            switch self {
            case .malformed(let line, let column, let reason):
                return LocalizedText(ru: "неверный JSON в строке \(line), столбце \(column): \(reason.ru)",
                                     en: "malformed JSON at line \(line), column \(column): \(reason.en)")
            case .notAnObject(let found):
                return LocalizedText(ru: "это не лид: ожидается JSON-объект { … }, а в файле \(found.ru)",
                                     en: "not a lead: expected a JSON object { … }, the file holds \(found.en)")
            }
        }

        public var description: String { message.en }
    }

    /// Parses a lead document into its JSON tree.
    public static func parse(_ data: Data) -> Result<JSONValue, Failure> {
        let tree: JSONValue
        do {
            tree = try WireCoding.decode(JSONValue.self, from: data)
        } catch {
            let found = JSONSyntax.firstError(in: Array(data))
                ?? JSONSyntax.Location(line: 1, column: 1, reason: JSONSyntax.reason("not valid JSON"))
            return .failure(.malformed(line: found.line, column: found.column, reason: found.reason))
        }
        guard case .object = tree else { return .failure(.notAnObject(found: CatalogCheck.typeName(tree))) }
        return .success(tree)
    }
}

/// A JSON syntax checker (RFC 8259) that only finds where the first error is.
enum JSONSyntax {
    struct Location: Equatable {
        var line: Int
        var column: Int
        var reason: LocalizedText
    }

    private struct Failure: Error { let offset: Int; let reason: String }

    /// The Russian for each reason the scanner gives.
    static func reason(_ en: String) -> LocalizedText {
        let ru: [String: String] = [
            "not valid JSON": "это не JSON",
            "unexpected end of file": "файл оборвался",
            "unexpected text after the end of the JSON value": "лишний текст после конца JSON",
            "nesting too deep": "слишком глубокая вложенность",
            "expected a value": "ожидается значение",
            "expected true": "ожидается true", "expected false": "ожидается false", "expected null": "ожидается null",
            "expected a key in double quotes": "ожидается имя поля в двойных кавычках",
            "expected ':' after the key": "после имени поля ожидается ':'",
            "expected ',' or '}'": "ожидается ',' или '}'",
            "expected ',' or ']'": "ожидается ',' или ']'",
            "unterminated string": "строка не закрыта кавычкой",
            "bad \\u escape": "неверная последовательность \\u",
            "bad escape": "неверная escape-последовательность",
            "control character in a string": "управляющий символ внутри строки",
            "expected a digit": "ожидается цифра",
            "expected a digit after '.'": "после '.' ожидается цифра",
            "expected a digit in the exponent": "в показателе степени ожидается цифра",
        ]
        return LocalizedText(ru: ru[en] ?? en, en: en)
    }

    static func firstError(in bytes: [UInt8]) -> Location? {
        var scanner = Scanner(bytes: bytes)
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.i < bytes.count { throw Failure(offset: scanner.i, reason: "unexpected text after the end of the JSON value") }
            return nil
        } catch let f as Failure {
            return location(of: f.offset, in: bytes, reason: reason(f.reason))
        } catch {
            return nil
        }
    }

    private static func location(of offset: Int, in bytes: [UInt8], reason: LocalizedText) -> Location {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        let column = (String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count) + 1
        return Location(line: line, column: column, reason: reason)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0

        var current: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func skipSpace() {
            while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 }
        }

        func fail(_ reason: String) -> Failure {
            Failure(offset: i, reason: current == nil ? "unexpected end of file" : reason)
        }

        mutating func value(depth: Int) throws {
            guard depth < 512 else { throw fail("nesting too deep") }
            switch current {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case let c? where c == UInt8(ascii: "-") || (c >= 48 && c <= 57): try number()
            default: throw fail("expected a value")
            }
        }

        mutating func literal(_ word: String) throws {
            for b in word.utf8 {
                guard current == b else { throw fail("expected \(word)") }
                i += 1
            }
        }

        mutating func object(depth: Int) throws {
            i += 1
            skipSpace()
            if current == UInt8(ascii: "}") { i += 1; return }
            while true {
                guard current == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                try string()
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
                i += 1
                skipSpace()
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
                if current == UInt8(ascii: "}") { i += 1; return }
                throw fail("expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws {
            i += 1
            skipSpace()
            if current == UInt8(ascii: "]") { i += 1; return }
            while true {
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
                if current == UInt8(ascii: "]") { i += 1; return }
                throw fail("expected ',' or ']'")
            }
        }

        mutating func string() throws {
            i += 1
            while let c = current {
                switch c {
                case UInt8(ascii: "\""): i += 1; return
                case UInt8(ascii: "\\"):
                    i += 1
                    guard let e = current else { throw fail("unterminated string") }
                    if e == UInt8(ascii: "u") {
                        i += 1
                        for _ in 0..<4 {
                            guard let h = current, Character(UnicodeScalar(h)).isHexDigit else { throw fail("bad \\u escape") }
                            i += 1
                        }
                    } else {
                        guard "\"\\/bfnrt".utf8.contains(e) else { throw fail("bad escape") }
                        i += 1
                    }
                case 0..<0x20: throw fail("control character in a string")
                default: i += 1
                }
            }
            throw fail("unterminated string")
        }

        mutating func number() throws {
            if current == UInt8(ascii: "-") { i += 1 }
            func digits() -> Int { var n = 0; while let c = current, c >= 48, c <= 57 { i += 1; n += 1 }; return n }
            if current == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { throw fail("expected a digit") }
            if current == UInt8(ascii: ".") { i += 1; if digits() == 0 { throw fail("expected a digit after '.'") } }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                i += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { i += 1 }
                if digits() == 0 { throw fail("expected a digit in the exponent") }
            }
        }
    }
}
