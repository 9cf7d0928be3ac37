/// A loan the borrower is currently paying (`leadDebts[]`).
public struct LeadDebt: Codable, Hashable, Sendable {
    public var id: Int64?
    public var debtName: String?
    public var bank: String?
    public var debtBankId: Int64?
    public var contractNameAndDate: String?
    public var debtAmount: Double?
    public var remainderDebt: Double?
    public var monthlyPayment: Double?
    public var intRate: Double?
    public var paymentPeriodicity: String?
    public var lastFactPaymentDate: CalendarDate?
    public var availabilityDelays: String?
    public var requisites: String?

    public init(id: Int64? = nil, debtName: String? = nil, bank: String? = nil,
                debtBankId: Int64? = nil, contractNameAndDate: String? = nil,
                debtAmount: Double? = nil, remainderDebt: Double? = nil,
                monthlyPayment: Double? = nil, intRate: Double? = nil,
                paymentPeriodicity: String? = nil, lastFactPaymentDate: CalendarDate? = nil,
                availabilityDelays: String? = nil, requisites: String? = nil) {
        self.id = id; self.debtName = debtName; self.bank = bank; self.debtBankId = debtBankId
        self.contractNameAndDate = contractNameAndDate; self.debtAmount = debtAmount
        self.remainderDebt = remainderDebt; self.monthlyPayment = monthlyPayment
        self.intRate = intRate; self.paymentPeriodicity = paymentPeriodicity
        self.lastFactPaymentDate = lastFactPaymentDate; self.availabilityDelays = availabilityDelays
        self.requisites = requisites
    }
}

/// An item bought on credit (`goods[]`).
public struct Good: Codable, Hashable, Sendable {
    public var id: Int64?
    public var name: String?
    public var article: String?
    public var description: String?
    public var quantity: Int32?
    public var amount: Double?

    public init(id: Int64? = nil, name: String? = nil, article: String? = nil,
                description: String? = nil, quantity: Int32? = nil, amount: Double? = nil) {
        self.id = id; self.name = name; self.article = article
        self.description = description; self.quantity = quantity; self.amount = amount
    }
}

/// A value handed to the decision system (`extraFields[]`); the key's prefix (`client.`,
/// `loanApplication.`, `contract.`) says where it goes. A value is never sent as null: the
/// core fails the whole commit on it, so a nil value is left out of the JSON.
public struct ExtraField: Codable, Hashable, Sendable {
    public var id: Int64?
    public var key: String?
    public var value: String?

    public init(id: Int64? = nil, key: String? = nil, value: String? = nil) {
        self.id = id; self.key = key; self.value = value
    }
}
