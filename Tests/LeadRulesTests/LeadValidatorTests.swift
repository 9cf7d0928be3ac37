import Foundation
import Testing
import LeadModel
@testable import LeadRules

private let validator = LeadValidator(today: .testToday)

private func codes(_ problems: [Problem], at path: FieldPath) -> [String] {
    problems.filter { $0.path == path }.map(\.code)
}

@Suite struct WholeLeadValidation {
    @Test func vendorSampleHasItsTwoDefects() throws {
        let problems = validator.validate(json: try Fixtures.tree("sample-lead.json"))
        let typo = try #require(problems.first { $0.path == "addressData.counryId" })
        #expect(typo.code == "unknownField" && typo.severity == .warning)
        #expect(typo.message.en.contains("countryId"))
        let unit = try #require(problems.first { $0.path == "periodUnit" })
        #expect(unit.code == "enum" && unit.severity == .error)
        #expect(unit.message.ru.contains("допустимо одно из: дни, месяцы, недели, годы"))
        // The typo also leaves the three-field FIAS address without its country.
        #expect(codes(problems, at: "addressData.countryId") == ["address.fiasTriple"])
        #expect(problems.hasErrors)
    }

    @Test func correctedSampleHasNoErrors() throws {
        let problems = validator.validate(json: try Fixtures.tree("sample-lead-corrected.json"))
        #expect(!problems.hasErrors, "\(problems)")
        // The expired passport is a warning: the core decides.
        #expect(codes(problems, at: "passport.closeDate") == ["passport.expired"])
    }

    @Test func typedLeadGoesThroughTheSameRules() throws {
        let lead = try WireCoding.value(Lead.self, from: try Fixtures.tree("sample-lead-corrected.json"))
        #expect(validator.validate(lead) == validator.validate(json: try WireCoding.tree(lead)))
        #expect(!validator.validate(lead).hasErrors)
    }

    /// A typed lead is checked as itself, not decoded again from its tree: the same problems,
    /// cross-field ones and unknown enum values included.
    @Test(arguments: ["sample-lead.json", "sample-lead-corrected.json"])
    func typedLeadGivesWhatItsTreeGives(_ name: String) throws {
        var lead = try WireCoding.value(Lead.self, from: try Fixtures.tree(name))
        #expect(validator.validate(lead) == validator.validate(json: try WireCoding.tree(lead)))
        lead.amount = -5
        lead.passport?.closeDate = CalendarDate(year: 1990, month: 1, day: 1)
        let problems = validator.validate(lead)
        #expect(problems == validator.validate(json: try WireCoding.tree(lead)))
        #expect(problems.hasErrors)
    }

    @Test func wrongTypesNameThePathAndTheRestStillRuns() {
        let tree: JSONValue = .object([
            "firstName": .int(5), "mobilePhone": .string("89057357014"), "birthDate": .string("1987-02-30"),
            "relatives": .array([.string("x"), .object(["lastName": .bool(true)])]),
            "amount": .string("100"),
        ])
        let problems = validator.validate(json: tree)
        #expect(codes(problems, at: "firstName") == ["type"])
        #expect(problems.first { $0.path == "firstName" }?.message.en.contains("expected a string, found an integer") == true)
        #expect(codes(problems, at: "mobilePhone") == ["phone.ru.prefix"])
        #expect(codes(problems, at: "birthDate") == ["date.format"])
        #expect(codes(problems, at: "relatives[0]") == ["type"])
        #expect(codes(problems, at: "relatives[1].lastName") == ["type"])
        #expect(codes(problems, at: "amount") == ["type"])
    }

    /// 16–19 digits fit an Int64 but not a double: placed in a `number` field they would go
    /// out rounded (`1234567890123456789` as `1.2345678901234568e+18`), so they are refused.
    @Test func integersTooLongForANumberFieldAreRefusedNotRounded() {
        let problems = validator.validate(json: .object([
            "amount": .int(1_234_567_890_123_456_789), "meanIncome": .int(123_456_789_012_345),
        ]))
        #expect(codes(problems, at: "amount") == ["number.precision"])
        #expect(problems.first { $0.path == "amount" }?.message.en.contains("1234567890123456789") == true)
        // 15 significant digits, and trailing zeros, are kept exactly.
        #expect(codes(problems, at: "meanIncome").contains("number.precision") == false)
        #expect(CatalogCheck.keptExactly(9_000_000_000_000_000_000))
    }

