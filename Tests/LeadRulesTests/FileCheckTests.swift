import Foundation
import Testing
import LeadModel
@testable import LeadRules

/// `validate(file:)` checks a lead file's rows one by one as it reads them and lets them go;
/// what it says must be what `validate(json:)` says of the whole tree, problem for problem
/// and in the same order, on every kind of file, including those it hands back to the
/// whole check.
@Suite struct FileCheckTests {
    static let profile = RequirementProfile(name: "rows", required: [
        "firstName", "mobilePhone", "relatives", "relatives[].lastName", "addresses[].postalCode",
    ])
    static let validator = LeadValidator(profile: profile, today: .testToday)

    /// A lead whose rows have problems of every kind: a bad date and phone, an unknown key,
    /// a closed-list code, a value too long, a required field missing, a null extra value.
    static func lead(relatives: Int = 30, addresses: Int = 5, extraFields: Int = 12) -> JSONValue {
        var tree = JSONValue.object(["firstName": .string("Иван"), "amount": .int(15_000), "period": .int(3)])
        tree.set(.array((0..<relatives).map { i -> JSONValue in
            var row: [String: JSONValue] = ["firstName": .string("Пётр\(i)"), "collateralRelId": .int(i % 3 == 0 ? 101_261 : 1)]
            if i % 4 != 0 { row["lastName"] = .string("Родственников\(i)") }
            if i % 5 == 1 { row["birthDate"] = .string("2001-02-30") }
            if i % 7 == 2 { row["telephone"] = .string(String(repeating: "7", count: 120)) }
            if i % 6 == 3 { row["lastNmae"] = .string("опечатка") }
            if i % 8 == 5 { row["passport"] = .object(["no": .string("12"), "issueDate": .string("1990-01-01")]) }
            return .object(row)
        }), at: "relatives")
        tree.set(.array((0..<addresses).map { i -> JSONValue in
            var row: [String: JSONValue] = ["streetName": .string("Ленина"), "houseNo": .string("\(i)")]
            if i % 2 == 0 { row["postalCode"] = .string("119002") }
            if i == 3 { row["regDate"] = .int(5) }
            return .object(row)
        }), at: "addresses")
        tree.set(.array((0..<extraFields).map { i -> JSONValue in
            .object(["key": .string("k\(i)"), "value": i % 5 == 4 ? .null : .string("значение \(i)")])
        }), at: "extraFields")
        return tree
    }

    static func text(_ tree: JSONValue) -> Data { Data(JSONText.bytes(tree) ?? []) }

    /// The whole check of `data`'s tree.
    static func whole(_ data: Data, _ validator: LeadValidator = validator) throws -> [Problem] {
        guard case .success(let tree) = LeadJSON.read(data).tree else { throw CocoaError(.fileReadCorruptFile) }
        return validator.validate(json: tree)
    }

    /// The row-by-row check of `data`, the text let go overwritten with zeros as soon as the
    /// reader lets go of it (as the pages given back read), so that a second look would show.
    static func streamed(_ data: Data, _ validator: LeadValidator = validator) -> (check: LeadValidator.FileCheck?, letGo: Int) {
        var bytes = [UInt8](data)
        var letGo = 0
        let check = bytes.withUnsafeMutableBytes { buffer in
            validator.validate(fileBytes: UnsafeRawBufferPointer(buffer), letGo: { range in
                letGo += range.count
                for k in range { buffer[k] = 0 }
            })
        }
        return (check, letGo)
    }

    static func lines(_ problems: [Problem]) -> [String] {
        problems.map { "\($0.path) \($0.code) \($0.severity) \($0.message.en) | \($0.message.ru)" }
    }

    @Test func rowsCheckedOneByOneSayWhatTheWholeCheckSays() throws {
        let data = Self.text(Self.lead())
        let expected = try Self.whole(data)
        // Every kind of row problem is there to compare.
        let codes = Set(expected.map(\.code))
        for code in ["required", "date.format", "maxLength", "unknownField", "extraField.null"] {
            #expect(codes.contains(code), "no \(code) among \(codes.sorted())")
        }
        let check = try #require(Self.streamed(data).check)
        guard case .success(let found) = check.problems else { Issue.record("refused: \(check.problems)"); return }
        #expect(Self.lines(found) == Self.lines(expected))
        #expect(Self.validator.validate(file: data).problems == .success(expected))
    }

