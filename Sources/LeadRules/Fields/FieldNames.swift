import LeadModel

/// Human names of every catalog field, in the words branch staff use: labels for screens and
/// the field names in problem messages.
///
/// `label(for:)` is the short label shown inside a section (`Серия` in the passport block);
/// `name(for:)` is the full name that stands alone in a message (`Серия паспорта`,
/// `Родственник 2, номер паспорта`). Both take a concrete path or a catalog pattern.
public enum FieldNames {
    /// The short label of a field inside its section.
    public static func label(for path: FieldPath) -> LocalizedText {
        lookup(path)?.label ?? LocalizedText(ru: path.description, en: path.description)
    }

    /// The full name of a field, for messages and anywhere the section is not visible.
    public static func name(for path: FieldPath) -> LocalizedText {
        lookup(path)?.full ?? LocalizedText(ru: path.description, en: path.description)
    }

    /// Whether the table names the path (every catalog pattern is named; tests keep it so).
    public static func isNamed(_ path: FieldPath) -> Bool { lookup(path) != nil }

    // MARK: - Lookup

    private static func lookup(_ path: FieldPath) -> (label: LocalizedText, full: LocalizedText)? {
        let comps = path.components
        guard case .key(let head)? = comps.first else { return nil }
        if comps.count == 1 {
            guard let n = topLevel[head] else { return nil }
            return (n, n)
        }
        // The index of the collection item, when the path is concrete (shown 1-based).
        var itemNumber: Int?
        var rest = comps.dropFirst()
        if case .index(let i)? = rest.first { itemNumber = i + 1; rest = rest.dropFirst() }
        else if case .anyIndex? = rest.first { rest = rest.dropFirst() }
        let keys = rest.compactMap { c -> String? in if case .key(let k) = c { return k } else { return nil } }
        guard keys.count == rest.count, !keys.isEmpty else { return nil }
        let section: LocalizedText
        switch head {
        case "passport":
            guard keys.count == 1, let n = passport[keys[0]] else { return nil }
            return (n.label, n.full)
        case "addressData", "registrationAddressData":
            section = topLevel[head] ?? LocalizedText(ru: head, en: head)
        case "addresses":
            section = numbered(LocalizedText(ru: "Доп. адрес", en: "Additional address"), itemNumber)
        case "relatives":
            section = numbered(LocalizedText(ru: "Родственник", en: "Relative"), itemNumber)
            if keys.count == 1, let n = relative[keys[0]] { return (n, qualified(section, n)) }
            if keys.count == 2, keys[0] == "passport", let n = passport[keys[1]] { return (n.label, qualified(section, n.full)) }
            return nil
        case "leadDebts":
            section = numbered(LocalizedText(ru: "Действующий кредит", en: "Current loan"), itemNumber)
            guard keys.count == 1, let n = leadDebt[keys[0]] else { return nil }
            return (n, qualified(section, n))
        case "goods":
            section = numbered(LocalizedText(ru: "Товар", en: "Goods item"), itemNumber)
            guard keys.count == 1, let n = good[keys[0]] else { return nil }
            return (n, qualified(section, n))
        case "extraFields":
            section = numbered(LocalizedText(ru: "Доп. поле", en: "Extra field"), itemNumber)
            guard keys.count == 1, let n = extraField[keys[0]] else { return nil }
            return (n, qualified(section, n))
        default:
            return nil
        }
        // Address parts, including the legacy FIAS chain and the attribute map.
        if keys.count == 1, let n = address[keys[0]] { return (n, qualified(section, n)) }
        if keys.count == 2, keys[0] == "fiasChain", let n = fiasChain[keys[1]] {
            return (n, qualified(section, fiasChainName.joined(lowerFirst(n), separator: ", ")))
        }
        if keys.count == 2, keys[0] == "attributes" {
            let n = LocalizedText(ru: "Атрибут «\(keys[1])»", en: "Attribute “\(keys[1])”")
            return (n, qualified(section, n))
        }
        return nil
    }

    private static func numbered(_ text: LocalizedText, _ number: Int?) -> LocalizedText {
        guard let number else { return text }
        return LocalizedText(ru: "\(text.ru) \(number)", en: "\(text.en) \(number)")
    }

    private static func qualified(_ section: LocalizedText, _ name: LocalizedText) -> LocalizedText {
        section.joined(lowerFirst(name), separator: ", ")
    }

    /// Lower-cases the first letter unless the word is an abbreviation (`ФИАС`, `ID`).
    private static func lowerFirst(_ text: LocalizedText) -> LocalizedText {
        func lower(_ s: String) -> String {
            let chars = Array(s)
            guard let first = chars.first else { return s }
            if chars.count > 1, chars[1].isUppercase { return s }
            return first.lowercased() + String(chars.dropFirst())
        }
        return LocalizedText(ru: lower(text.ru), en: lower(text.en))
    }

