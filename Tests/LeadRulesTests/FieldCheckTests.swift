import Testing
import LeadModel
@testable import LeadRules

private let rules = FieldRules()

private func isIncomplete(_ c: FieldCheck) -> Bool { if case .incomplete = c { return true } else { return false } }
private func invalidCode(_ c: FieldCheck) -> String? { if case .invalid(let p) = c { return p.code } else { return nil } }

@Suite struct LiveFieldCheck {
    @Test func phoneWhileTyping() {
        #expect(rules.check(path: "mobilePhone", text: "") == .empty)
        #expect(rules.check(path: "mobilePhone", text: "   ") == .empty)
        #expect(isIncomplete(rules.check(path: "mobilePhone", text: "7905")))
        #expect(rules.check(path: "mobilePhone", text: "79057357014") == .valid)
        #expect(rules.check(path: "mobilePhone", text: "+7 (905) 735-70-14") == .valid)
        #expect(invalidCode(rules.check(path: "mobilePhone", text: "8905")) == "phone.ru.prefix")
        #expect(invalidCode(rules.check(path: "mobilePhone", text: "89057357014")) == "phone.ru.prefix")
        #expect(invalidCode(rules.check(path: "mobilePhone", text: "79o5")) == "phone.ru.characters")
        #expect(invalidCode(rules.check(path: "mobilePhone", text: "790573570141")) == "phone.ru.length")
    }

    @Test func innTenDigitsThatFailMayStillGrowToTwelve() {
        #expect(isIncomplete(rules.check(path: "inn", text: "5001007322")))
        #expect(rules.check(path: "inn", text: "500100732259") == .valid)
        #expect(invalidCode(rules.check(path: "inn", text: "500100732258")) == "inn.checksum")
        #expect(rules.check(path: "inn", text: "7707083893") == .valid)
    }

    @Test func snilsMessageSaysWhatIsWrong() throws {
        let check = rules.check(path: "snils", text: "112-233-445 94")
        let problem = try #require(check.problem)
        #expect(problem.code == "snils.checksum")
        #expect(problem.message.ru == "СНИЛС: неверное контрольное число")
        #expect(problem.message.en == "SNILS: check number does not match")
        #expect(rules.check(path: "snils", text: "112-233-445 95") == .valid)
    }

    @Test func datesTypedEitherWay() {
        #expect(rules.check(path: "birthDate", text: "29.07.1987") == .valid)
        #expect(rules.check(path: "birthDate", text: "1987-07-29") == .valid)
        #expect(isIncomplete(rules.check(path: "birthDate", text: "29.07")))
        #expect(invalidCode(rules.check(path: "birthDate", text: "31.02.2020")) == "date.invalid")
        #expect(invalidCode(rules.check(path: "birthDate", text: "позавчера")) == "date.format")
    }

    /// A date is incomplete, in those words, while typing on can still make it real, and
    /// wrong as soon as nothing can: no "no such date" after the first digit, no waiting for
    /// the year to say that the 31st of February does not exist.
    @Test func aDateIsIncompleteUntilItCannotBecomeReal() throws {
        for text in ["3", "0", "1", "31", "31.0", "31.1", "29.02", "29.02.202", "30.04.1", "01.1", "12.12.19"] {
            let check = rules.check(path: "birthDate", text: text)
            guard case .incomplete(let hint) = check else {
                Issue.record("\(text): expected incomplete, got \(check)")
                continue
            }
            #expect(hint.ru == "Дата рождения: дата не дописана; нужна дата ДД.ММ.ГГГГ", "\(text)")
            #expect(hint.en == "Date of birth: the date is not complete; expected DD.MM.YYYY", "\(text)")
        }
        for text in ["4", "00", "32", "31.02", "30.02", "31.04", "01.13", "01.00", "01.2", "29.02.2023", "31.02.1990"] {
            #expect(invalidCode(rules.check(path: "birthDate", text: text)) == "date.invalid", "\(text)")
        }
        let wrong = try #require(rules.check(path: "birthDate", text: "31.02").problem)
        #expect(wrong.message.ru.contains("нет такой даты"))
    }

