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
