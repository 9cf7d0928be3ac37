import Foundation
import LeadModel

/// The lead's check, as the vendor's "client and application from a lead" scenario runs it:
/// a lead is created `WAITING` with no client; its check links it to a client (or makes one),
/// decides, and records why. The simulator's rule set (the vendor's is configured per bank and
/// not published) is small and fixed:
///
/// - `NO_PASSPORT_ERROR`: no passport series or number;
/// - `NO_PASSPORT_ISSUE_DATE_ERROR`: a passport without its issue date;
/// - `METADATA__EMPTY_REQUIRED_FIELD; message: <field>`: `lastName`, `birthDate` or `snils` empty;
/// - `LOAN_AMOUNT_GREATER_THAN_MAX_LOAN_AMOUNT_ERROR`: an amount over 1 000 000.
///
/// None of them: `APPROVED`, with a new `loanApplicationId`. Any of them: `DENIED`, one status
/// record each. Either way the lead gets its client (the dedup rule below). A lead that is no
/// longer `WAITING` is refused with `UNEXPECTED_LEAD_STATUS_VALUE`.
extension SimulatorState {
    static let maxLoanAmount = 1_000_000.0
    static let firstLoanApplicationId: Int64 = 7_000_100

    func checkLead(id: Int64) -> SimReply {
        guard let index = data.leads.firstIndex(where: { $0.id == id }) else {
            return .error(404, "Лид с идентификатором \(id) не найден")
        }
        guard data.leads[index].currentStatus == "WAITING" else {
            return .error(400, "Неожиданное значение статуса лида: \(data.leads[index].currentStatus)",
                          code: "UNEXPECTED_LEAD_STATUS_VALUE", type: "BUSINESS")
        }
        let lead = data.leads[index].lead
        let now = SimReply.nowMillis()
        var records = [LeadStatusRecord(status: "CHECK", info: "", date: now)]
        let problems = Self.checkProblems(lead)
        data.leads[index].clientId = linkOrCreateClient(for: lead)
        if problems.isEmpty {
            let applicationId = data.nextLoanApplicationId ?? Self.firstLoanApplicationId
            data.nextLoanApplicationId = applicationId + 1
            data.leads[index].loanApplicationId = applicationId
            data.leads[index].currentStatus = "APPROVED"
            records.append(LeadStatusRecord(status: "APPROVED", info: "", date: now))
        } else {
            data.leads[index].currentStatus = "DENIED"
            records += problems.map { LeadStatusRecord(status: "DENIED", info: $0, date: now) }
        }
        data.leads[index].statuses = (data.leads[index].statuses ?? []) + records
        persist()
        options.logger.info("lead checked", metadata: ["leadId": "\(id)", "status": "\(data.leads[index].currentStatus)"])
        return .ok(.bool(true), committed: true)
    }

    func leadStatuses(id: Int64) -> SimReply {
        guard let stored = data.leads.first(where: { $0.id == id }) else {
            return .error(404, "Лид с идентификатором \(id) не найден")
        }
        return .ok((try? WireCoding.tree(stored.statuses ?? [])) ?? .array([]))
    }

    /// The rule set above, as the `info` texts of the records (the vendor's `code: …; message: …`).
    static func checkProblems(_ lead: Lead) -> [String] {
        func empty(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        var out: [String] = []
        if empty(lead.passport?.seria) || empty(lead.passport?.no) {
            out.append("code: NO_PASSPORT_ERROR; message: passport")
        } else if lead.passport?.issueDate == nil {
            out.append("code: NO_PASSPORT_ISSUE_DATE_ERROR; message: passport.issueDate")
        }
        if empty(lead.lastName) { out.append("code: METADATA__EMPTY_REQUIRED_FIELD; message: lastName") }
        if lead.birthDate == nil { out.append("code: METADATA__EMPTY_REQUIRED_FIELD; message: birthDate") }
        if empty(lead.snils) { out.append("code: METADATA__EMPTY_REQUIRED_FIELD; message: snils") }
        if let amount = lead.amount, amount > maxLoanAmount {
            out.append("code: LOAN_AMOUNT_GREATER_THAN_MAX_LOAN_AMOUNT_ERROR; message: amount")
        }
        return out
    }

    /// The documented dedup rule: the same last name, first name, patronymic, passport series
    /// and number as a known client links the lead to that client; otherwise a new client is
    /// made from the lead. All five must be present to match (a lead with no passport never
    /// links), and they are compared after trimming spaces, as entered.
    func linkOrCreateClient(for lead: Lead) -> Int64 {
        func key(_ parts: String?...) -> [String]? {
            let trimmed = parts.map { ($0 ?? "").trimmingCharacters(in: .whitespaces) }
            return trimmed.contains(where: \.isEmpty) ? nil : trimmed
        }
        if let wanted = key(lead.lastName, lead.firstName, lead.patronymic, lead.passport?.seria, lead.passport?.no),
           let match = data.clients.first(where: {
               key($0.lastName, $0.firstName, $0.patronymic, $0.passport?.seria, $0.passport?.no) == wanted
           }), let id = match.id {
            return id
        }
        let id = data.nextClientId
        data.nextClientId += 1
        var c = Client()
        c.id = id
        c.lastName = lead.lastName; c.firstName = lead.firstName; c.patronymic = lead.patronymic
        c.sexId = lead.sexId; c.birthDate = lead.birthDate; c.birthPlace = lead.birthPlace
        c.birthCountryId = lead.birthCountryId; c.snils = lead.snils
        c.naturalPerson = lead.naturalPerson ?? true; c.title = lead.title
        c.passport = lead.passport; c.mobilePhone = lead.mobilePhone; c.email = lead.email
        c.addressData = lead.addressData; c.registrationAddressData = lead.registrationAddressData
        c.addresses = lead.addresses
        c.childrenCount = lead.childrenCount.map(Int64.init); c.dependentsCount = lead.dependentsCount
        c.meanIncome = lead.meanIncome; c.averageMonthlyCost = lead.averageMonthlyCost
        c.managerId = lead.managerId; c.howYouKnowId = lead.howYouKnowId
        data.clients.append(c)
        return id
    }
}