    /// Every phone is typed into the `+7` mask in Russia; the FIAS id into its UUID mask.
    @Test func phonesAndTheFiasIdHaveMasks() throws {
        let mobile = try #require(rules.input(for: "mobilePhone").mask)
        for path: FieldPath in ["addressData.telephone", "registrationAddressData.telephone", "addresses[0].telephone",
                                "relatives[0].telephone"] {
            #expect(rules.input(for: path).mask == mobile, "\(path)")
        }
        #expect(mobile.absorbs == ["7", "8"])
        // The wire keeps the international digits a lead file may hold.
        #expect(rules.check(path: "relatives[0].telephone", text: "79161234567") == .valid)
        #expect(rules.check(path: "addressData.telephone", text: "37369123456") == .valid)
        let fias = try #require(rules.input(for: "addressData.fiasId").mask)
        #expect(fias.display(text: "77523bc3-b053-456b-b99b-0a26e2e6af0c") == "77523bc3-b053-456b-b99b-0a26e2e6af0c")
        #expect(fias.display(text: "77523bc3") == "77523bc3-____-____-____-____________")
        #expect(fias.text(fromTyped: "77523bc3b053") == "77523bc3-b053")
    }

    @Test func subdivisionCodeWithOrWithoutDash() {
        #expect(rules.check(path: "passport.subdivisionCode", text: "772045") == .valid)
        #expect(rules.check(path: "passport.subdivisionCode", text: "772-045") == .valid)
        #expect(isIncomplete(rules.check(path: "passport.subdivisionCode", text: "772-0")))
        #expect(invalidCode(rules.check(path: "passport.subdivisionCode", text: "77a")) != nil)
    }

    @Test func closedListsAndCodes() {
        #expect(rules.check(path: "periodUnit", text: "MONTHS") == .valid)
        #expect(isIncomplete(rules.check(path: "periodUnit", text: "MON")))
        #expect(invalidCode(rules.check(path: "periodUnit", text: "DAYS;MONTHS;YEARS")) == "enum")
        #expect(rules.check(path: "sexId", text: "101251") == .valid)
        guard case .warning(let p) = rules.check(path: "sexId", text: "101259") else {
            Issue.record("an undocumented code is a warning"); return
        }
        #expect(p.code == "code.unknown")
    }

    @Test func numbersAndLimits() {
        #expect(rules.check(path: "amount", text: "4 499,50") == .valid)
        #expect(isIncomplete(rules.check(path: "amount", text: "4499,")))
        #expect(invalidCode(rules.check(path: "amount", text: "0")) == "amount.notPositive")
        #expect(invalidCode(rules.check(path: "amount", text: "12abc")) == "number.invalid")
        #expect(invalidCode(rules.check(path: "childrenCount", text: "-1")) == "negative")
        #expect(invalidCode(rules.check(path: "childrenCount", text: "3000000000")) == "integer.range")
        #expect(invalidCode(rules.check(path: "goods[0].quantity", text: "0")) == "quantity.tooSmall")
    }

    @Test func maxLengthCountsCharactersNotBytes() {
        let fifty = String(repeating: "Ж", count: 50)
        #expect(rules.check(path: "lastName", text: fifty) == .valid)
        #expect(invalidCode(rules.check(path: "lastName", text: fifty + "Ж")) == "maxLength")
    }

    @Test func extraFieldKeys() {
        #expect(rules.check(path: "extraFields[0].key", text: "client.education.id") == .valid)
        #expect(invalidCode(rules.check(path: "extraFields[0].key", text: "education.id")) == "extraField.key")
        #expect(invalidCode(rules.check(path: "extraFields[0].key", text: "client.")) == "extraField.key")
        #expect(invalidCode(rules.check(path: "extraFields[0].value", text: "null")) == "extraField.null")
    }

    @Test func unknownPathIsInvalid() {
        #expect(invalidCode(rules.check(path: "addressData.counryId", text: "1")) == "unknownField")
    }

    @Test func kazakhRulesDifferFromRussian() {
        let kz = FieldRules(country: KazakhstanProfile())
        #expect(kz.check(path: "inn", text: "900215400013") == .valid)
        #expect(invalidCode(kz.check(path: "inn", text: "900215400014")) == "iin.checksum")
        #expect(kz.check(path: "passport.seria", text: "что угодно") == .valid)
        let foreign = FieldRules(country: ForeignProfile())
        #expect(foreign.check(path: "passport.no", text: "AB 1234567/X") == .valid)
        #expect(foreign.check(path: "inn", text: "DE123456789") == .valid)
        #expect(isIncomplete(foreign.check(path: "mobilePhone", text: "49151")))
        #expect(foreign.check(path: "mobilePhone", text: "4915112345678") == .valid)
    }

    @Test func countryRegistry() {
        #expect(CountryProfiles.profile(code: "ru")?.code == "RU")
        #expect(CountryProfiles.profile(code: "KZ")?.code == "KZ")
        #expect(CountryProfiles.profile(code: "foreign")?.code == "FOREIGN")
        #expect(CountryProfiles.profile(code: "XX") == nil)
        #expect(CountryProfiles.defaultProfile.code == "RU")
    }
}
