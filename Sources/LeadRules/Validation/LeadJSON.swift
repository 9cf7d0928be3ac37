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
    public static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { JSONSyntax.firstInvalidUTF8(in: $0) }
    }

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

    /// The tree and the duplicate keys (warnings), in one pass over the file's bytes (no copy
    /// of them, no second decoder): the reader says where the text goes wrong and why (not
    /// UTF-8, a number out of range or with more digits than can be kept, nesting too deep),
    /// and builds the same tree `JSONDecoder` would (`LeadJSONTests` compares them).
    public static func read(_ data: Data) -> (tree: Result<JSONValue, Failure>, duplicates: [DuplicateKey]) {
        var rows = NoRows()
        return read(data, rows: &rows)
    }

    /// `read`, the items of the top-level lists `rows` streams handed to it as they are read
    /// (see `JSONSyntax.scan(_:rows:)`): the tree holds the first item of each.
    static func read<Rows: JSONRowSink>(_ data: Data, rows: inout Rows) -> (tree: Result<JSONValue, Failure>, duplicates: [DuplicateKey]) {
        data.withUnsafeBytes { read($0, rows: &rows) }
    }

    /// `read(_:rows:)` of bytes the caller holds (see `JSONRowSink.letGo` for the stretches
    /// of them it may give back while the rest is read).
    static func read<Rows: JSONRowSink>(_ bytes: UnsafeRawBufferPointer, rows: inout Rows) -> (tree: Result<JSONValue, Failure>, duplicates: [DuplicateKey]) {
        if let bad = JSONSyntax.firstInvalidUTF8(in: bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return (.failure(.notUTF8(byteOffset: bad, line: line)), [])
        }
        let scan = JSONSyntax.scan(bytes, rows: &rows)
        if let found = scan.error {
            return (.failure(.malformed(line: found.line, column: found.column, reason: found.reason)), scan.duplicates)
        }
        let tree = scan.tree ?? .null
        guard case .object = tree else { return (.failure(.notAnObject(found: CatalogCheck.typeName(tree))), scan.duplicates) }
        return (.success(tree), scan.duplicates)
    }
}

/// Where the reader hands the items of a lead's large top-level lists, one at a time, so a
/// file can be checked without its whole tree in memory (`LeadValidator.validate(file:)`).
protocol JSONRowSink {
    /// Whether the items of the top-level list `list` go here rather than into the tree.
    func streams(list: String) -> Bool
    /// Item `index` of `list`, as read.
    mutating func take(list: String, index: Int, item: JSONValue)
    /// `list` ended (or the text broke off in it) after `count` items.
    mutating func ended(list: String, count: Int)
    /// Whether `letGo` does anything: then the reader keeps what it needs to say where an
    /// error is as it goes, and never looks at a stretch let go again.
    var letsGoOfText: Bool { get }
    /// The text in `range`, at the start of the text, is read and done with (told about
    /// once a megabyte, while a streamed list is read), so its memory can be given back.
    mutating func letGo(_ range: Range<Int>)
}

/// Every list kept in the tree.
struct NoRows: JSONRowSink {
    func streams(list: String) -> Bool { false }
    mutating func take(list: String, index: Int, item: JSONValue) {}
    mutating func ended(list: String, count: Int) {}
    var letsGoOfText: Bool { false }
    mutating func letGo(_ range: Range<Int>) {}
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

    /// The tree (none after an error), the first error and every duplicate key, in one pass.
    struct Scan {
        var tree: JSONValue?
        var error: Location?
        var duplicates: [LeadJSON.DuplicateKey]
    }

    static func scan(_ bytes: UnsafeRawBufferPointer) -> Scan {
        var rows = NoRows()
        return scan(bytes, rows: &rows)
    }

    /// `scan`, with the items of the top-level lists `rows` names handed to it one by one
    /// as they are read instead of kept: each such list keeps its first item in the tree
    /// (so the tree still says whether the list has any), and `rows` learns how many it had.
    static func scan<Rows: JSONRowSink>(_ bytes: UnsafeRawBufferPointer, rows: inout Rows) -> Scan {
        var scanner = Scanner(bytes: bytes, rows: rows)
        defer { rows = scanner.rows }
        var error: Location?
        var tree: JSONValue?
        do {
            scanner.skipSpace()
            let value = try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.i < bytes.count { throw Failure(offset: scanner.i, reason: "unexpected text after the end of the JSON value") }
            tree = value
        } catch let f as Failure {
            error = scanner.location(of: f.offset, reason: reason(f.reason))
        } catch {}
        return Scan(tree: tree, error: error, duplicates: scanner.duplicates)
    }

