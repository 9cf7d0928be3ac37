import Foundation
import Testing
@testable import LeadModel

@Test func sampleDecodesAndKeepsUnknownPeriodUnit() throws {
    let url = try #require(Bundle.module.url(forResource: "sample-lead", withExtension: "json", subdirectory: "Fixtures"))
    let lead = try WireCoding.decode(Lead.self, from: Data(contentsOf: url))
    #expect(lead.firstName == "Иван")
    #expect(lead.periodUnit?.rawValue == "DAYS;MONTHS;YEARS")
    #expect(lead.periodUnit?.isKnown == false)
    #expect(lead.addressData?.countryId == nil) // the sample misspells it as counryId
    #expect(lead.passport?.issueDate == CalendarDate(year: 2006, month: 11, day: 11))
    #expect(FieldCatalog.all.count == 209)
}
