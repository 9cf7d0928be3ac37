/// A client as the core returns it from `clients/find/{ids}`, `clients/{id}` and `clients/init`: the fields an
/// operator needs to see (see `client-fields.md`). Only fields whose JSON names the docs
/// establish are decoded; the rest of the core's client object is ignored.
public struct Client: Codable, Hashable, Sendable {
    public var id: Int64?
    public var lastName: String?
    public var firstName: String?
    public var patronymic: String?
    public var sexId: Int64?
    public var birthDate: CalendarDate?
    public var birthPlace: String?
    public var birthCountryId: Int64?
    public var resident: Bool?
    public var naturalPerson: Bool?
    public var businessman: Bool?
    public var title: String?
    public var passport: Passport?
    public var snils: String?
    public var mobilePhone: String?
    public var email: String?
    public var addressData: Address?
    public var registrationAddressData: Address?
    public var addresses: [Address]?
    public var childrenCount: Int64?
    public var dependentsCount: Int32?
    public var meanIncome: Double?
    public var averageMonthlyCost: Double?
    public var managerId: Int64?
    public var howYouKnowId: Int64?
    public var cardNumber: String?

    public init() {}

    /// "Фамилия Имя Отчество", skipping the parts that are missing.
    public var fullName: String {
        [lastName, firstName, patronymic].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// What the core adds to a lead it has stored (`GET leads/{id}`, `leads/find/...`).
public struct LeadRecordInfo: Codable, Hashable, Sendable {
    public var id: Int64?
    public var clientId: Int64?
    public var loanApplicationId: Int64?
    /// e.g. `CHECK`, `TECH_FAULT`, `WAITING`.
    public var currentStatus: String?
    /// e.g. `FAILED`.
    public var currentBusinessStatus: String?
    /// Unix milliseconds.
    public var creationDate: Int64?

    public init(id: Int64? = nil, clientId: Int64? = nil, loanApplicationId: Int64? = nil,
                currentStatus: String? = nil, currentBusinessStatus: String? = nil,
                creationDate: Int64? = nil) {
        self.id = id; self.clientId = clientId; self.loanApplicationId = loanApplicationId
        self.currentStatus = currentStatus; self.currentBusinessStatus = currentBusinessStatus
        self.creationDate = creationDate
    }
}

/// A stored lead: the lead itself and the core's bookkeeping about it, decoded from one object.
public struct LeadRecord: Decodable, Hashable, Sendable {
    public var lead: Lead
    public var info: LeadRecordInfo

    public init(lead: Lead, info: LeadRecordInfo) {
        self.lead = lead
        self.info = info
    }

    public init(from decoder: Decoder) throws {
        lead = try Lead(from: decoder)
        info = try LeadRecordInfo(from: decoder)
    }
}

/// One entry of a core dictionary (countries, credit products…).
public struct DictionaryEntry: Codable, Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var code: String?

    public init(id: Int64, name: String, code: String? = nil) {
        self.id = id
        self.name = name
        self.code = code
    }
}
