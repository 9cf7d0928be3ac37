/// What the call centre searches the core by (`clients/partial-load`, page 736).
public enum ClientSearchKey: Hashable, Sendable {
    /// The mobile phone as the core stores it: digits only, e.g. `79161234567`.
    case mobilePhone(String)
    /// Passport series and number, digits as printed in the passport.
    case passport(seria: String, number: String)
    /// Last name and date of birth together (a name alone matches too many people).
    case nameAndBirthDate(lastName: String, birthDate: CalendarDate)
}

/// What leads are searched by (`leads/partial-load`, page 735).
public enum LeadSearchKey: Hashable, Sendable {
    /// The client's mobile phone, digits only.
    case mobilePhone(String)
}

/// One page of a search: the records `from ..< from + size` in the core's order
/// (sent as `countFrom` / `countTo`). Never more than a screen's worth at once.
public struct SearchPage: Hashable, Sendable {
    public var from: Int
    public var size: Int

    public init(from: Int = 0, size: Int) {
        self.from = max(0, from)
        self.size = max(1, size)
    }

    public var next: SearchPage { SearchPage(from: from + size, size: size) }
    public var previous: SearchPage { SearchPage(from: max(0, from - size), size: size) }
}

/// One record of a lead's check (`GET leads/{id}/statuses`): `APPROVED`, `TECH_FAULT`…,
/// with the core's explanation (e.g. `code: METADATA__EMPTY_REQUIRED_FIELD; message: snils`).
public struct LeadStatusRecord: Codable, Hashable, Sendable {
    public var status: String?
    public var info: String?
    /// Unix milliseconds, when the core gives it.
    public var date: Int64?

    public init(status: String? = nil, info: String? = nil, date: Int64? = nil) {
        self.status = status
        self.info = info
        self.date = date
    }
}

/// Who the session belongs to (`GET /bs-core/utils/session/whoami`, vendor beta docs).
public struct SessionInfo: Codable, Hashable, Sendable {
    public var userId: Int64?
    public var branchId: Int64?
    public var subdivisionId: Int64?
    public var legalEntityId: Int64?
    public var accessRightId: Int64?
    public var customerKey: String?

    public init(userId: Int64? = nil, branchId: Int64? = nil, subdivisionId: Int64? = nil,
                legalEntityId: Int64? = nil, accessRightId: Int64? = nil, customerKey: String? = nil) {
        self.userId = userId
        self.branchId = branchId
        self.subdivisionId = subdivisionId
        self.legalEntityId = legalEntityId
        self.accessRightId = accessRightId
        self.customerKey = customerKey
    }
}

/// What the FIAS gateway (`getFiasId`, vendor page 533) made of an address typed as words.
public enum FiasLookup: Hashable, Sendable {
    /// One address: its FIAS id (36 characters with hyphens) and, when the gateway gives it,
    /// the address as FIAS writes it.
    case found(fiasId: String, address: String?)
    /// The gateway knows no such address.
    case noMatch
    /// The words fit several addresses (how many, when the gateway says): type more of it.
    case ambiguous(count: Int?)
}

extension ClientSearchKey {
    /// Whether `client` is one the key asks for, compared the way the simulator and the
    /// vendor's examples compare (phone digits, passport series and number without spaces,
    /// last name case-insensitively with the exact birth date). A caller shows only such
    /// clients, whatever else a core sends back: nobody sees a person they did not ask for.
    public func matches(_ client: Client) -> Bool {
        func bare(_ text: String?) -> String { (text ?? "").filter { !$0.isWhitespace } }
        switch self {
        case .mobilePhone(let digits):
            return bare(client.mobilePhone) == bare(digits)
        case .passport(let seria, let number):
            return bare(client.passport?.seria) == bare(seria) && bare(client.passport?.no) == bare(number)
        case .nameAndBirthDate(let lastName, let birthDate):
            return bare(client.lastName).lowercased() == bare(lastName).lowercased() && client.birthDate == birthDate
        }
    }
}

extension LeadSearchKey {
    /// Whether the lead `record` is one the key asks for (see `ClientSearchKey.matches`).
    public func matches(_ record: LeadRecord) -> Bool {
        switch self {
        case .mobilePhone(let digits):
            return (record.lead.mobilePhone ?? "").filter { !$0.isWhitespace } == digits.filter { !$0.isWhitespace }
        }
    }
}
