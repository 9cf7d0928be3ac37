import Testing
import LeadModel
@testable import LeadRules

// Every vector below was checked with an independent Python implementation of the algorithm
// before it was written here.

private let ru = FieldRules(country: RussiaProfile())
private let kz = FieldRules(country: KazakhstanProfile())

private func isValid(_ rules: FieldRules, _ path: FieldPath, _ text: String) -> Bool {
    guard let format = rules.format(for: path) else { return false }
    return format.verdict(text) == .valid
}

@Suite struct FormatVectors {
    @Test(arguments: ["7707083893", "7736207543", "7830002293", "5406011186", "7710140679",
                      "500100732259", "773370857141", "366316608346", "772475838031", "123456789047"])
    func innValid(_ v: String) {
        #expect(Checksums.inn(v))
        for path: FieldPath in ["inn", "employerInn", "relatives[].rnn"] { #expect(isValid(ru, path, v)) }
    }

    @Test(arguments: ["7707083894", "7736207544", "770708389", "77070838931", "0000000001",
                      "500100732258", "500100732269", "7733708571411", "773370857142", "12345678904a"])
    func innInvalid(_ v: String) {
        #expect(!Checksums.inn(v))
        #expect(!isValid(ru, "inn", v))
    }

    @Test(arguments: ["11223344595", "08765430300", "14254145636", "00000000102", "09876543238", "12345678964"])
    func snilsValid(_ v: String) { #expect(Checksums.snils(v)); #expect(isValid(ru, "snils", v)) }

    @Test(arguments: ["11223344594", "1122334459", "112233445951", "14254145655", "08765430301", "1122334459a"])
    func snilsInvalid(_ v: String) { #expect(!isValid(ru, "snils", v)) }

    @Test(arguments: ["1027700132195", "1027739609391", "1037739010891", "1027700070518", "1047796940465",
                      "304500116000157", "313132804400022", "310253607000015", "304770000412510", "315774600000050"])
    func ogrnValid(_ v: String) { #expect(Checksums.ogrn(v)); #expect(isValid(ru, "registrationNumber", v)) }

    @Test(arguments: ["1027700132194", "1027739609392", "1037739010892", "1027700070519", "102770013219X",
                      "304500116000158", "310253607000012", "304770000412513", "3045001160001570", "315774600000051"])
    func ogrnInvalid(_ v: String) { #expect(!isValid(ru, "registrationNumber", v)) }

    @Test(arguments: ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
                      "2200000000000004", "4222222222222"])
    func cardValid(_ v: String) { #expect(Checksums.luhn(v)); #expect(isValid(ru, "cardNumber", v)) }

    @Test(arguments: ["4111111111111112", "5555555555554443", "411111111111", "41111111111111111111",
                      "378282246310006", "4111 1111 1111 1111"])
    func cardInvalid(_ v: String) { #expect(!isValid(ru, "cardNumber", v)) }

    @Test(arguments: ["900215400013", "880101300010", "870412350145", "000101500011", "850301301239"])
    func kazakhIINValid(_ v: String) {
        #expect(Checksums.kazakhIIN(v))
        for path: FieldPath in ["inn", "relatives[].rnn", "registrationNumber"] { #expect(isValid(kz, path, v)) }
    }

    @Test(arguments: ["880101300018", "900215400014", "870412350147", "850301301233", "000101500014", "90021540001"])
    func kazakhIINInvalid(_ v: String) { #expect(!isValid(kz, "inn", v)) }

    @Test(arguments: ["79057357014", "79886542301", "74951001112", "70000000000", "79999999999"])
    func russianPhoneValid(_ v: String) { #expect(isValid(ru, "mobilePhone", v)) }

    @Test(arguments: ["89057357014", "7905735701", "790573570145", "+79057357014", "7905735701a", "9057357014"])
    func russianPhoneInvalid(_ v: String) { #expect(!isValid(ru, "mobilePhone", v)) }

    @Test(arguments: ["ivanov@mail.ru", "a.b-c+tag@example.co.uk", "x@y.io", "иван@почта.рф", "first_last@sub.domain.org"])
    func emailValid(_ v: String) { #expect(isValid(ru, "email", v)); #expect(isValid(ru, "relatives[].email", v)) }

    @Test(arguments: ["ivanov", "ivanov@", "ivanov@mail", "a@@b.ru", "a b@mail.ru", ".a@mail.ru", "a@mail..ru", "@mail.ru"])
    func emailInvalid(_ v: String) { #expect(!isValid(ru, "email", v)) }

    @Test(arguments: ["123", "000", "999", "512", "047"])
    func cvcValid(_ v: String) { #expect(isValid(ru, "cardCvc", v)) }

    @Test(arguments: ["12", "1234", "12a", " 12", "abc"])
    func cvcInvalid(_ v: String) { #expect(!isValid(ru, "cardCvc", v)) }

    @Test(arguments: ["01", "02", "09", "10", "12"])
    func monthValid(_ v: String) { #expect(isValid(ru, "validThruMonth", v)) }

    @Test(arguments: ["00", "13", "1", "7", "1a", "012"])
    func monthInvalid(_ v: String) { #expect(!isValid(ru, "validThruMonth", v)) }

    @Test(arguments: ["00", "25", "27", "30", "99"])
    func yearValid(_ v: String) { #expect(isValid(ru, "validThruYear", v)) }

    @Test(arguments: ["2027", "7", "2a", "", "-1"])
    func yearInvalid(_ v: String) { #expect(!isValid(ru, "validThruYear", v)) }

    @Test(arguments: ["4509", "0000", "1222", "9999", "4510"])
    func passportSeriesValid(_ v: String) {
        #expect(isValid(ru, "passport.seria", v)); #expect(isValid(ru, "relatives[].passport.seria", v))
    }

    @Test(arguments: ["450", "45091", "45 09", "AB12", "45-9"])
    func passportSeriesInvalid(_ v: String) { #expect(!isValid(ru, "passport.seria", v)) }

    @Test(arguments: ["123456", "000001", "125523", "999999", "654321"])
    func passportNumberValid(_ v: String) { #expect(isValid(ru, "passport.no", v)) }

    @Test(arguments: ["12345", "1234567", "12345a", "N12345", "123 456"])
    func passportNumberInvalid(_ v: String) { #expect(!isValid(ru, "passport.no", v)) }

    @Test(arguments: ["772-045", "989-098", "000-000", "500-001", "123-456"])
    func subdivisionValid(_ v: String) { #expect(isValid(ru, "passport.subdivisionCode", v)) }

    @Test(arguments: ["772045", "772-04", "77-2045", "772_045", "772-0456", "abc-def"])
    func subdivisionInvalid(_ v: String) { #expect(!isValid(ru, "passport.subdivisionCode", v)) }

    @Test(arguments: ["125009", "100115", "630099", "000000", "190000"])
    func postalCodeValid(_ v: String) {
        for path: FieldPath in ["addressData.postalCode", "registrationAddressData.postalCode", "addresses[].postalCode"] {
            #expect(isValid(ru, path, v))
        }
    }

    @Test(arguments: ["12500", "1250091", "12500a", "125 009", "SW1A1AA"])
    func postalCodeInvalid(_ v: String) { #expect(!isValid(ru, "addressData.postalCode", v)) }

    @Test(arguments: ["77523bc3-b053-456b-b99b-0a26e2e6af0c", "6fe4f702-b9f1-4e0d-890a-be9963f64a21",
                      "be540338-8f26-4e74-81ed-789f9495297a", "00000000-0000-0000-0000-000000000000",
                      "0C5B2444-70A0-4932-980C-B4DC0D3F02B5"])
    func fiasIdValid(_ v: String) { #expect(isValid(ru, "addressData.fiasId", v)) }

    @Test(arguments: ["77523bc3b053456bb99b0a26e2e6af0c", "77523bc3-b053-456b-b99b-0a26e2e6af0", "77523bc3-b053-456b-b99b-0a26e2e6af0cc",
                      "g7523bc3-b053-456b-b99b-0a26e2e6af0c", "77523bc3_b053_456b_b99b_0a26e2e6af0c"])
    func fiasIdInvalid(_ v: String) { #expect(!isValid(ru, "addresses[].fiasId", v)) }

    @Test(arguments: ["1987-07-29", "2000-02-29", "2024-02-29", "1900-01-01", "2023-12-31"])
    func dateValid(_ v: String) { #expect(isValid(ru, "birthDate", v)); #expect(isValid(ru, "passport.issueDate", v)) }

    @Test(arguments: ["1900-02-29", "2023-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "29.07.1987", "1987-7-29"])
    func dateInvalid(_ v: String) { #expect(!isValid(ru, "birthDate", v)) }

    @Test(arguments: ["N12345678", "123456789", "N00000001", "000000000", "987654321"])
    func kazakhDocumentValid(_ v: String) { #expect(isValid(kz, "passport.no", v)) }

    @Test(arguments: ["12345678", "1234567890", "A12345678", "N1234567", "N123456789"])
    func kazakhDocumentInvalid(_ v: String) { #expect(!isValid(kz, "passport.no", v)) }
}