    @Test func nullExtraFieldValueExplainsTheCoreFailure() throws {
        let tree: JSONValue = .object([
            "firstName": .string("Иван"), "mobilePhone": .string("79057357014"),
            "extraFields": .array([.object(["key": .string("client.x"), "value": .null])]),
        ])
        let problems = validator.validate(json: tree)
        let p = try #require(problems.first { $0.path == "extraFields[0].value" })
        #expect(p.code == "extraField.null")
        #expect(p.message.ru.contains("Ошибка при выполнении коммита транзакции"))
        #expect(problems.filter { $0.path == "extraFields[0].value" }.count == 1)
    }

    @Test func notAnObject() {
        #expect(validator.validate(json: .array([])).map(\.code) == ["notAnObject"])
    }

    @Test func minimalProfileNeedsFirstNameAndPhone() {
        let problems = validator.validate(json: .object(["inn": .string("")]))
        #expect(problems.map(\.path) == ["firstName", "mobilePhone"])
        #expect(problems.allSatisfy { $0.code == "required" })
        #expect(problems.first?.message.ru == "Имя: обязательно для этого вида заявки")
    }
}

@Suite struct CrossFieldValidation {
    private func lead(_ edit: (inout Lead) -> Void) -> Lead {
        var l = Lead()
        l.firstName = "Иван"
        l.mobilePhone = "79057357014"
        edit(&l)
        return l
    }

    private func date(_ s: String) -> CalendarDate? { CalendarDate(iso: s) }

    @Test func ageWithinTheConfiguredRange() {
        #expect(codes(validator.validate(lead { $0.birthDate = date("2008-06-16") }), at: "birthDate") == ["birthDate.age"])
        #expect(codes(validator.validate(lead { $0.birthDate = date("2007-06-15") }), at: "birthDate") == [])
        #expect(codes(validator.validate(lead { $0.birthDate = date("2030-01-01") }), at: "birthDate") == ["birthDate.future"])
        let strict = LeadValidator(ageRange: 21...70, today: .testToday)
        #expect(codes(strict.validate(lead { $0.birthDate = date("2007-06-15") }), at: "birthDate") == ["birthDate.age"])
    }

