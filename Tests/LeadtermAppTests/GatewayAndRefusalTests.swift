import CoreClient
import Foundation
import LeadModel
import LeadRules
import Testing
@testable import LeadApp
@testable import leadterm

/// The FIAS gateway setting, the refusal codes in the operator's words, and the lookup's
/// search arguments.
struct GatewayAndRefusalTests {
    private let base = ConnectionFlags(server: "https://core.bank.local", customerKey: "t", user: "u")

    @Test func theGatewayComesFromTheFlagTheEnvironmentOrTheFileAndIsOffOtherwise() throws {
        let file = try ConfigFile.parse(#"gateway = "https://gate.brainysoft.ru""#, path: "c.toml")
        #expect(file.gateway == "https://gate.brainysoft.ru")
        let fromFile = try ConnectionSettings.resolve(flags: base, environment: [:], file: file)
        #expect(fromFile.gateway?.absoluteString == "https://gate.brainysoft.ru")
        let fromEnvironment = try ConnectionSettings.resolve(flags: base, environment: ["LEADTERM_GATEWAY": "https://gw.local"], file: file)
        #expect(fromEnvironment.gateway?.absoluteString == "https://gw.local")
        var flags = base
        flags.gateway = "http://127.0.0.1:9000"
        let fromFlag = try ConnectionSettings.resolve(flags: flags, environment: ["LEADTERM_GATEWAY": "https://gw.local"], file: file)
        #expect(fromFlag.gateway?.absoluteString == "http://127.0.0.1:9000")
        #expect(fromFlag.connection(password: "p").gateway?.absoluteString == "http://127.0.0.1:9000")
        let off = try ConnectionSettings.resolve(flags: base, environment: [:], file: nil)
        #expect(off.gateway == nil)
        flags.gateway = "gate.brainysoft.ru"
        #expect(throws: ConnectionSettings.Problem.self) { try ConnectionSettings.resolve(flags: flags, environment: [:], file: nil) }
        #expect(throws: ConfigFile.Problem.self) { try ConfigFile.parse("gateway = 5", path: "c.toml") }
    }

    @Test func knownRefusalCodesAreSaidInWordsOthersGiveTheCoresMessage() {
        let twice = CoreMessages.text(.core(code: "UNEXPECTED_LEAD_STATUS_VALUE", message: "Unexpected lead status value: DENIED"))
        #expect(twice.ru.contains("уже проверена"))
        #expect(twice.en.contains("already been checked"))
        #expect(!twice.ru.contains("UNEXPECTED"), "no raw codes on screen")
        let phone = CoreMessages.text(.core(code: "NO_MOBILE_PHONE_ERROR", message: "x"))
        #expect(phone.ru.contains("мобильный телефон"))
        let other = CoreMessages.text(.core(code: "SOMETHING_ELSE", message: "Лимит исчерпан"))
        #expect(other.ru == "Ядро: Лимит исчерпан")
        #expect(CoreMessages.text(.core(code: nil, message: "Лид не найден")).en == "Core: Лид не найден")
    }

    @Test func eachLoginRefusalIsSaidForWhatItIs() {
        // The simulator's own words for each refusal, as the login answers carry them.
        func said(_ coreMessage: String) -> LocalizedText {
            CoreMessages.text(CoreError.unauthorized(server: "https://core", message: coreMessage))
        }
        #expect(said("Неверное имя пользователя или пароль").ru.hasPrefix("Неверный логин или пароль"))
        #expect(said("Неизвестный ключ клиента (customer-key)").ru.contains("ключ клиента"))
        #expect(said("Пользователь demo заблокирован").en.contains("locked"))
        let all = [said("Неверное имя пользователя или пароль"), said("Неизвестный ключ клиента (customer-key)"),
                   said("Пользователь demo заблокирован"), said("Требуется авторизация")]
        #expect(Set(all.map(\.ru)).count == 4, "each refusal has its own words")
        #expect(all.allSatisfy { $0.ru.count <= 78 && $0.en.count <= 78 }, "fits the message line at 80 columns")
    }

    @Test func lookupTakesOneKeyAtATime() {
        func query(_ ids: [String] = [], phone: String? = nil, passport: String? = nil, name: String? = nil,
                   birthDate: String? = nil, page: Int = 1, size: Int = 20) -> LookupCommand.Query? {
            try? LookupCommand.query(ids: ids, phone: phone, passport: passport, name: name, birthDate: birthDate,
                                     page: page, pageSize: size).get()
        }
        #expect(query(["100401,100402"]) == .ids([100401, 100402]))
        #expect(query(phone: "+7 (916) 123-45-87") == .search(.mobilePhone("79161234587"), SearchPage(size: 20)))
        #expect(query(phone: "8 916 123 45 87") == .search(.mobilePhone("79161234587"), SearchPage(size: 20)))
        #expect(query(phone: "9161234587", page: 3, size: 10) == .search(.mobilePhone("79161234587"), SearchPage(from: 20, size: 10)))
        #expect(query(passport: "2342 7237052") == .search(.passport(seria: "2342", number: "7237052"), SearchPage(size: 20)))
        #expect(query(passport: "1222125523") == .search(.passport(seria: "1222", number: "125523"), SearchPage(size: 20)))
        let born = CalendarDate(iso: "1987-07-29")
        #expect(born != nil)
        if let born {
            #expect(query(name: " Иванов ", birthDate: "1987-07-29") == .search(.nameAndBirthDate(lastName: "Иванов", birthDate: born), SearchPage(size: 20)))
        }
        for refused in [query(), query(["1"], phone: "79161234587"), query(phone: "abc"), query(name: "Иванов"),
                        query(birthDate: "1987-07-29"), query(name: "Иванов", birthDate: "1987-02-30"),
                        query(phone: "79161234587", page: 0), query(phone: "79161234587", size: 101)] {
            #expect(refused == nil)
        }
    }
}
