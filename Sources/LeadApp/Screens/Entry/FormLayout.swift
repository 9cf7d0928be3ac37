import LeadModel

/// The sections of the lead form, in the order staff work through an application.
/// Alt+1…Alt+9 and Alt+0 jump to them in this order.
public enum SectionID: String, CaseIterable, Hashable, Sendable, Codable {
    case person, passport, addresses, relatives, debts, goods, loan, finances, workAndCard, checks
}

/// What one focus stop on a form edits.
public enum FieldWidget: Hashable, Sendable {
    case text
    case date
    case money
    case integer
    case code(CodeListID)
    case choice([String])
    case yesNo
    /// Raw JSON for the one field whose shape the vendor never documented (`fiasChain.parents`).
    case json
}

/// A list of items edited as a table plus a detail form for the selected row.
public struct ListSpec: Hashable, Sendable {
    /// The array's path (`relatives`, `addresses`, `addressData.attributes` for maps).
    public let path: FieldPath
    /// Item fields, relative to one item (`lastName`, `passport.no`).
    public let itemFields: [FormItem]
    /// The item fields shown as table columns.
    public let columns: [FieldPath]
    /// A map (`attributes`) rather than an array: rows are key/value pairs.
    public let isMap: Bool

    public init(path: FieldPath, itemFields: [FormItem], columns: [FieldPath], isMap: Bool = false) {
        self.path = path
        self.itemFields = itemFields
        self.columns = columns
        self.isMap = isMap
    }
}

/// One element of a section, relative to the section's base path.
public indirect enum FormItem: Hashable, Sendable {
    case field(FieldPath, FieldWidget)
    /// A titled group; `folded` groups (rarely used fields) are skipped by Tab until opened.
    case group(title: GroupTitle, items: [FormItem], folded: Bool)
    case list(ListSpec)
}

/// Titles of groups inside sections.
public enum GroupTitle: String, Hashable, Sendable {
    case residence, registration, fias, fullAddress, addressExtra, organization
    case card, employment, checks, device, identifiers, passport, credits, family
}

public struct FormSection: Hashable, Sendable {
    public let id: SectionID
    public let items: [FormItem]
}

