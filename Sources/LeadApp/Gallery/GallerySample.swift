import LeadModel
import LeadRules

/// The lead the gallery and `tui-bench` open: something in every kind of field the form has
/// (text, masked phone, date, code list, yes/no, money, a list with rows), so each widget
/// shows filled in.
package enum GallerySample {
    /// Russian rules and the minimal profile, checked against `today`.
    package static func context(language: Language, today: CalendarDate) -> FormContext {
        let country = CountryProfiles.defaultProfile
        let requirement = RequirementProfile.minimal
        return FormContext(
            rules: FieldRules(country: country),
            validator: LeadValidator(profile: requirement, country: country, ageRange: 18...100, today: today),
            profile: requirement, language: language)
    }

    /// The sample lead with `relatives` rows in its relatives list.
    package static func lead(relatives: Int = 2) -> Lead {
        var lead = Lead()
        lead.channel = .loanApplication
        lead.lastName = "Иванов"
        lead.firstName = "Иван"
        lead.patronymic = "Иванович"
        lead.sexId = 101251
        lead.birthDate = CalendarDate(year: 1987, month: 7, day: 29)
        lead.birthPlace = "Москва"
        lead.birthCountryId = 101042
        lead.mobilePhone = "79057357014"
        lead.email = "ivanov@example.ru"
        lead.naturalPerson = true
        lead.passport = Passport(seria: "1222", no: "125523", issueDate: CalendarDate(year: 2006, month: 11, day: 11),
                                 manager: "УВД", subdivisionCode: "989-098")
        lead.amount = 150_000
        lead.period = 12
        lead.periodUnit = .months
        lead.meanIncome = 85_000.5
        lead.rosfinmonitoringCheck = true
        lead.relatives = (0..<relatives).map(relative)
        return lead
    }

    private static let kinship: [Int64] = [102143, 102144, 102141, 102146]
    private static let names = ["Иванова", "Петров", "Сидорова", "Кузнецов"]

    private static func relative(_ i: Int) -> Relative {
        Relative(collateralRelId: kinship[i % kinship.count], lastName: names[i % names.count],
                 firstName: i % 2 == 0 ? "Мария" : "Пётр", patronymic: i % 2 == 0 ? "Петровна" : "Иванович",
                 birthDate: CalendarDate(year: 1950 + i % 50, month: 1 + i % 12, day: 1 + i % 28),
                 telephone: "7916" + String(1_000_000 + i % 9_000_000), resident: i % 3 != 0)
    }
}
