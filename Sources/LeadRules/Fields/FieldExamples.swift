import LeadModel

/// Examples for F1 where a field has no format to take one from (free text, yes/no): what a
/// branch specialist would type there. By the field's last key; a few keys mean different
/// things in different places and are told apart by the key before.
enum FieldExamples {
    static func example(for path: FieldPath) -> LocalizedText? {
        let keys = path.pattern.components.compactMap { c -> String? in if case .key(let k) = c { return k } else { return nil } }
        guard let leaf = keys.last else { return nil }
        let parent = keys.dropLast().last
        if let parent, let text = byParentAndLeaf["\(parent).\(leaf)"] { return text }
        return byLeaf[leaf]
    }

    private static func t(_ ru: String, _ en: String) -> LocalizedText { LocalizedText(ru: ru, en: en) }
    private static func same(_ text: String) -> LocalizedText { LocalizedText(ru: text, en: text) }

    private static let yes = t("да", "yes")

    private static let byParentAndLeaf: [String: LocalizedText] = [
        "goods.name": t("Холодильник Atlant ХМ-4421", "Atlant XM-4421 fridge"),
        "leadDebts.debtName": t("Потребительский кредит", "Consumer loan"),
        "fiasChain.id": same("0c5b2444-70a0-4932-980c-b4dc0d3f02b5"),
        "fiasChain.name": t("Москва", "Moscow"),
        "fiasChain.type": t("г", "city"),
        "fiasChain.settlement": yes,
        "fiasChain.parents": same("[{\"id\": \"…\", \"level\": 1}]"),
    ]

    private static let byLeaf: [String: LocalizedText] = [
        "lastName": t("Иванов", "Ivanov"),
        "firstName": t("Иван", "Ivan"),
        "patronymic": t("Иванович", "Ivanovich"),
        "birthPlace": t("г. Москва", "Moscow"),
        "title": t("ООО «Ромашка»", "Romashka LLC"),
        "manager": t("ГУ МВД России по г. Москве", "GU MVD of Russia for Moscow"),
        "extraNumber": same("12"),
        "fullAddressText": t("г Москва, ул Тверская, д 1, кв 5", "Moscow, Tverskaya st 1, apt 5"),
        "regionName": t("Московская обл", "Moscow region"),
        "localityName": t("Москва", "Moscow"),
        "streetName": t("Тверская", "Tverskaya"),
        "houseNo": same("1"),
        "blockNo": same("2"),
        "buildingNo": same("3"),
        "apartmentNo": same("5"),
        "housingType": t("собственная квартира", "own flat"),
        "metroStation": t("Тверская", "Tverskaya"),
        "oldAddressText": t("г. Москва, ул. Тверская, д. 1, кв. 5", "Moscow, Tverskaya st. 1, apt. 5"),
        "timeZone": same("Europe/Moscow"),
        "fiasChainText": same("[{\"level\": 1, \"name\": \"Москва\"}]"),
        "workPlace": t("ООО «Ромашка», бухгалтер", "Romashka LLC, accountant"),
        "address": t("г Москва, ул Тверская, д 1", "Moscow, Tverskaya st 1"),
        "comments": t("звонить после 18:00", "call after 6 pm"),
        "bank": t("Сбербанк", "Sberbank"),
        "contractNameAndDate": t("№ 123-45 от 01.02.2024", "no. 123-45 of 01.02.2024"),
        "paymentPeriodicity": t("ежемесячно", "monthly"),
        "availabilityDelays": t("нет", "none"),
        "requisites": t("БИК 044525225, р/с 40817810…", "BIC 044525225, account 40817810…"),
        "article": same("ХМ-4421"),
        "description": t("белый, 2 камеры", "white, two compartments"),
        "storeCode": same("MSK-017"),
        "orderCode": same("ORD-2024-000123"),
        "referralLink": same("https://example.ru/?ref=abc"),
        "employerTitle": t("ООО «Ромашка»", "Romashka LLC"),
        "cardHolder": same("IVAN IVANOV"),
        "key": same("client.salaryDay"),
        "value": same("15"),
        "ipAddress": same("192.168.1.10"),
        "macAddress": same("00:1A:2B:3C:4D:5E"),
        "naturalPerson": yes, "resident": yes, "verified": yes,
        "mobilePhoneCheck": yes, "ipAndRegionMatch": yes, "ipAndRegAddressMatch": yes,
        "rosfinmonitoringCheck": yes, "ufmsCheck": yes, "approvedByScorista": yes,
    ]
}
