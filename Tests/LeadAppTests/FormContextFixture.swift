import LeadModel
import LeadRules
@testable import LeadApp

/// The real rules, a fixed "today", Russian messages: what the branch app runs with.
enum Fixture {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    static func context(profile: String = "minimal") -> FormContext {
        let country = CountryProfiles.profile(code: "RU")!
        let requirement = RequirementProfile.builtIn(named: profile)!
        return FormContext(
            rules: FieldRules(country: country),
            validator: LeadValidator(profile: requirement, country: country, ageRange: 18...100, today: today),
            profile: requirement, language: .ru)
    }

    /// The vendor's sample with its two defects corrected.
    static func correctedSample() throws -> Lead {
        var lead = try WireCoding.decode(Lead.self, from: Data(sampleJSON.utf8))
        lead.addressData?.countryId = 101042
        lead.periodUnit = .months
        lead.period = 12
        return lead
    }

    static let sampleJSON = #"""
    {"channel":"ECOMM","lastName":"Иванов","firstName":"Иван","patronymic":"Иванович","sexId":101251,
     "birthDate":"1987-07-29","birthPlace":"Москва",
     "passport":{"seria":"1222","no":"125523","issueDate":"2006-11-11","closeDate":"2032-07-29","manager":"УВД","subdivisionCode":"989-098"},
     "mobilePhone":"79057357014","amount":4499,"period":0,
     "addressData":{"fiasId":"77523bc3-b053-456b-b99b-0a26e2e6af0c","fullAddressText":"г Москва, наб Академика Туполева, д 15 к 12"},
     "registrationAddressData":{"countryId":101043,"houseNo":"8","apartmentNo":"4","postalCode":"100115","regDate":"2017-08-15","regionName":"г. Ташкент","localityName":"г. Ташкент","streetName":"ул. АРНАСОЙ"},
     "addresses":[{"purposeId":1,"countryId":101042,"fiasId":"6fe4f702-b9f1-4e0d-890a-be9963f64a21","fullAddressText":"Московская обл, г Химки, кв-л Старбеево, кв-л Ленина, д 5, кв 14"}],
     "extraFields":[{"key":"client.education.id","value":"1011010"},{"key":"contract.loanStage","value":"5"}],
     "storeCode":"102072","orderCode":"58","rosfinmonitoringCheck":true}
    """#
}

import Foundation
