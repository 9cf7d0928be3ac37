import Foundation
import Testing
import LeadModel
@testable import LeadRules

/// Leads beyond the limits are refused as they are, in words that name the list, the count,
/// the limit and the setting that moves it; nothing else is checked in them.
@Suite struct LeadLimitsChecks {
    static let small = LeadLimits(rowsPerList: 3, extraFields: 2, leadFileBytes: 1_000)

    static func tree(relatives: Int, extraFields: Int) -> JSONValue {
        var tree = JSONValue.object(["firstName": .string("Иван"), "mobilePhone": .string("79057357014")])
        tree.set(.array((0..<relatives).map { .object(["lastName": .string("Р\($0)")]) }), at: "relatives")
        tree.set(.array((0..<extraFields).map { .object(["key": .string("k\($0)"), "value": .string("v")]) }), at: "extraFields")
        return tree
    }

    @Test func withinTheLimitsNothingIsSaid() {
        #expect(Self.small.problems(in: Self.tree(relatives: 3, extraFields: 2)).isEmpty)
    }

    @Test func aListLongerThanItsLimitIsNamedWithCountLimitAndSetting() throws {
        let problems = Self.small.problems(in: Self.tree(relatives: 4, extraFields: 3))
        #expect(problems.map(\.code) == ["limit.extra-fields", "limit.rows-per-list"])
        let relatives = try #require(problems.first { $0.path == "relatives" })
        #expect(relatives.message.en.contains("4 rows, limit 3 ([limits] rows-per-list)"), "\(relatives.message.en)")
        #expect(relatives.message.ru.contains("4 строк, предел 3 ([limits] rows-per-list)"), "\(relatives.message.ru)")
        let extra = try #require(problems.first { $0.path == "extraFields" })
        #expect(extra.message.en.contains("3 rows, limit 2 ([limits] extra-fields)"), "\(extra.message.en)")
        #expect(problems.allSatisfy { $0.isError })
    }

    @Test func aMapOfAttributesCountsAsAList() {
        var tree = Self.tree(relatives: 0, extraFields: 0)
        tree.set(.object(["a": .string("1"), "b": .string("2"), "c": .string("3"), "d": .string("4")]), at: "addressData.attributes")
        #expect(Self.small.problems(in: tree).map(\.path) == ["addressData.attributes"])
    }

    /// The validator says only that: the rest of a lead that large is not looked at.
    @Test func theValidatorRefusesALeadBeyondTheLimitsAlone() {
        var validator = LeadValidator(today: .testToday)
        validator.limits = Self.small
        var tree = Self.tree(relatives: 10, extraFields: 0)
        tree.set(.string("not a phone"), at: "mobilePhone")
        #expect(validator.validate(json: tree).map(\.code) == ["limit.rows-per-list"])
        #expect(LeadValidator(today: .testToday).validate(json: tree).contains { $0.path == "mobilePhone" })
    }

    @Test func aFileLargerThanTheLimitIsSaidSo() throws {
        #expect(Self.small.fileTooLarge(bytes: 1_000) == nil)
        let message = try #require(Self.small.fileTooLarge(bytes: 1_001))
        #expect(message.en.contains("1001 bytes, the limit is 1000 (setting [limits] lead-file-bytes)"), "\(message.en)")
    }

    @Test func theStandardLimitsAreFarAboveARealLead() {
        #expect(LeadLimits.standard.rowsPerList >= 5_000 && LeadLimits.standard.extraFields >= 2_000)
        #expect(LeadLimits.standard.problems(in: Self.tree(relatives: 5_000, extraFields: 2_000)).isEmpty)
    }
}
