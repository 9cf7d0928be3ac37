import Foundation
import LeadModel
import Testing

/// What the app must send for the vendor's sample lead (`/work/shared/spec/sample-lead.json`)
/// when an operator keys it in, field by field.
///
/// Decisions, each deliberate:
/// - The sample's two defects are corrected: `addressData.counryId` → `countryId` (101042),
///   `periodUnit: "DAYS;MONTHS;YEARS"` → `"MONTHS"`, and `period` 12 instead of 0.
/// - The patronymic stays as the vendor wrote it (`Ивановнич`): names are not spell-checked.
/// - Fields the sample sends empty (`"inn": ""`, `cardNumber`, `blockNo`…), `null`
///   (`id`, `storeTypeId`, `complementaryDocTypeId`), empty lists (`relatives`, `leadDebts`,
///   `goods`) and zero counters/amounts (`childrenCount: 0`, `meanIncome: 0`…) are "not filled"
///   to an operator: nobody types them, and the app does not send fields nobody filled.
/// - `false` flags the sample sets (`mobilePhoneCheck`, `ipAndRegionMatch`, `ufmsCheck`) are
///   answered "Нет" on the checks screen, so they are sent as `false`.
/// - Two values are the app's own defaults on a new lead, visible on the first screen:
///   citizenship (`birthCountryId`) prefilled "Россия" (101042) and `naturalPerson` = да
///   (the folded "Юридическое лицо" group). The operator leaves them, so they are sent.
enum ExpectedSampleLead {
    static let json = #"""
    {
      "lastName": "Иванов", "firstName": "Иван", "patronymic": "Ивановнич",
      "sexId": 101251, "birthDate": "1987-07-29", "birthPlace": "Москва",
      "birthCountryId": 101042, "naturalPerson": true,
      "mobilePhone": "79057357014",
      "passport": {
        "seria": "1222", "no": "125523", "issueDate": "2006-11-11", "closeDate": "2020-11-11",
        "manager": "УВД", "subdivisionCode": "989-098"
      },
      "addressData": {
        "countryId": 101042,
        "fiasId": "77523bc3-b053-456b-b99b-0a26e2e6af0c",
        "fullAddressText": "г Москва, наб Академика Туполева, д 15 к 12"
      },
      "registrationAddressData": {
        "countryId": 101043, "postalCode": "100115", "regionName": "г. Ташкент",
        "localityName": "г. Ташкент", "streetName": "ул. АРНАСОЙ", "houseNo": "8",
        "apartmentNo": "4", "regDate": "2017-08-15"
      },
      "addresses": [
        {
          "purposeId": 1, "countryId": 101042,
          "fiasId": "6fe4f702-b9f1-4e0d-890a-be9963f64a21",
          "fullAddressText": "Московская обл, г Химки, кв-л Старбеево, кв-л Ленина, д 5, кв 14"
        },
        {
          "purposeId": 3, "countryId": 101042,
          "fiasId": "be540338-8f26-4e74-81ed-789f9495297a",
          "fullAddressText": "Московская обл, г Химки, ул Зеленая, д 10, кв 35"
        }
      ],
      "amount": 4499, "period": 12, "periodUnit": "MONTHS", "channel": "ECOMM",
      "storeCode": "102072", "orderCode": "58",
      "mobilePhoneCheck": false, "ipAndRegionMatch": false, "rosfinmonitoringCheck": true,
      "ufmsCheck": false, "approvedByScorista": true,
      "extraFields": [
        {"key": "client.education.id", "value": "1011010"},
        {"key": "client.changeName", "value": "true"},
        {"key": "client.dependents", "value": "2"},
        {"key": "client.birthDate", "value": "1980-05-14"},
        {"key": "loanApplication.familyIncome", "value": "100000"},
        {"key": "loanApplication.liability.id", "value": "101932"},
        {"key": "contract.loanStage", "value": "5"}
      ]
    }
    """#

    static func tree() throws -> JSONValue {
        try WireCoding.decode(JSONValue.self, from: Data(json.utf8))
    }

    /// The extra fields in screen order, as (key, value).
    static let extraFields: [(String, String)] = [
        ("client.education.id", "1011010"), ("client.changeName", "true"), ("client.dependents", "2"),
        ("client.birthDate", "1980-05-14"), ("loanApplication.familyIncome", "100000"),
        ("loanApplication.liability.id", "101932"), ("contract.loanStage", "5"),
    ]
}

extension AppSession {
    /// The one PUT of lead `leadId` must be the created lead with only the mobile phone
    /// changed to 79161234567 (and the core's identifiers, which travel back on an update).
    func expectPhoneEditSent(leadId: Int64, created: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let updates = try sim.requests().filter { $0.method == "PUT" && $0.path == "/bs-core/main/leads/\(leadId)" }
        try #require(updates.count == 1, "expected one PUT of lead \(leadId), got \(updates.count)", sourceLocation: sourceLocation)
        let stored = try #require(try sim.data()["leads"]?.arrayValue?.first { $0["id"] == .int(leadId) },
                                  "lead \(leadId) is not in the simulator's data", sourceLocation: sourceLocation)
        var expected = created
        expected.set(.string("79161234567"), at: "mobilePhone")
        expected.set(.int(leadId), at: "id")
        expected.set(stored["clientId"], at: "clientId")
        let differences = JSONDiff.differences(expected: expected, actual: try updates[0].json())
        #expect(differences.isEmpty, "PUT body differs from the created lead + new phone:\n\(differences.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }
}
