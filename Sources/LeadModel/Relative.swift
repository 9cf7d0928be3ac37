/// A relative or contact person of the borrower (`relatives[]`).
public struct Relative: Codable, Hashable, Sendable {
    public var id: Int64?
    /// Kinship code (wife, son, colleague…).
    public var collateralRelId: Int64?
    public var lastName: String?
    public var firstName: String?
    public var patronymic: String?
    public var birthDate: CalendarDate?
    public var telephone: String?
    public var email: String?
    /// The relative's INN (the core calls it `rnn`).
    public var rnn: String?
    public var workPlace: String?
    public var address: String?
    public var resident: Bool?
    public var verified: Bool?
    public var comments: String?
    public var passport: Passport?

    public init(id: Int64? = nil, collateralRelId: Int64? = nil, lastName: String? = nil,
                firstName: String? = nil, patronymic: String? = nil, birthDate: CalendarDate? = nil,
                telephone: String? = nil, email: String? = nil, rnn: String? = nil,
                workPlace: String? = nil, address: String? = nil, resident: Bool? = nil,
                verified: Bool? = nil, comments: String? = nil, passport: Passport? = nil) {
        self.id = id; self.collateralRelId = collateralRelId; self.lastName = lastName
        self.firstName = firstName; self.patronymic = patronymic; self.birthDate = birthDate
        self.telephone = telephone; self.email = email; self.rnn = rnn; self.workPlace = workPlace
        self.address = address; self.resident = resident; self.verified = verified
        self.comments = comments; self.passport = passport
    }
}