/// The whole lead on screens. Every catalog path is reachable from some section
/// (`FormLayoutTests` walks the catalog to prove it).
public enum FormLayout {
    public static let sections: [FormSection] = [
        FormSection(id: .person, items: [
            .field("lastName", .text), .field("firstName", .text), .field("patronymic", .text),
            .field("sexId", .code(.sex)), .field("birthDate", .date), .field("birthPlace", .text),
            .field("birthCountryId", .code(.country)),
            .field("mobilePhone", .text), .field("email", .text),
            .field("inn", .text), .field("snils", .text),
            .group(title: .organization, items: [
                .field("naturalPerson", .yesNo), .field("title", .text), .field("registrationNumber", .text),
            ], folded: true),
        ]),
        FormSection(id: .passport, items: passportItems(base: "passport")),
        FormSection(id: .addresses, items: [
            .group(title: .residence, items: addressItems(base: "addressData"), folded: false),
            .group(title: .registration, items: addressItems(base: "registrationAddressData"), folded: false),
            .list(ListSpec(
                path: "addresses",
                itemFields: [.field("purposeId", .integer), .field("position", .integer)]
                    + addressItems(base: nil),
                columns: ["purposeId", "fullAddressText"])),
        ]),
        FormSection(id: .relatives, items: [
            .list(ListSpec(
                path: "relatives",
                itemFields: [
                    .field("collateralRelId", .code(.kinship)),
                    .field("lastName", .text), .field("firstName", .text), .field("patronymic", .text),
                    .field("birthDate", .date), .field("telephone", .text), .field("email", .text),
                    .field("rnn", .text), .field("workPlace", .text), .field("address", .text),
                    .field("resident", .yesNo), .field("verified", .yesNo), .field("comments", .text),
                    .group(title: .passport, items: passportItems(base: "passport"), folded: false),
                    .group(title: .identifiers, items: [.field("id", .integer)], folded: true),
                ],
                columns: ["collateralRelId", "lastName", "firstName", "telephone"])),
        ]),
        FormSection(id: .debts, items: [
            .list(ListSpec(
                path: "leadDebts",
                itemFields: [
                    .field("debtName", .text), .field("bank", .text), .field("debtBankId", .integer),
                    .field("contractNameAndDate", .text), .field("debtAmount", .money),
                    .field("remainderDebt", .money), .field("monthlyPayment", .money),
                    .field("intRate", .money), .field("paymentPeriodicity", .text),
                    .field("lastFactPaymentDate", .date), .field("availabilityDelays", .text),
                    .field("requisites", .text),
                    .group(title: .identifiers, items: [.field("id", .integer)], folded: true),
                ],
                columns: ["bank", "debtAmount", "monthlyPayment"])),
        ]),
        FormSection(id: .goods, items: [
            .list(ListSpec(
                path: "goods",
                itemFields: [
                    .field("name", .text), .field("article", .text), .field("quantity", .integer),
                    .field("amount", .money), .field("description", .text),
                    .group(title: .identifiers, items: [.field("id", .integer)], folded: true),
                ],
                columns: ["name", "quantity", "amount"])),
        ]),
        FormSection(id: .loan, items: [
            .field("creditProductId", .code(.creditProduct)), .field("amount", .money),
            .field("period", .integer), .field("periodUnit", .choice(PeriodUnit.known.map(\.rawValue))),
            .field("channel", .choice(Channel.known.map(\.rawValue))),
            .field("subdivisionId", .code(.subdivision)), .field("managerId", .code(.loanSpecialist)),
            .field("howYouKnowId", .code(.howYouKnow)), .field("gettingMoneyMethodId", .code(.moneyMethod)),
            .field("storeTypeId", .integer), .field("storeCode", .text), .field("orderCode", .text),
            .field("shopId", .integer), .field("referralLink", .text), .field("denialReasonId", .integer),
        ]),
        FormSection(id: .finances, items: [
            .field("meanIncome", .money), .field("averageMonthlyCost", .money),
            .field("monthlyCreditPayment", .money),
            .group(title: .family, items: [
                .field("childrenCount", .integer), .field("adultChildrenCount", .integer),
                .field("dependentsCount", .integer),
            ], folded: false),
            .group(title: .credits, items: [
                .field("activeCreditsCount", .integer), .field("activeCreditsAmount", .money),
                .field("activeDelinquencyAmount", .money), .field("closedCreditsCount", .integer),
                .field("delinquencyCount", .integer), .field("payedDelinquencyCount", .integer),
                .field("writtenDelinquencyCount", .integer),
            ], folded: false),
        ]),
        FormSection(id: .workAndCard, items: [
            .group(title: .employment, items: [
                .field("employerTitle", .text), .field("employerInn", .text),
            ], folded: false),
            .group(title: .card, items: [
                .field("cardNumber", .text), .field("cardHolder", .text),
                .field("validThruMonth", .text), .field("validThruYear", .text), .field("cardCvc", .text),
            ], folded: false),
        ]),
        FormSection(id: .checks, items: [
            .group(title: .checks, items: [
                .field("mobilePhoneCheck", .yesNo), .field("ipAndRegionMatch", .yesNo),
                .field("ipAndRegAddressMatch", .yesNo), .field("rosfinmonitoringCheck", .yesNo),
                .field("ufmsCheck", .yesNo), .field("approvedByScorista", .yesNo),
            ], folded: false),
            .list(ListSpec(
                path: "extraFields",
                itemFields: [
                    .field("key", .text), .field("value", .text),
                    .group(title: .identifiers, items: [.field("id", .integer)], folded: true),
                ],
                columns: ["key", "value"])),
            .group(title: .device, items: [
                .field("ipAddress", .text), .field("macAddress", .text), .field("deviceTypeId", .integer),
            ], folded: true),
            .group(title: .identifiers, items: [
                .field("id", .integer), .field("clientId", .integer),
            ], folded: true),
        ]),
    ]

