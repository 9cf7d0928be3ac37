import Testing
import LeadModel
@testable import LeadRules

private let rules = FieldRules()

@Suite struct InputDescriptors {
    @Test func russianPhoneMaskYieldsWireDigits() throws {
        let input = rules.input(for: "mobilePhone")
        let mask = try #require(input.mask)
        #expect(input.allowed == .digits)
        #expect(input.fixedLength == 11)
        #expect(mask.text(fromTyped: "9057357014") == "79057357014")
        #expect(mask.display(text: "79057357014") == "+7 (905) 735-70-14")
        #expect(mask.display(text: "7905") == "+7 (905) ___-__-__")
        #expect(mask.inputSlotCount == 10)
    }

    @Test func maskTurnsFieldTextBackIntoTypedCharacters() throws {
        let phone = try #require(rules.input(for: "mobilePhone").mask)
        #expect(phone.typed(fromText: "79057357014") == "9057357014")
        #expect(phone.typed(fromText: "") == "")
        #expect(phone.text(fromTyped: "") == "", "nothing typed is an empty field, not the bare 7")
        let date = CommonFormats.dateMask
        #expect(date.typed(fromText: "29.07.1987") == "29071987")
        #expect(date.text(fromTyped: "2907") == "29.07")
        #expect(date.text(fromTyped: "29071987") == "29.07.1987")
        #expect(date.format(Array("2907")) == "29.07.____")
    }

    @Test func subdivisionAndDocumentDescriptors() throws {
        let code = rules.input(for: "passport.subdivisionCode")
        #expect(try #require(code.mask).text(fromTyped: "772045") == "772-045")
        #expect(code.fixedLength == 7)
        #expect(rules.input(for: "passport.seria").fixedLength == 4)
        #expect(rules.input(for: "relatives[2].passport.no").fixedLength == 6)
        let snils = rules.input(for: "snils")
        #expect(try #require(snils.mask).display(text: "11223344595") == "112-233-445 95")
        #expect(snils.help.ru.hasPrefix("СНИЛС — 11 цифр"))
        #expect(snils.example == "11223344595")
    }

    @Test func plainFieldsFromTheCatalog() {
        let last = rules.input(for: "lastName")
        #expect(last.kind == .text && last.maxLength == 50 && last.mask == nil)
        #expect(rules.input(for: "periodUnit").choices.map(\.value) == ["DAYS", "MONTHS", "WEEKS", "YEARS"])
        #expect(rules.input(for: "sexId").choices.first?.label.ru == "Мужской")
        #expect(rules.input(for: "amount").kind == .money)
        #expect(rules.input(for: "birthDate").kind == .date)
        #expect(rules.input(for: "naturalPerson").kind == .boolean)
    }

    @Test func everyCatalogFieldHasAHelpLine() {
        for spec in FieldCatalog.all {
            #expect(!rules.input(for: spec.path).help.ru.isEmpty)
        }
    }
}

@Suite struct WireConversion {
    @Test func textToWire() throws {
        #expect(try rules.wireValue(path: "amount", text: "4 499,50").get() == .double(4499.5))
        #expect(try rules.wireValue(path: "amount", text: "4499.50").get() == .double(4499.5))
        #expect(try rules.wireValue(path: "amount", text: "  ").get() == nil)
        #expect(try rules.wireValue(path: "birthDate", text: "29.07.1987").get() == .string("1987-07-29"))
        #expect(try rules.wireValue(path: "birthDate", text: "1987-07-29").get() == .string("1987-07-29"))
        #expect(try rules.wireValue(path: "childrenCount", text: "2").get() == .int(2))
        #expect(try rules.wireValue(path: "naturalPerson", text: "нет").get() == .bool(false))
        #expect(try rules.wireValue(path: "mobilePhone", text: "+7 905 735-70-14").get() == .string("79057357014"))
        #expect(try rules.wireValue(path: "lastName", text: " Иванов ").get() == .string("Иванов"))
    }

    @Test func unconvertibleTextNamesTheField() {
        guard case .failure(let p) = rules.wireValue(path: "birthDate", text: "30.02.1990") else {
            Issue.record("30 February converted"); return
        }
        #expect(p.message.ru.hasPrefix("Дата рождения: "))
        guard case .failure(let q) = rules.wireValue(path: "addresses[].position", text: "300") else {
            Issue.record("byte out of range converted"); return
        }
        #expect(q.code == "integer.range")
        if case .success = rules.wireValue(path: "childrenCount", text: "два") { Issue.record("words converted") }
    }

    @Test func displayRoundTrips() throws {
        let cases: [(FieldPath, JSONValue)] = [
            ("amount", .double(4499.5)), ("amount", .double(4499)), ("leadDebts[0].intRate", .double(12.345)),
            ("birthDate", .string("1987-07-29")), ("childrenCount", .int(3)), ("naturalPerson", .bool(true)),
            ("mobilePhone", .string("79057357014")),
        ]
        for (path, value) in cases {
            for language in Language.allCases {
                let text = rules.displayText(path: path, value: value, language: language)
                let back = try rules.wireValue(path: path, text: text).get()
                if case .double(let d) = value { #expect(back == .double(d)) } else { #expect(back == value) }
            }
        }
        #expect(rules.displayText(path: "birthDate", value: .string("1987-07-29")) == "29.07.1987")
        #expect(rules.displayText(path: "amount", value: .double(4499.5)) == "4499,5")
    }
}