    @Test func passportDates() throws {
        let early = validator.validate(lead {
            $0.birthDate = date("1990-05-10")
            $0.passport = Passport(issueDate: date("2004-05-09"))
        })
        let p = try #require(early.first { $0.path == "passport.issueDate" })
        #expect(p.code == "passport.issueDate.beforeAge14" && p.relatedPaths == ["birthDate"])
        #expect(codes(validator.validate(lead {
            $0.birthDate = date("1990-05-10"); $0.passport = Passport(issueDate: date("2004-05-10"))
        }), at: "passport.issueDate") == [])
        #expect(codes(validator.validate(lead { $0.passport = Passport(issueDate: date("2025-06-16")) }),
                      at: "passport.issueDate") == ["passport.issueDate.future"])
        #expect(codes(validator.validate(lead {
            $0.passport = Passport(issueDate: date("2020-01-01"), closeDate: date("2019-01-01"))
        }), at: "passport.closeDate") == ["passport.closeDate.beforeIssue"])
        let expired = validator.validate(lead {
            $0.passport = Passport(issueDate: date("2010-01-01"), closeDate: date("2020-01-01"))
        })
        #expect(codes(expired, at: "passport.closeDate") == ["passport.expired"])
        #expect(!expired.hasErrors)
        let relative = validator.validate(lead {
            $0.relatives = [Relative(birthDate: date("2000-01-01"), passport: Passport(issueDate: date("2010-01-01")))]
        })
        #expect(codes(relative, at: "relatives[0].passport.issueDate") == ["passport.issueDate.beforeAge14"])
    }

    @Test func countsPeriodAndLegalEntity() {
        #expect(codes(validator.validate(lead { $0.childrenCount = 1; $0.adultChildrenCount = 2 }),
                      at: "adultChildrenCount") == ["children.adultsExceedTotal"])
        #expect(codes(validator.validate(lead { $0.childrenCount = 2; $0.adultChildrenCount = 2 }), at: "adultChildrenCount") == [])
        #expect(codes(validator.validate(lead { $0.period = 6 }), at: "periodUnit") == ["periodUnit.missing"])
        #expect(codes(validator.validate(lead { $0.period = 6; $0.periodUnit = .months }), at: "periodUnit") == [])
        let legal = validator.validate(lead { $0.naturalPerson = false; $0.title = "" })
        #expect(codes(legal, at: "title") == ["legalEntity.missing"])
        #expect(codes(legal, at: "registrationNumber") == ["legalEntity.missing"])
        #expect(!validator.validate(lead {
            $0.naturalPerson = false; $0.title = "ООО Ромашка"; $0.registrationNumber = "1027700132195"
        }).hasErrors)
    }

    @Test func cardAllOrNoneAndNotExpired() {
        let partial = validator.validate(lead { $0.cardNumber = "4111111111111111"; $0.cardHolder = "" })
        #expect(Set(partial.filter { $0.code == "card.incomplete" }.map(\.path)) ==
                ["cardHolder", "validThruMonth", "validThruYear", "cardCvc"])
        let full: (inout Lead) -> Void = {
            $0.cardNumber = "4111111111111111"; $0.cardHolder = "IVAN IVANOV"; $0.cardCvc = "123"
            $0.validThruMonth = "05"; $0.validThruYear = "25"
        }
        #expect(codes(validator.validate(lead(full)), at: "validThruYear") == ["card.expired"])
        #expect(!validator.validate(lead { full(&$0); $0.validThruMonth = "06" }).hasErrors)
        #expect(!validator.validate(lead { _ in }).contains { $0.code.hasPrefix("card.") })
    }

    @Test func fiasAddressNeedsAllThree() throws {
        let problems = validator.validate(lead {
            $0.addresses = [Address(fiasId: "6fe4f702-b9f1-4e0d-890a-be9963f64a21", fullAddressText: "г Химки")]
        })
        let p = try #require(problems.first { $0.path == "addresses[0].countryId" })
        #expect(p.code == "address.fiasTriple")
        #expect(Set(p.relatedPaths) == ["addresses[0].fiasId", "addresses[0].fullAddressText"])
        #expect(!validator.validate(lead { $0.addressData = Address(countryId: 101042, houseNo: "8") }).hasErrors)
    }

    @Test func extraFieldsAndGoods() {
        let problems = validator.validate(lead {
            $0.extraFields = [ExtraField(key: "education", value: "1"), ExtraField(key: "client.x", value: nil),
                              ExtraField(key: "contract.y", value: "")]
            $0.goods = [Good(quantity: 0, amount: -1)]
            $0.amount = 0
        })
        #expect(codes(problems, at: "extraFields[0].key") == ["extraField.key"])
        #expect(codes(problems, at: "extraFields[1].value") == ["extraField.missingValue"])
        #expect(codes(problems, at: "extraFields[2].value") == ["extraField.emptyValue"])
        #expect(codes(problems, at: "goods[0].quantity") == ["quantity.tooSmall"])
        #expect(codes(problems, at: "goods[0].amount") == ["negative"])
        #expect(codes(problems, at: "amount") == ["amount.notPositive"])
    }

    @Test func problemJSONShape() throws {
        let p = Problem.field("relatives[1].passport.no", code: "passport.no.length",
                              LocalizedText(ru: "нужно 6 цифр", en: "expected 6 digits"), related: ["relatives[1].passport.seria"])
        let text = String(decoding: try WireCoding.encode(p), as: UTF8.self)
        #expect(text == #"{"code":"passport.no.length","message":{"en":"Relative 2, passport number: expected 6 digits","ru":"Родственник 2, номер паспорта: нужно 6 цифр"},"path":"relatives[1].passport.no","related":["relatives[1].passport.seria"],"severity":"error"}"#)
        #expect(try WireCoding.decode(Problem.self, from: Data(text.utf8)) == p)
    }
}
