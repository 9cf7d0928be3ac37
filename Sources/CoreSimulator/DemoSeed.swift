import Foundation
import LeadModel

/// The demo data a fresh simulator starts with: invented people with realistic Russian
/// names, documents and phones, the Countries dictionary and the documented credit products.
///
/// One client, Иванов Иван Ивановнич with passport 1222 125523, is the person of the vendor's
/// sample lead, so submitting that sample shows the core's link-to-existing-client rule.
/// Client 10132416 (Дроздов Станислав Сергеевич) and lead 2472 (Max Mustermann) are the
/// vendor's own examples (`vendor-examples.md`, pages 361 and 747), decoded from the JSON the
/// pages print: `\uXXXX` escapes, `""` and `null` empty values, a 7-digit passport number.
public enum DemoSeed {
    /// Lead ids count up from here (a core that has been in use for a while).
    public static let firstLeadId: Int64 = 48_213
    /// New clients get ids from here on.
    public static let firstNewClientId: Int64 = 100_500

    public static var data: SimulatorData {
        SimulatorData(
            clients: clients,
            leads: vendorExampleLead.map { [$0] } ?? [],
            countries: countries,
            creditProducts: creditProducts,
            nextLeadId: firstLeadId,
            nextClientId: firstNewClientId
        )
    }

    // MARK: clients

    private struct Person {
        let id: Int64
        let last: String, first: String, middle: String
        let male: Bool
        let born: String, birthPlace: String
        let seria: String, no: String, issued: String, issuer: String, subdivision: String
        let phone: String, email: String?
        let city: String, street: String, house: String, flat: String
    }

