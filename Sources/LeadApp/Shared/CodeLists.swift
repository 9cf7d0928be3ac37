import LeadModel
import LeadRules

/// A choice list for a code field: operators pick by name, never type a number.
public struct CodeList: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public let code: Int64
        public let ru: String
        public let en: String

        public init(code: Int64, ru: String, en: String) {
            self.code = code
            self.ru = ru
            self.en = en
        }

        /// The entry's name in every language.
        public var name: LocalizedText { LocalizedText(ru: ru, en: en) }
    }

    public let entries: [Entry]

    public init(_ entries: [Entry]) { self.entries = entries }

    public func entry(for code: Int64) -> Entry? { entries.first { $0.code == code } }
}

/// Which list a code field takes its choices from.
public enum CodeListID: String, Hashable, Sendable, CaseIterable {
    case sex, kinship, howYouKnow, creditProduct, subdivision, documentType, country
    case periodUnit, channel
    /// The loan specialist (`managerId`) and the money-getting method (`gettingMoneyMethodId`):
    /// no vendor page documents their dictionaries, so only a configured list fills them
    /// (`[lists]` in the config, see `ConfiguredLists`); with none, the number is typed.
    case loanSpecialist, moneyMethod
}

/// The documented code lists (field catalog, seed 002), with the staff's Russian words.
/// Countries and credit products are replaced by the core's dictionaries when it has them.
public enum DocumentedCodes {
    public static func list(_ id: CodeListID) -> CodeList {
        switch id {
        case .sex: return sex
        case .kinship: return kinship
        case .howYouKnow: return howYouKnow
        case .creditProduct: return creditProducts
        case .subdivision: return subdivisions
        case .documentType: return documentTypes
        case .country: return countries
        case .periodUnit, .channel, .loanSpecialist, .moneyMethod: return CodeList([])
        }
    }

    public static let sex = CodeList([
        .init(code: 101251, ru: "Мужской", en: "Male"),
        .init(code: 101252, ru: "Женский", en: "Female"),
    ])

    public static let kinship = CodeList([
        .init(code: 102141, ru: "Жена", en: "Wife"),
        .init(code: 102142, ru: "Муж", en: "Husband"),
        .init(code: 102143, ru: "Мать", en: "Mother"),
        .init(code: 102144, ru: "Отец", en: "Father"),
        .init(code: 102145, ru: "Дочь", en: "Daughter"),
        .init(code: 102146, ru: "Сын", en: "Son"),
        .init(code: 102147, ru: "Брат", en: "Brother"),
        .init(code: 102148, ru: "Сестра", en: "Sister"),
        .init(code: 102149, ru: "Коллега", en: "Colleague"),
        .init(code: 1021410, ru: "Друг", en: "Friend"),
        .init(code: 1021411, ru: "Бабушка", en: "Grandmother"),
        .init(code: 1021412, ru: "Дедушка", en: "Grandfather"),
        .init(code: 1021413, ru: "Дядя", en: "Uncle"),
        .init(code: 1021414, ru: "Тётя", en: "Aunt"),
        .init(code: 1021415, ru: "Другое", en: "Other"),
    ])

    public static let howYouKnow = CodeList([
        .init(code: 102171, ru: "Транспорт", en: "Transport"),
        .init(code: 102172, ru: "Телевидение", en: "Television"),
        .init(code: 102173, ru: "Газета", en: "Newspaper"),
        .init(code: 102174, ru: "Наружная реклама", en: "Outdoor advertising"),
        .init(code: 102175, ru: "Друзья", en: "Friends"),
        .init(code: 102176, ru: "Интернет", en: "Internet"),
    ])

    public static let creditProducts = CodeList([
        .init(code: 101339, ru: "Краткосрочный заём до зарплаты", en: "Short loan until payday"),
        .init(code: 1013310, ru: "Заём на год (аннуитет)", en: "Loan for a year (annuity)"),
        .init(code: 1013311, ru: "Заём на год (Пятак)", en: "Loan for a year (Pyatak)"),
        .init(code: 1013312, ru: "Остаточный с льготными траншами", en: "Residual with concessional tranches"),
    ])

    public static let subdivisions = CodeList([
        .init(code: 101791, ru: "Москва", en: "Moscow"),
        .init(code: 101792, ru: "Москва — Интернет", en: "Moscow — Internet"),
        .init(code: 101793, ru: "Севастополь-1", en: "Sevastopol-1"),
        .init(code: 101795, ru: "Севастополь-2", en: "Sevastopol-2"),
        .init(code: 101794, ru: "Красногорск", en: "Krasnogorsk"),
        .init(code: 101796, ru: "Первое", en: "First"),
        .init(code: 101797, ru: "Второе", en: "Second"),
        .init(code: 101798, ru: "Седьмое", en: "Seventh"),
        .init(code: 1017910, ru: "На Посадской", en: "At Posadskaya"),
        .init(code: 101799, ru: "Касса среза", en: "Slice cashier"),
    ])

    public static let documentTypes = CodeList([
        .init(code: 102126, ru: "Паспорт", en: "Passport"),
        .init(code: 102121, ru: "Водительское удостоверение", en: "Driver's licence"),
        .init(code: 102122, ru: "СНИЛС", en: "SNILS"),
        .init(code: 102123, ru: "Заграничный паспорт", en: "Foreign passport"),
        .init(code: 102127, ru: "Иной документ", en: "Other document"),
        .init(code: 102128, ru: "Нет", en: "None"),
    ])

    /// Used until the core's Countries dictionary arrives. Only Russia's id (101042) and
    /// 101043 are evidenced by the vendor's example; the core's dictionary replaces this list.
    public static let countries = CodeList([
        .init(code: 101042, ru: "Россия", en: "Russia"),
        .init(code: 101043, ru: "Узбекистан", en: "Uzbekistan"),
    ])
}