    private static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }

    // MARK: - Tables

    private static let topLevel: [String: LocalizedText] = [
        "id": t("ID лида", "Lead ID"),
        "clientId": t("ID клиента", "Client ID"),
        "shopId": t("ID магазина", "Shop ID"),
        "channel": t("Канал поступления", "Channel"),
        "lastName": t("Фамилия", "Last name"),
        "firstName": t("Имя", "First name"),
        "patronymic": t("Отчество", "Patronymic"),
        "sexId": t("Пол", "Sex"),
        "birthDate": t("Дата рождения", "Date of birth"),
        "birthPlace": t("Место рождения", "Place of birth"),
        "birthCountryId": t("Гражданство", "Citizenship"),
        "inn": t("ИНН", "INN"),
        "snils": t("СНИЛС", "SNILS"),
        "mobilePhone": t("Мобильный телефон", "Mobile phone"),
        "email": t("Электронная почта", "E-mail"),
        "naturalPerson": t("Физическое лицо", "Natural person"),
        "title": t("Наименование организации", "Organization name"),
        "registrationNumber": t("ОГРН / ОГРНИП", "OGRN / OGRNIP"),
        "passport": t("Паспорт", "Passport"),
        "addressData": t("Адрес проживания", "Residence address"),
        "registrationAddressData": t("Адрес регистрации", "Registration address"),
        "addresses": t("Доп. адреса", "Additional addresses"),
        "relatives": t("Родственники", "Relatives"),
        "leadDebts": t("Действующие кредиты", "Current loans"),
        "goods": t("Товары", "Goods"),
        "creditProductId": t("Кредитный продукт", "Credit product"),
        "amount": t("Сумма займа", "Loan amount"),
        "period": t("Срок займа", "Loan term"),
        "periodUnit": t("Единица срока", "Term unit"),
        "subdivisionId": t("Подразделение", "Branch"),
        "managerId": t("Кредитный специалист", "Loan specialist"),
        "howYouKnowId": t("Откуда узнали о нас", "How did you hear about us"),
        "gettingMoneyMethodId": t("Способ получения денег", "Way of getting the money"),
        "storeTypeId": t("Категория магазина", "Store category"),
        "storeCode": t("Код магазина", "Store code"),
        "orderCode": t("Код заказа", "Order code"),
        "denialReasonId": t("Причина отказа", "Denial reason"),
        "referralLink": t("Реферальная ссылка", "Referral link"),
        "meanIncome": t("Среднемесячный доход", "Average monthly income"),
        "averageMonthlyCost": t("Среднемесячные расходы", "Average monthly expenses"),
        "monthlyCreditPayment": t("Платежи по кредитам в мес.", "Monthly loan payments"),
        "childrenCount": t("Количество детей", "Number of children"),
        "adultChildrenCount": t("Совершеннолетних детей", "Adult children"),
        "dependentsCount": t("Количество иждивенцев", "Number of dependants"),
        "activeCreditsCount": t("Активных кредитов", "Active loans"),
        "activeCreditsAmount": t("Текущая задолженность", "Current debt amount"),
        "activeDelinquencyAmount": t("Сумма текущих просрочек", "Current overdue amount"),
        "closedCreditsCount": t("Закрытых кредитов", "Closed loans"),
        "delinquencyCount": t("Просрочек в прошлом", "Past delinquencies"),
        "payedDelinquencyCount": t("Закрытых просрочек", "Paid delinquencies"),
        "writtenDelinquencyCount": t("Списанных просрочек", "Written-off arrears"),
        "employerTitle": t("Работодатель", "Employer"),
        "employerInn": t("ИНН работодателя", "Employer INN"),
        "cardNumber": t("Номер карты", "Card number"),
        "cardHolder": t("Держатель карты", "Cardholder"),
        "validThruMonth": t("Действует до: месяц", "Valid thru: month"),
        "validThruYear": t("Действует до: год", "Valid thru: year"),
        "cardCvc": t("CVC", "CVC"),
        "mobilePhoneCheck": t("Телефон подтверждён", "Phone verified"),
        "ipAndRegionMatch": t("IP в регионе проживания", "IP matches residence"),
        "ipAndRegAddressMatch": t("IP в регионе регистрации", "IP matches registration"),
        "rosfinmonitoringCheck": t("Росфинмониторинг", "Rosfinmonitoring check"),
        "ufmsCheck": t("Проверка по базе УФМС", "UFMS passport check"),
        "approvedByScorista": t("Одобрено Scorista", "Approved by Scorista"),
        "ipAddress": t("IP-адрес", "IP address"),
        "macAddress": t("MAC-адрес", "MAC address"),
        "deviceTypeId": t("Тип устройства", "Device type"),
        "extraFields": t("Доп. поля", "Extra fields"),
    ]

    private static let passport: [String: (label: LocalizedText, full: LocalizedText)] = [
        "id": (t("ID документа", "Document ID"), t("ID паспорта", "Passport ID")),
        "seria": (t("Серия", "Series"), t("Серия паспорта", "Passport series")),
        "no": (t("Номер", "Number"), t("Номер паспорта", "Passport number")),
        "issueDate": (t("Дата выдачи", "Date of issue"), t("Дата выдачи паспорта", "Passport date of issue")),
        "closeDate": (t("Действует до", "Valid until"), t("Срок действия паспорта", "Passport expiry date")),
        "manager": (t("Кем выдан", "Issued by"), t("Кем выдан паспорт", "Passport issued by")),
        "subdivisionCode": (t("Код подразделения", "Subdivision code"), t("Код подразделения", "Subdivision code")),
        "extraNumber": (t("Доп. номер", "Extra number"), t("Доп. номер паспорта", "Passport extra number")),
        "complementaryDocTypeId": (t("Тип документа", "Document type"), t("Тип документа", "Document type")),
    ]

    private static let address: [String: LocalizedText] = [
        "id": t("ID адреса", "Address ID"),
        "countryId": t("Страна", "Country"),
        "fiasId": t("Код ФИАС", "FIAS id"),
        "fullAddressText": t("Адрес строкой (ФИАС)", "Full address (FIAS)"),
        "postalCode": t("Почтовый индекс", "Postal code"),
        "regionName": t("Регион", "Region"),
        "localityName": t("Город", "City"),
        "streetName": t("Улица", "Street"),
        "houseNo": t("Дом", "House"),
        "blockNo": t("Корпус", "Block"),
        "buildingNo": t("Строение", "Building"),
        "apartmentNo": t("Квартира", "Apartment"),
        "telephone": t("Стационарный телефон", "Landline phone"),
        "regDate": t("Дата регистрации", "Registration date"),
        "housingType": t("Тип жилья", "Housing type"),
        "metroStation": t("Станция метро", "Metro station"),
        "oldAddressText": t("Адрес как в паспорте", "Address as in passport"),
        "fiasChain": t("Цепочка ФИАС", "FIAS chain"),
        "fiasChainText": t("Цепочка ФИАС (JSON)", "FIAS chain (JSON)"),
        "attributes": t("Атрибуты", "Attributes"),
        "timeZone": t("Часовой пояс", "Time zone"),
        "position": t("Порядковый номер", "Position"),
        "purposeId": t("Назначение адреса", "Address purpose"),
    ]

    private static let fiasChainName = t("Цепочка ФИАС", "FIAS chain")
    private static let fiasChain: [String: LocalizedText] = [
        "id": t("ID", "ID"), "level": t("Уровень", "Level"), "name": t("Название", "Name"),
        "type": t("Тип", "Type"), "settlement": t("Населённый пункт", "Settlement"),
        "parents": t("Родительские элементы", "Parents"),
    ]

    private static let relative: [String: LocalizedText] = [
        "id": t("ID родственника", "Relative ID"),
        "collateralRelId": t("Степень родства", "Relationship"),
        "lastName": t("Фамилия", "Last name"),
        "firstName": t("Имя", "First name"),
        "patronymic": t("Отчество", "Patronymic"),
        "birthDate": t("Дата рождения", "Date of birth"),
        "telephone": t("Телефон", "Phone"),
        "email": t("Электронная почта", "E-mail"),
        "rnn": t("ИНН", "INN"),
        "workPlace": t("Место работы", "Workplace"),
        "address": t("Адрес", "Address"),
        "resident": t("Резидент", "Resident"),
        "verified": t("Верифицирован", "Verified"),
        "comments": t("Комментарий", "Comments"),
        "passport": t("Паспорт", "Passport"),
    ]

    private static let leadDebt: [String: LocalizedText] = [
        "id": t("ID кредита", "Loan ID"),
        "debtName": t("Наименование", "Name"),
        "bank": t("Банк", "Bank"),
        "debtBankId": t("ID банка", "Bank ID"),
        "contractNameAndDate": t("Номер и дата договора", "Contract number and date"),
        "debtAmount": t("Сумма кредита", "Loan amount"),
        "remainderDebt": t("Остаток долга", "Outstanding debt"),
        "monthlyPayment": t("Ежемесячный платёж", "Monthly payment"),
        "intRate": t("Процентная ставка", "Interest rate"),
        "paymentPeriodicity": t("Периодичность выплат", "Payment frequency"),
        "lastFactPaymentDate": t("Дата последнего платежа", "Last payment date"),
        "availabilityDelays": t("Наличие просрочек", "Delinquencies"),
        "requisites": t("Реквизиты", "Bank details"),
    ]

    private static let good: [String: LocalizedText] = [
        "id": t("ID товара", "Item ID"),
        "name": t("Наименование", "Name"),
        "article": t("Артикул", "Article"),
        "description": t("Описание", "Description"),
        "quantity": t("Количество", "Quantity"),
        "amount": t("Сумма", "Amount"),
    ]

    private static let extraField: [String: LocalizedText] = [
        "id": t("ID", "ID"),
        "key": t("Ключ", "Key"),
        "value": t("Значение", "Value"),
    ]
}