    private static let people: [Person] = [
        Person(id: 100401, last: "Иванов", first: "Иван", middle: "Ивановнич", male: true,
               born: "1987-07-29", birthPlace: "Москва", seria: "1222", no: "125523",
               issued: "2006-11-11", issuer: "УВД", subdivision: "989-098",
               phone: "79057357014", email: nil,
               city: "г Москва", street: "наб Академика Туполева", house: "15", flat: ""),
        Person(id: 100402, last: "Смирнова", first: "Анна", middle: "Сергеевна", male: false,
               born: "1991-03-14", birthPlace: "г. Тверь", seria: "2811", no: "604217",
               issued: "2011-04-02", issuer: "Отделом УФМС России по Тверской обл. в Заволжском р-не г. Твери",
               subdivision: "690-004", phone: "79161234587", email: "a.smirnova@mail.ru",
               city: "г Тверь", street: "ул Советская", house: "23", flat: "17"),
        Person(id: 100403, last: "Кузнецов", first: "Дмитрий", middle: "Александрович", male: true,
               born: "1979-11-02", birthPlace: "г. Нижний Новгород", seria: "2204", no: "118352",
               issued: "2004-01-20", issuer: "Канавинским РУВД г. Нижнего Новгорода",
               subdivision: "522-002", phone: "79202345671", email: "kuznetsov.da@yandex.ru",
               city: "г Нижний Новгород", street: "ул Большая Покровская", house: "8", flat: "42"),
        Person(id: 100404, last: "Попова", first: "Елена", middle: "Викторовна", male: false,
               born: "1985-06-08", birthPlace: "г. Самара", seria: "3605", no: "771904",
               issued: "2005-07-15", issuer: "Октябрьским РОВД г. Самары",
               subdivision: "632-003", phone: "79276543210", email: nil,
               city: "г Самара", street: "ул Ново-Садовая", house: "106", flat: "211"),
        Person(id: 100405, last: "Васильев", first: "Сергей", middle: "Петрович", male: true,
               born: "1968-02-21", birthPlace: "г. Ленинград", seria: "4013", no: "250618",
               issued: "2013-03-05", issuer: "ТП № 12 отдела УФМС России по Санкт-Петербургу",
               subdivision: "780-012", phone: "79219876543", email: "s.vasiliev@gmail.com",
               city: "г Санкт-Петербург", street: "пр-кт Просвещения", house: "33", flat: "9"),
        Person(id: 100406, last: "Петрова", first: "Ольга", middle: "Николаевна", male: false,
               born: "1993-09-30", birthPlace: "г. Казань", seria: "9213", no: "402786",
               issued: "2013-10-12", issuer: "Отделом УФМС России по Республике Татарстан",
               subdivision: "160-005", phone: "79172223344", email: "olga.petrova93@mail.ru",
               city: "г Казань", street: "ул Баумана", house: "19", flat: "5"),
        Person(id: 100407, last: "Соколов", first: "Андрей", middle: "Владимирович", male: true,
               born: "1982-12-17", birthPlace: "г. Екатеринбург", seria: "6503", no: "912374",
               issued: "2003-01-28", issuer: "Кировским РУВД г. Екатеринбурга",
               subdivision: "662-004", phone: "79125556677", email: nil,
               city: "г Екатеринбург", street: "ул Малышева", house: "51", flat: "88"),
        Person(id: 100408, last: "Михайлова", first: "Татьяна", middle: "Игоревна", male: false,
               born: "1976-04-04", birthPlace: "г. Воронеж", seria: "2002", no: "335190",
               issued: "2002-05-17", issuer: "Центральным РОВД г. Воронежа",
               subdivision: "362-001", phone: "79103337788", email: "t.mikhailova@rambler.ru",
               city: "г Воронеж", street: "ул Плехановская", house: "12", flat: "3"),
        Person(id: 100409, last: "Новиков", first: "Алексей", middle: "Дмитриевич", male: true,
               born: "1999-08-11", birthPlace: "г. Ростов-на-Дону", seria: "6019", no: "584021",
               issued: "2019-09-03", issuer: "ГУ МВД России по Ростовской области",
               subdivision: "610-017", phone: "79281112233", email: "novikov.alexey@yandex.ru",
               city: "г Ростов-на-Дону", street: "ул Пушкинская", house: "140", flat: "64"),
        Person(id: 100410, last: "Фёдорова", first: "Мария", middle: "Андреевна", male: false,
               born: "1988-01-25", birthPlace: "г. Новосибирск", seria: "5008", no: "127455",
               issued: "2008-02-14", issuer: "УВД Центрального района г. Новосибирска",
               subdivision: "540-001", phone: "79139990011", email: nil,
               city: "г Новосибирск", street: "Красный пр-кт", house: "77", flat: "120"),
        Person(id: 100411, last: "Морозов", first: "Николай", middle: "Евгеньевич", male: true,
               born: "1972-10-09", birthPlace: "г. Челябинск", seria: "7517", no: "660312",
               issued: "2017-11-21", issuer: "ГУ МВД России по Челябинской области",
               subdivision: "740-028", phone: "79085554411", email: "morozov.ne@mail.ru",
               city: "г Челябинск", street: "пр-кт Ленина", house: "54", flat: "31"),
        Person(id: 100412, last: "Волкова", first: "Наталья", middle: "Олеговна", male: false,
               born: "1995-05-19", birthPlace: "г. Краснодар", seria: "0315", no: "298847",
               issued: "2015-06-10", issuer: "Отделом УФМС России по Краснодарскому краю в Прикубанском округе",
               subdivision: "230-007", phone: "79184447766", email: "volkova.nat@gmail.com",
               city: "г Краснодар", street: "ул Красная", house: "122", flat: "15"),
        Person(id: 100413, last: "Лебедев", first: "Павел", middle: "Юрьевич", male: true,
               born: "1984-07-03", birthPlace: "г. Пермь", seria: "5704", no: "443102",
               issued: "2004-08-19", issuer: "Свердловским РУВД г. Перми",
               subdivision: "592-005", phone: "79026661122", email: nil,
               city: "г Пермь", street: "ул Ленина", house: "60", flat: "7"),
        Person(id: 100414, last: "Козлова", first: "Ирина", middle: "Михайловна", male: false,
               born: "1969-12-28", birthPlace: "г. Уфа", seria: "8014", no: "530789",
               issued: "2014-12-30", issuer: "Отделом УФМС России по Республике Башкортостан в Кировском р-не г. Уфы",
               subdivision: "020-004", phone: "79273330099", email: "irina.kozlova@bk.ru",
               city: "г Уфа", street: "ул Комсомольская", house: "15", flat: "48"),
        Person(id: 100415, last: "Иванов", first: "Иван", middle: "Иванович", male: true,
               born: "1990-02-17", birthPlace: "г. Москва", seria: "4510", no: "873216",
               issued: "2010-03-11", issuer: "Отделением по району Марьино ОУФМС России по г. Москве в ЮВАО",
               subdivision: "770-094", phone: "79035550123", email: "ivanov.ii@mail.ru",
               city: "г Москва", street: "ул Люблинская", house: "169", flat: "233"),
        Person(id: 100416, last: "Сидоренко", first: "Виктория", middle: "Павловна", male: false,
               born: "2001-06-01", birthPlace: "г. Севастополь", seria: "3921", no: "016548",
               issued: "2021-06-15", issuer: "УМВД России по г. Севастополю",
               subdivision: "920-001", phone: "79780001234", email: nil,
               city: "г Севастополь", street: "ул Большая Морская", house: "35", flat: "12"),
    ]