    static func firstError(in bytes: [UInt8]) -> Location? { bytes.withUnsafeBytes { scan($0).error } }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points past U+10FFFF are not well-formed).
    static func firstInvalidUTF8(in bytes: UnsafeRawBufferPointer) -> Int? {
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


    /// Reads the text and builds its tree as it goes; each value starts at `i`.
    private struct Scanner<Rows: JSONRowSink> {
        let bytes: UnsafeRawBufferPointer
        var rows: Rows
        var i = 0
        /// The 1-based line of `i`: newlines can only be in the space between tokens.
        var line = 1
        /// Where `i`'s line starts, or the end of the stretch let go when that is later
        /// (then `columnsBefore` counts the line's characters let go).
        var lineStart = 0
        var columnsBefore = 0
        /// The end of the text let go.
        var letGoUpTo = 0

        init(bytes: UnsafeRawBufferPointer, rows: Rows) {
            self.bytes = bytes
            self.rows = rows
        }

        /// The line and the column (in characters) of `offset`, at or after the start of
        /// the line being read (every error is).
        func location(of offset: Int, reason: LocalizedText) -> Location {
            let end = min(max(offset, lineStart), bytes.count)
            let column = columnsBefore + String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self).count + 1
            return Location(line: line, column: column, reason: reason)
        }

        /// Tells `rows` the text before `i` is done with, about once a megabyte.
        mutating func letGoOfTextRead() {
            guard rows.letsGoOfText, i - letGoUpTo >= 1 << 20 else { return }
            if lineStart < i {
                columnsBefore += String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<i]), as: UTF8.self).count
                lineStart = i
            }
            rows.letGo(letGoUpTo..<i)
            letGoUpTo = i
        }
        var duplicates: [LeadJSON.DuplicateKey] = []

        var current: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func skipSpace() {
            while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                i += 1
                if c == 0x0A { line += 1; lineStart = i; columnsBefore = 0 }
            }
        }

        func fail(_ reason: String) -> Failure {
            Failure(offset: i, reason: current == nil ? "unexpected end of file" : reason)
        }

        mutating func value(depth: Int) throws -> JSONValue {
            // As deep as a core's answer may go (the decoders' own limit is 512).
            guard depth < 500 else { throw fail("nesting too deep") }
            switch current {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case let c? where c == UInt8(ascii: "-") || (c >= 48 && c <= 57): return try number()
            default: throw fail("expected a value")
            }
        }

        mutating func literal(_ word: String) throws {
            for b in word.utf8 {
                guard current == b else { throw fail("expected \(word)") }
                i += 1
            }
        }

        mutating func object(depth: Int) throws -> JSONValue {
            i += 1
            skipSpace()
            var object: [String: JSONValue] = [:]
            if current == UInt8(ascii: "}") { i += 1; return .object(object) }
            var seen: [String: Int] = [:]
            while true {
                guard current == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                let key = try string()
                if let first = seen[key] {
                    duplicates.append(LeadJSON.DuplicateKey(key: key, firstLine: first, secondLine: line))
                } else {
                    seen[key] = line
                }
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
                i += 1
                skipSpace()
                // The later of two equal keys is kept, as JSONDecoder keeps it.
                if depth == 0, current == UInt8(ascii: "["), rows.streams(list: key) {
                    object[key] = try streamedArray(list: key, depth: depth + 1)
                } else {
                    object[key] = try value(depth: depth + 1)
                }
                skipSpace()
                if current == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
                if current == UInt8(ascii: "}") { i += 1; return .object(object) }
                throw fail("expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws -> JSONValue {
            i += 1
            skipSpace()
            var items: [JSONValue] = []
            if current == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                if current == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
                if current == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw fail("expected ',' or ']'")
            }
        }

        /// A top-level list whose items go to `rows` as they are read; only the first stays.
        mutating func streamedArray(list: String, depth: Int) throws -> JSONValue {
            guard depth < 500 else { throw fail("nesting too deep") }
            i += 1
            skipSpace()
            var first: JSONValue?
            var count = 0
            defer { rows.ended(list: list, count: count) }
            if current == UInt8(ascii: "]") { i += 1; return .array([]) }
            while true {
                let item = try value(depth: depth + 1)
                rows.take(list: list, index: count, item: item)
                if first == nil { first = item }
                count += 1
                letGoOfTextRead()
                skipSpace()
                if current == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
                if current == UInt8(ascii: "]") { i += 1; return .array(first.map { [$0] } ?? []) }
                throw fail("expected ',' or ']'")
            }
        }

        /// A string's text, its escapes undone; text without escapes is taken as it is.
        mutating func string() throws -> String {
            i += 1
            let start = i
            var unescaped: [UInt8]?
            while let c = current {
                switch c {
                case UInt8(ascii: "\""):
                    defer { i += 1 }
                    guard let text = unescaped else { return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self) }
                    return String(decoding: text, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    if unescaped == nil { unescaped = Array(bytes[start..<i]) }
                    i += 1
                    guard let e = current else { throw fail("unterminated string") }
                    if e == UInt8(ascii: "u") {
                        let scalar = try unicodeEscape()
                        unescaped?.append(contentsOf: String(Character(scalar)).utf8)
                        continue
                    }
                    let replacement: UInt8
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): replacement = e
                    case UInt8(ascii: "b"): replacement = 0x08
                    case UInt8(ascii: "f"): replacement = 0x0C
                    case UInt8(ascii: "n"): replacement = 0x0A
                    case UInt8(ascii: "r"): replacement = 0x0D
                    case UInt8(ascii: "t"): replacement = 0x09
                    default: throw fail("bad escape")
                    }
                    unescaped?.append(replacement)
                    i += 1
                case 0..<0x20: throw fail("control character in a string")
                default:
                    unescaped?.append(c)
                    i += 1
                }
            }
            throw fail("unterminated string")
        }

        /// `\uXXXX` at `i` (on the `u`), a surrogate pair as one character; a lone surrogate
        /// is no character at all.
        mutating func unicodeEscape() throws -> Unicode.Scalar {
            let escapeStart = i - 1
            let first = try hexQuad()
            if (0xD800...0xDBFF).contains(first) {
                guard current == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u") else {
                    i = escapeStart
                    throw fail("bad \\u escape")
                }
                i += 1
                let second = try hexQuad()
                guard (0xDC00...0xDFFF).contains(second),
                      let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else {
                    i = escapeStart
                    throw fail("bad \\u escape")
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(first) else {
                i = escapeStart
                throw fail("bad \\u escape")
            }
            return scalar
        }

        /// The four hex digits after `u` (at `i`).
        mutating func hexQuad() throws -> UInt32 {
            i += 1
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let h = current, let digit = Self.hexValue(h) else { throw fail("bad \\u escape") }
                value = value << 4 | digit
                i += 1
            }
            return value
        }

        static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case 48...57: return UInt32(byte - 48)
            case 65...70: return UInt32(byte - 55)
            case 97...102: return UInt32(byte - 87)
            default: return nil
            }
        }

        mutating func number() throws -> JSONValue {
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
            return try checkedValue(UnsafeRawBufferPointer(rebasing: bytes[start..<i]), at: start)
        }

        /// A number the wire would not carry as written is refused where it starts: an
        /// integer past Int64 (the core's id and count fields), a value a double cannot hold
        /// (`1e400`, `1e-400`), or more significant digits than a double keeps (15).
        /// Otherwise its value as JSONDecoder reads it into a `JSONValue`: a whole number
        /// (`5`, `5.0`, `1e2`) as an integer, others as a double.
        func checkedValue(_ literal: UnsafeRawBufferPointer, at start: Int) throws -> JSONValue {
            let text = String(decoding: literal, as: UTF8.self)
            let isInteger = !literal.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
            if isInteger {
                guard let value = Int64(text) else {
                    throw Failure(offset: start, reason: "integer out of range (at most 9223372036854775807)")
                }
                return .int(value)
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
            return Self.wholeNumber(literal).map(JSONValue.int) ?? .double(value)
        }

        /// The exact integer a decimal literal spells (`5.0`, `1e2`, `-0.0`), or nil when it
        /// has a fraction or does not fit Int64: reckoned from its digits, not through a double.
        static func wholeNumber(_ literal: UnsafeRawBufferPointer) -> Int64? {
            var negative = false, digits: [UInt8] = [], fractionDigits = 0, exponent = 0
            var k = 0
            if k < literal.count, literal[k] == UInt8(ascii: "-") { negative = true; k += 1 }
            var inFraction = false
            while k < literal.count, literal[k] != UInt8(ascii: "e"), literal[k] != UInt8(ascii: "E") {
                let b = literal[k]
                if b == UInt8(ascii: ".") { inFraction = true } else { digits.append(b - 48); if inFraction { fractionDigits += 1 } }
                k += 1
            }
            if k < literal.count {
                k += 1
                var sign = 1
                if k < literal.count, literal[k] == UInt8(ascii: "+") || literal[k] == UInt8(ascii: "-") {
                    if literal[k] == UInt8(ascii: "-") { sign = -1 }
                    k += 1
                }
                var e = 0
                while k < literal.count {
                    e = e * 10 + Int(literal[k] - 48)
                    if e > 400 { return nil }
                    k += 1
                }
                exponent = sign * e
            }
            var scale = exponent - fractionDigits
            // Trailing zeros dropped while the value has a fraction part.
            while scale < 0, let last = digits.last, last == 0 { digits.removeLast(); scale += 1 }
            guard scale >= 0 else { return digits.allSatisfy { $0 == 0 } ? 0 : nil }
            var value: Int64 = 0
            for d in digits {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(negative ? -Int64(d) : Int64(d))
                if o1 || o2 { return nil }
                value = plus
            }
            for _ in 0..<scale {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = times
            }
            return value
        }
    }
}
