import LeadModel

extension Lead {
    /// A new lead started from a client the core knows (lookup) or from the core's
    /// new-client template: who they are, their passport, phones and addresses.
    /// Nothing about the loan is carried over.
    public init(prefilledFrom client: Client) {
        self.init()
        lastName = client.lastName
        firstName = client.firstName
        patronymic = client.patronymic
        sexId = client.sexId
        birthDate = client.birthDate
        birthPlace = client.birthPlace
        birthCountryId = client.birthCountryId
        naturalPerson = client.naturalPerson
        title = client.title
        snils = client.snils
        mobilePhone = client.mobilePhone
        email = client.email
        addressData = client.addressData
        registrationAddressData = client.registrationAddressData
        addresses = client.addresses
        howYouKnowId = client.howYouKnowId
        managerId = client.managerId
        if var passport = client.passport {
            passport.id = nil // the lead's passport is a new record; the core links by seria/no
            self.passport = passport
        }
        if let children = client.childrenCount, let narrow = Int32(exactly: children) {
            childrenCount = narrow
        }
        dependentsCount = client.dependentsCount
        meanIncome = client.meanIncome
        averageMonthlyCost = client.averageMonthlyCost
    }
}