    public static func section(_ id: SectionID) -> FormSection {
        sections.first { $0.id == id } ?? sections[0]
    }

    static func passportItems(base: FieldPath) -> [FormItem] {
        func p(_ leaf: String) -> FieldPath { base.appending(leaf) }
        return [
            .field(p("seria"), .text), .field(p("no"), .text), .field(p("issueDate"), .date),
            .field(p("manager"), .text), .field(p("subdivisionCode"), .text),
            .field(p("closeDate"), .date), .field(p("extraNumber"), .text),
            .field(p("complementaryDocTypeId"), .code(.documentType)),
            .group(title: .identifiers, items: [.field(p("id"), .integer)], folded: true),
        ]
    }

    /// An address: the three FIAS fields first (what the core prefers), then the full
    /// structure, then the rarely used rest, folded.
    static func addressItems(base: FieldPath?) -> [FormItem] {
        func p(_ leaf: String) -> FieldPath {
            base.map { $0.appending(leaf) } ?? FieldPath([.key(leaf)])
        }
        let chain: FieldPath = p("fiasChain")
        return [
            .group(title: .fias, items: [
                .field(p("countryId"), .code(.country)), .field(p("fiasId"), .text),
                .field(p("fullAddressText"), .text),
            ], folded: false),
            .group(title: .fullAddress, items: [
                .field(p("postalCode"), .text), .field(p("regionName"), .text),
                .field(p("localityName"), .text), .field(p("streetName"), .text),
                .field(p("houseNo"), .text), .field(p("blockNo"), .text),
                .field(p("buildingNo"), .text), .field(p("apartmentNo"), .text),
                .field(p("regDate"), .date), .field(p("telephone"), .text),
                .field(p("housingType"), .text), .field(p("metroStation"), .text),
            ], folded: false),
            .group(title: .addressExtra, items: [
                .field(p("oldAddressText"), .text), .field(p("timeZone"), .text),
                .field(p("fiasChainText"), .text),
                .field(chain.appending("id"), .text), .field(chain.appending("level"), .integer),
                .field(chain.appending("name"), .text), .field(chain.appending("type"), .text),
                .field(chain.appending("settlement"), .yesNo), .field(chain.appending("parents"), .json),
                .list(ListSpec(path: p("attributes"), itemFields: [], columns: [], isMap: true)),
                .field(p("id"), .integer),
            ], folded: true),
        ]
    }
}

extension FormLayout {
    /// Every field pattern in screen order, with its widget.
    public static let fieldOrder: [(FieldPath, FieldWidget)] = sections.flatMap { fields(of: $0.items) }

    /// A section's (or a group's) field patterns in screen order, with their widgets.
    static func fields(of items: [FormItem], base: [FieldPath.Component] = []) -> [(FieldPath, FieldWidget)] {
        items.flatMap { item -> [(FieldPath, FieldWidget)] in
            switch item {
            case .field(let p, let w): return [(FieldPath(base + p.components), w)]
            case .group(_, let inner, _): return fields(of: inner, base: base)
            case .list(let spec) where !spec.isMap:
                return fields(of: spec.itemFields, base: base + spec.path.components + [.anyIndex])
            case .list: return []
            }
        }
    }

    private static let positions: [FieldPath: Int] = {
        var out: [FieldPath: Int] = [:]
        for (i, entry) in fieldOrder.enumerated() where out[entry.0] == nil { out[entry.0] = i }
        return out
    }()

    private static let widgets: [FieldPath: FieldWidget] = {
        var out: [FieldPath: FieldWidget] = [:]
        for (path, widget) in fieldOrder where out[path] == nil { out[path] = widget }
        return out
    }()

    /// The widget a field is edited with (by its catalog pattern).
    public static func widget(for path: FieldPath) -> FieldWidget? { widgets[path.pattern] }

    /// Where a field comes on the screens, for ordering summaries.
    public static func position(of path: FieldPath) -> Int { positions[path.pattern] ?? Int.max }
}
