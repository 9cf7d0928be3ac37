import Foundation
import LeadModel
import LeadRules
@testable import LeadApp

/// The fixed people, leads, drafts and outbox entries the goldens show: no real clock, no
/// random ids, so a golden changes only when a screen does.
enum GoldenData {
    static func client(id: Int64, last: String, first: String, patronymic: String?, phone: String,
                       born: LeadModel.CalendarDate?, seria: String, number: String) -> Client {
        var client = Client()
        client.id = id
        client.lastName = last
        client.firstName = first
        client.patronymic = patronymic
        client.mobilePhone = phone
        client.birthDate = born
        var passport = Passport()
        passport.seria = seria
        passport.no = number
        passport.issueDate = LeadModel.CalendarDate(year: 2012, month: 3, day: 14)
        passport.manager = "ОУФМС России по г. Москве"
        client.passport = passport
        return client
    }

    static let clients = [
        client(id: 5, last: "Петрова", first: "Анна", patronymic: "Сергеевна", phone: "79161234567",
               born: LeadModel.CalendarDate(year: 1990, month: 4, day: 12), seria: "4510", number: "123456"),
        client(id: 7, last: "Ким", first: "Виктор", patronymic: nil, phone: "79035550101",
               born: LeadModel.CalendarDate(year: 1979, month: 11, day: 2), seria: "4603", number: "654321"),
    ]

    static func lead(last: String, first: String, patronymic: String, phone: String) -> Lead {
        var lead = Lead()
        lead.lastName = last
        lead.firstName = first
        lead.patronymic = patronymic
        lead.mobilePhone = phone
        return lead
    }

    static let leadRecords = [
        LeadRecord(lead: lead(last: "Петрова", first: "Анна", patronymic: "Сергеевна", phone: "79161234567"),
                   info: LeadRecordInfo(id: 1042, clientId: 5, currentStatus: "WAITING")),
        LeadRecord(lead: lead(last: "Петрова", first: "Анна", patronymic: "Сергеевна", phone: "79161234567"),
                   info: LeadRecordInfo(id: 987, clientId: 5, currentStatus: "TECH_FAULT")),
    ]

    static let status = LeadStatusReport(
        info: LeadRecordInfo(id: 1042, clientId: 5, loanApplicationId: 77, currentStatus: "TECH_FAULT"),
        records: [LeadStatusRecord(status: "TECH_FAULT", info: "code: METADATA__EMPTY_REQUIRED_FIELD; message: snils")])

    static let drafts = [
        DraftListing(id: "draft-a", owner: "ivanova", updated: "03.12 09:41", title: "Иванов Иван Иванович",
                     completeness: 0.75, editingLeadID: nil),
        DraftListing(id: "draft-b", owner: "ivanova", updated: "02.12 17:05", title: "Петрова Анна Сергеевна",
                     completeness: 0.2, editingLeadID: 1042),
    ]

    /// The leads the core took from the outbox lately, with their numbers.
    static let sent = [
        SentListing(outboxID: 2, leadID: 48213, when: "04.12 09:41", title: "Сидоров Пётр Ильич"),
        SentListing(outboxID: 1, leadID: 48170, when: "03.12 17:05", title: ""),
    ]

    static let outbox = [
        OutboxRow(id: 3, title: "Иванов Иван Иванович", editingLeadID: nil, attempts: 2, needsCvc: true,
                  lastError: "http.503: The core at https://core.bank.local answered HTTP 503."),
        OutboxRow(id: 4, title: "Петрова Анна Сергеевна", editingLeadID: 1042, attempts: 1, needsCvc: false,
                  lastError: "unreachable: The core at https://core.bank.local is unreachable (connection refused)."),
    ]

    /// The vendor's sample lead with its two defects corrected (as `Fixture` has it).
    static func sample() throws -> Lead { try Fixture.correctedSample() }

    /// Stubs that know all of the above, and accept a lead unless told otherwise.
    static func services(context: FormContext) throws -> StubServices {
        var services = StubServices()
        services.clients = clients
        services.leads = leadRecords
        services.drafts = drafts
        services.draftForms = ["draft-a": (EntryForm(lead: try sample(), context: context), .new)]
        services.outbox = outbox
        services.sent = sent
        services.statuses = [1042: status]
        return services
    }
}