    public static var clients: [Client] { people.map(client) + (vendorExampleClient.map { [$0] } ?? []) }

    /// The client of page 361's answer, as printed.
    public static let vendorExampleClientJSON = #"""
        {
          "id": 10132416,
          "firstName": "\u0421\u0442\u0430\u043d\u0438\u0441\u043b\u0430\u0432",
          "lastName": "\u0414\u0440\u043e\u0437\u0434\u043e\u0432",
          "patronymic": "\u0421\u0435\u0440\u0433\u0435\u0435\u0432\u0438\u0447",
          "sexId": 101251,
          "birthDate": "1990-03-18",
          "birthPlace": "\u0433\u043e\u0440. \u0421\u0435\u0432\u0430\u0441\u0442\u043e\u043f\u043e\u043b\u044c \u041a\u0440\u044b\u043c\u0441\u043a\u043e\u0439 \u043e\u0431\u043b.",
          "birthCountryId": 101043,
          "educationId": null,
          "highSchool": "",
          "faculty": "",
          "studyGraduationYear": "",
          "studyForm": "",
          "professionId": null,
          "maritalStatusId": 101151,
          "dependent": false,
          "passport": {
            "id": 10111675,
            "seria": "2342",
            "no": "7237052",
            "issueDate": "2014-05-24",
            "closeDate": "2025-01-24",
            "manager": "\u0423\u043f\u0440…"
          }
        }
        """#

    /// The lead of page 747's answer, as printed (the page cuts it after the counters).
    public static let vendorExampleLeadJSON = #"""
        {
          "id": 2472, "channel": "LOAN_APPLICATION", "naturalPerson": true,
          "firstName": "Max", "lastName": "Mustermann", "patronymic": "", "title": "", "registrationNumber": "",
          "sexId": 101251, "birthDate": "1977-05-22", "birthPlace": "", "birthCountryId": 101049,
          "passport": {"id": 101114182, "seria": "0782", "no": "078257", "extraNumber": null, "issueDate": "2012-01-23",
                       "closeDate": null, "manager": "", "subdivisionCode": "", "complementaryDocTypeId": null},
          "inn": "", "snils": "", "mobilePhone": "77057223528", "email": "", "howYouKnowId": null,
          "subdivisionId": 101791, "relatives": [], "leadDebts": [], "managerId": 1010812,
          "creditProductId": 10133143, "amount": 10000, "period": 30, "periodUnit": "DAYS",
          "gettingMoneyMethodId": 102395, "goods": [], "extraFields": [], "storeTypeId": null,
          "cardNumber": "", "cardHolder": "", "validThruMonth": "", "validThruYear": "", "cardCvc": "",
          "employerTitle": "", "employerInn": "", "childrenCount": 0, "adultChildrenCount": 0, "dependentsCount": 0,
          "meanIncome": 0, "averageMonthlyCost": 0, "monthlyCreditPayment": 0, "closedCreditsCount": 0
        }
        """#

    static var vendorExampleClient: Client? {
        try? WireCoding.decode(Client.self, from: Data(vendorExampleClientJSON.utf8))
    }

    /// Stored as created on the page's date (its envelope's timestamp), waiting for its check.
    static var vendorExampleLead: StoredLead? {
        guard let lead = try? WireCoding.decode(Lead.self, from: Data(vendorExampleLeadJSON.utf8)) else { return nil }
        return StoredLead(id: 2472, creationDate: 1_508_837_393_081, currentStatus: "WAITING", lead: lead)
    }

    private static func client(_ p: Person) -> Client {
        var c = Client()
        c.id = p.id
        c.lastName = p.last
        c.firstName = p.first
        c.patronymic = p.middle
        c.sexId = p.male ? 101251 : 101252
        c.birthDate = CalendarDate(iso: p.born)
        c.birthPlace = p.birthPlace
        c.birthCountryId = 101042
        c.resident = true
        c.naturalPerson = true
        c.businessman = false
        c.passport = Passport(seria: p.seria, no: p.no, issueDate: CalendarDate(iso: p.issued),
                              manager: p.issuer, subdivisionCode: p.subdivision)
        c.mobilePhone = p.phone
        c.email = p.email
        let text = [p.city, p.street, "д \(p.house)", p.flat.isEmpty ? nil : "кв \(p.flat)"]
            .compactMap { $0 }.joined(separator: ", ")
        c.addressData = Address(countryId: 101042, fullAddressText: text, localityName: p.city,
                                streetName: p.street, houseNo: p.house,
                                apartmentNo: p.flat.isEmpty ? nil : p.flat)
        return c
    }

    // MARK: dictionaries

    /// The "Countries" dictionary. 101042 (Россия) and 101043 (Узбекистан) are the ids the
    /// vendor's sample lead uses; the others are invented in the same numbering.
    public static let countries: [DictionaryEntry] = {
        let names: [(Int64, String, String)] = [
            (101001, "Австралия", "AU"), (101002, "Австрия", "AT"), (101003, "Азербайджан", "AZ"),
            (101004, "Армения", "AM"), (101005, "Беларусь", "BY"), (101006, "Бельгия", "BE"),
            (101007, "Болгария", "BG"), (101008, "Бразилия", "BR"), (101009, "Великобритания", "GB"),
            (101010, "Венгрия", "HU"), (101011, "Вьетнам", "VN"), (101012, "Германия", "DE"),
            (101013, "Греция", "GR"), (101014, "Грузия", "GE"), (101015, "Дания", "DK"),
            (101016, "Египет", "EG"), (101017, "Израиль", "IL"), (101018, "Индия", "IN"),
            (101019, "Индонезия", "ID"), (101020, "Иран", "IR"), (101021, "Испания", "ES"),
            (101022, "Италия", "IT"), (101023, "Казахстан", "KZ"), (101024, "Канада", "CA"),
            (101025, "Кипр", "CY"), (101026, "Киргизия", "KG"), (101027, "Китай", "CN"),
            (101028, "Куба", "CU"), (101029, "Латвия", "LV"), (101030, "Литва", "LT"),
            (101031, "Молдова", "MD"), (101032, "Монголия", "MN"), (101033, "Нидерланды", "NL"),
            (101034, "Норвегия", "NO"), (101035, "ОАЭ", "AE"), (101036, "Польша", "PL"),
            (101037, "Португалия", "PT"), (101038, "Республика Корея", "KR"), (101039, "Румыния", "RO"),
            (101040, "Сербия", "RS"), (101041, "Сирия", "SY"), (101042, "Россия", "RU"),
            (101043, "Узбекистан", "UZ"), (101044, "Словакия", "SK"), (101045, "США", "US"),
            (101046, "Таджикистан", "TJ"), (101047, "Таиланд", "TH"), (101048, "Туркменистан", "TM"),
            (101049, "Турция", "TR"), (101050, "Украина", "UA"), (101051, "Финляндия", "FI"),
            (101052, "Франция", "FR"), (101053, "Хорватия", "HR"), (101054, "Черногория", "ME"),
            (101055, "Чехия", "CZ"), (101056, "Швейцария", "CH"), (101057, "Швеция", "SE"),
            (101058, "Эстония", "EE"), (101059, "Япония", "JP"),
        ]
        return names.map { DictionaryEntry(id: $0.0, name: $0.1, code: $0.2) }
    }()

    /// The credit products whose codes the lead documentation lists.
    public static let creditProducts: [DictionaryEntry] = [
        DictionaryEntry(id: 101339, name: "Краткосрочный заём до зарплаты", code: "PDL"),
        DictionaryEntry(id: 1013310, name: "Заём на год (аннуитет)", code: "IL12"),
        DictionaryEntry(id: 1013311, name: "Заём на год с распределённым ОД («Пятак»)", code: "PYATAK"),
        DictionaryEntry(id: 1013312, name: "Остаточный с льготными траншами", code: "TRANCHE"),
    ]
}
