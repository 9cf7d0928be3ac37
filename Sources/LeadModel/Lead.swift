/// A loan lead exactly as the core's `POST /bs-core/main/leads` and `PUT …/leads/{id}` take it.
///
/// Every property is optional: the core decides what is required (its Model Editor), and
/// encoding leaves out whatever is not set, so a nil is never sent as `null`. Unknown keys
/// from a newer core are ignored on decoding; unknown `channel`/`periodUnit` values are kept.
public struct Lead: Codable, Hashable, Sendable {
    // Identity of the lead itself
    public var id: Int64?
    public var clientId: Int64?
    public var shopId: Int64?
    public var channel: Channel?

    // Person
    public var lastName: String?
    public var firstName: String?
    public var patronymic: String?
    public var sexId: Int64?
    public var birthDate: CalendarDate?
    public var birthPlace: String?
    /// Citizenship, from the Countries dictionary.
    public var birthCountryId: Int64?
    public var inn: String?
    public var snils: String?
    public var mobilePhone: String?
    public var email: String?
    public var naturalPerson: Bool?
    /// Organization name, for a legal entity.
    public var title: String?
    /// OGRN (or OGRNIP), for a legal entity.
    public var registrationNumber: String?

    // Documents and addresses
    public var passport: Passport?
    public var addressData: Address?
    public var registrationAddressData: Address?
    public var addresses: [Address]?

    // People and obligations
    public var relatives: [Relative]?
    public var leadDebts: [LeadDebt]?
    public var goods: [Good]?

    // Loan
    public var creditProductId: Int64?
    public var amount: Double?
    public var period: Int32?
    public var periodUnit: PeriodUnit?
    public var subdivisionId: Int64?
    public var managerId: Int64?
    public var howYouKnowId: Int64?
    public var gettingMoneyMethodId: Int64?
    public var storeTypeId: Int64?
    public var storeCode: String?
    public var orderCode: String?
    public var denialReasonId: Int64?
    public var referralLink: String?

    // Finances and credit history
    public var meanIncome: Double?
    public var averageMonthlyCost: Double?
    public var monthlyCreditPayment: Double?
    public var childrenCount: Int32?
    public var adultChildrenCount: Int32?
    public var dependentsCount: Int32?
    public var activeCreditsCount: Int32?
    public var activeCreditsAmount: Double?
    public var activeDelinquencyAmount: Double?
    public var closedCreditsCount: Int32?
    public var delinquencyCount: Int32?
    public var payedDelinquencyCount: Int32?
    public var writtenDelinquencyCount: Int32?

    // Employment
    public var employerTitle: String?
    public var employerInn: String?

    // Card (PCI DSS data: the CVC must never be written to disk)
    public var cardNumber: String?
    public var cardHolder: String?
    public var validThruMonth: String?
    public var validThruYear: String?
    public var cardCvc: String?

    // Checks
    public var mobilePhoneCheck: Bool?
    public var ipAndRegionMatch: Bool?
    public var ipAndRegAddressMatch: Bool?
    public var rosfinmonitoringCheck: Bool?
    public var ufmsCheck: Bool?
    public var approvedByScorista: Bool?

    // Device and origin
    public var ipAddress: String?
    public var macAddress: String?
    public var deviceTypeId: Int64?

    public var extraFields: [ExtraField]?

    public init() {}
}
