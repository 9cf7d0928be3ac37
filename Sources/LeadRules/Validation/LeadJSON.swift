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
        /// A byte sequence that is not UTF-8 (JSON files must be), at a 0-based byte offset.
        case notUTF8(byteOffset: Int, line: Int)

        public var message: LocalizedText {
            switch self {
            case .malformed(let line, let column, let reason):
                return LocalizedText(ru: "неверный JSON в строке \(line), столбце \(column): \(reason.ru)",
                                     en: "malformed JSON at line \(line), column \(column): \(reason.en)")
            case .notUTF8(let offset, let line):
                return LocalizedText(ru: "файл не в кодировке UTF-8: неверный байт по смещению \(offset) (строка \(line)); сохраните его в UTF-8",
                                     en: "the file is not UTF-8: invalid byte at offset \(offset) (line \(line)); save it as UTF-8")
            case .notAnObject(let found):
                return LocalizedText(ru: "это не лид: ожидается JSON-объект { … }, а в файле \(found.ru)",
                                     en: "not a lead: expected a JSON object { … }, the file holds \(found.en)")
            }
        }

        public var description: String { message.en }
    }

    /// The 0-based offset of the first byte that is not UTF-8, or nil when all are.
    public static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? { JSONSyntax.firstInvalidUTF8(in: bytes) }

    /// Parses a lead document into its JSON tree.
    public static func parse(_ data: Data) -> Result<JSONValue, Failure> { read(data).tree }

    /// A key given twice in one object: JSON decoders keep one of the two without a word.
    public struct DuplicateKey: Hashable, Sendable {
        public var key: String
        public var firstLine: Int
        public var secondLine: Int

        public var message: LocalizedText {
            LocalizedText(ru: "поле «\(key)» задано дважды: в строке \(firstLine) и в строке \(secondLine); берётся значение из строки \(secondLine)",
                          en: "the key \"\(key)\" is given twice, at line \(firstLine) and at line \(secondLine); the value at line \(secondLine) is used")
        }
    }

    /// The tree and the duplicate keys (warnings). The file is checked first with a scanner
    /// that says where it goes wrong and why (not UTF-8, a number out of range or with more
    /// digits than can be kept, nesting too deep); only a file it passes is decoded.
    public static func read(_ data: Data) -> (tree: Result<JSONValue, Failure>, duplicates: [DuplicateKey]) {
        let bytes = Array(data)
        if let bad = JSONSyntax.firstInvalidUTF8(in: bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return (.failure(.notUTF8(byteOffset: bad, line: line)), [])
        }
        let scan = JSONSyntax.scan(bytes)
        if let found = scan.error {
            return (.failure(.malformed(line: found.line, column: found.column, reason: found.reason)), scan.duplicates)
        }
        let tree: JSONValue
        do {
            tree = try WireCoding.decode(JSONValue.self, from: data)
        } catch {
            return (.failure(.malformed(line: 1, column: 1, reason: JSONSyntax.reason("not valid JSON"))), scan.duplicates)
        }
        guard case .object = tree else { return (.failure(.notAnObject(found: CatalogCheck.typeName(tree))), scan.duplicates) }
        return (.success(tree), scan.duplicates)
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
            "number out of range": "число вне допустимого диапазона",
            "integer out of range (at most 9223372036854775807)": "целое число вне диапазона (не больше 9223372036854775807)",
            "more than 15 significant digits: the number would be rounded": "больше 15 значащих цифр: число было бы округлено",
        ]
        return LocalizedText(ru: ru[en] ?? en, en: en)
    }

    /// The first error and every duplicate key, in one pass.
    struct Scan {
        var error: Location?
        var duplicates: [LeadJSON.DuplicateKey]
    }

    static func scan(_ bytes: [UInt8]) -> Scan {
        var scanner = Scanner(bytes: bytes)
        var error: Location?
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.i < bytes.count { throw Failure(offset: scanner.i, reason: "unexpected text after the end of the JSON value") }
        } catch let f as Failure {
            error = location(of: f.offset, in: bytes, reason: reason(f.reason))
        } catch {}
        return Scan(error: error, duplicates: scanner.duplicates)
    }

    static func firstError(in bytes: [UInt8]) -> Location? { scan(bytes).error }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points past U+10FFFF are not well-formed).
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, low: UInt8, high: UInt8
            switch b {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return i
            }
            guard i + 1 < n, (low...high).contains(bytes[i + 1]) else { return i }
            for k in 2..<length {
                guard i + k < n, (0x80...0xBF).contains(bytes[i + k]) else { return i }
            }
            i += length
        }
        return nil
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
        /// The 1-based line of `i`: newlines can only be in the space between tokens.
        var line = 1
        var duplicates: [LeadJSON.DuplicateKey] = []

        var current: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func skipSpace() {
            while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                if c == 0x0A { line += 1 }
                i += 1
            }
        }

        func fail(_ reason: String) -> Failure {
            Failure(offset: i, reason: current == nil ? "unexpected end of file" : reason)
        }

        mutating func value(depth: Int) throws {
            // Below the decoder's own limit (512), so whatever passes here also decodes.
            guard depth < 500 else { throw fail("nesting too deep") }
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
            var seen: [ArraySlice<UInt8>: Int] = [:]
            while true {
                guard current == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                let keyStart = i
                try string()
                let key = bytes[(keyStart + 1)..<(i - 1)]
                if let first = seen[key] {
                    duplicates.append(LeadJSON.DuplicateKey(key: String(decoding: key, as: UTF8.self),
                                                            firstLine: first, secondLine: line))
                } else {
                    seen[key] = line
                }
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
            let start = i
            if current == UInt8(ascii: "-") { i += 1 }
            func digits() -> Int { var n = 0; while let c = current, c >= 48, c <= 57 { i += 1; n += 1 }; return n }
            if current == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { throw fail("expected a digit") }
            if current == UInt8(ascii: ".") { i += 1; if digits() == 0 { throw fail("expected a digit after '.'") } }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                i += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { i += 1 }
                if digits() == 0 { throw fail("expected a digit in the exponent") }
            }
            try checkRange(bytes[start..<i], at: start)
        }

        /// A number the wire would not carry as written is refused where it starts: an
        /// integer past Int64 (the core's id and count fields), a value a double cannot hold
        /// (`1e400`, `1e-400`), or more significant digits than a double keeps (15).
        func checkRange(_ literal: ArraySlice<UInt8>, at start: Int) throws {
            let text = String(decoding: literal, as: UTF8.self)
            let isInteger = !literal.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
            if isInteger {
                guard Int64(text) != nil else {
                    throw Failure(offset: start, reason: "integer out of range (at most 9223372036854775807)")
                }
                return
            }
            let mantissa = literal.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
            let digits = mantissa.filter { $0 >= 48 && $0 <= 57 }
            let significant = digits.drop { $0 == 48 }.reversed().drop { $0 == 48 }.count
            guard let value = Double(text), value.isFinite, value != 0 || significant == 0 else {
                throw Failure(offset: start, reason: "number out of range")
            }
            if significant > 15 {
                throw Failure(offset: start, reason: "more than 15 significant digits: the number would be rounded")
            }
        }
    }
}