    /// A lead of about 3 MB on one line: the text is let go as it is read, and the check
    /// is still the whole check's.
    @Test func aLargeFileIsLetGoAsItIsReadAndCheckedTheSame() throws {
        let data = Self.text(Self.lead(relatives: 9_000, addresses: 10, extraFields: 2_000))
        let (check, letGo) = Self.streamed(data)
        #expect(letGo > data.count / 2, "let go of \(letGo) of \(data.count) bytes")
        let found = try #require(check).problems
        #expect(found.map(Self.lines) == .success(Self.lines(try Self.whole(data))))
    }

    /// An error after text was let go is placed as the whole reader places it.
    @Test func aSyntaxErrorAfterTheTextLetGoIsPlacedTheSame() throws {
        var text = Self.text(Self.lead(relatives: 9_000))
        text.removeLast()  // the closing brace
        text.append(contentsOf: Array(",\n  \"amount\": 12,, ".utf8))
        guard case .failure(let expected) = LeadJSON.read(text).tree else { Issue.record("the broken text was read"); return }
        let (check, letGo) = Self.streamed(text)
        #expect(letGo > 0)
        #expect(check?.problems == .failure(expected))
        if case .malformed(let line, let column, _) = expected { #expect(line == 2 && column == 16, "\(expected)") }

        var oneLine = Self.text(Self.lead(relatives: 9_000))
        oneLine.removeLast()
        oneLine.append(contentsOf: Array(", \"Ф\": tru}".utf8))
        guard case .failure(let onItsLine) = LeadJSON.read(oneLine).tree else { Issue.record("the broken text was read"); return }
        #expect(Self.streamed(oneLine).check?.problems == .failure(onItsLine))
    }

    /// Files the rows alone cannot settle go to the whole check: the answer is nil when the
    /// text was let go, and `validate(file:)` gives the whole check's answer.
    @Test(arguments: ["item not an object", "list given twice", "item null"])
    func filesRowsCannotSettleAreCheckedWhole(_ kind: String) throws {
        var text = String(decoding: Self.text(Self.lead(relatives: 6)), as: UTF8.self)
        switch kind {
        case "item not an object": text = text.replacingOccurrences(of: "\"relatives\":[", with: "\"relatives\":[\"Пётр\",")
        case "list given twice": text.insert(contentsOf: "\"relatives\":[{\"lastName\":\"Первый\"}],", at: text.index(after: text.startIndex))
        default: text = text.replacingOccurrences(of: "\"relatives\":[", with: "\"relatives\":[null,")
        }
        let data = Data(text.utf8)
        let expected = try Self.whole(data)
        #expect(Self.streamed(data).check == nil)
        #expect(Self.validator.validate(file: data).problems == .success(expected))
    }

    /// Limits hold as in the whole check: a list too long, a map too large inside a row,
    /// and nothing else said of such a lead.
    @Test func aLeadBeyondItsLimitsGetsTheSameRefusal() throws {
        var tight = Self.validator
        tight.limits = LeadLimits(rowsPerList: 20, extraFields: 10, leadFileBytes: 1 << 20)
        var tree = Self.lead(relatives: 25, addresses: 3, extraFields: 11)
        tree.set(.object(Dictionary(uniqueKeysWithValues: (0..<21).map { ("a\($0)", JSONValue.string("x")) })), at: "addresses[1].attributes")
        for data in [Self.text(tree), Self.text(Self.lead(relatives: 10, addresses: 21, extraFields: 3))] {
            let expected = try Self.whole(data, tight)
            #expect(!expected.isEmpty && expected.allSatisfy { $0.code.hasPrefix("limit.") }, "\(Self.lines(expected))")
            let check = try #require(Self.streamed(data, tight).check)
            #expect(check.problems.map(Self.lines) == .success(Self.lines(expected)))
        }
    }

    @Test func emptyAndAbsentListsAndDuplicateKeysAsTheWholeReader() throws {
        for text in [#"{"firstName": "Иван", "relatives": [], "extraFields": []}"#,
                     #"{"firstName": "Иван", "mobilePhone": "79057357014"}"#,
                     "{\"firstName\": \"Иван\",\n \"firstName\": \"Пётр\", \"relatives\": [{\"lastName\": \"Р\"}]}"] {
            let data = Data(text.utf8)
            let check = try #require(Self.streamed(data).check)
            #expect(check.problems == .success(try Self.whole(data)))
            #expect(check.duplicates == LeadJSON.read(data).duplicates)
        }
    }
}
