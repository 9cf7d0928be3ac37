import Foundation
import LeadModel
import LeadRules

/// What the core says about a stored lead: its status, the client and application it made,
/// and the records of its checks.
public struct LeadStatusReport: Hashable, Sendable {
    public var currentStatus: String?
    public var clientId: Int64?
    public var loanApplicationId: Int64?
    public var records: [LeadStatusRecord]

    public init(info: LeadRecordInfo, records: [LeadStatusRecord]) {
        currentStatus = info.currentStatus
        clientId = info.clientId
        loanApplicationId = info.loanApplicationId
        self.records = records
    }
}

/// The lead's check and status (after an accepted create, or on a lead opened by number):
/// F7 sends the check, F5 reads the status again, Esc goes back to where it was opened.
public struct LeadStatusScreen: Hashable, Sendable {
    public let leadId: Int64
    public var report: LeadStatusReport?
    public var busy: Bool
    public var message: LocalizedText?

    public init(leadId: Int64, busy: Bool = true) {
        self.leadId = leadId
        self.busy = busy
    }

    /// The lines the screen shows, in the operator's words.
    public func lines(in language: Language) -> [String] {
        guard let report else { return [] }
        func t(_ text: LocalizedText) -> String { text.text(in: language) }
        var out = [t(LocalizedText(ru: "Статус: ", en: "Status: ")) + t(LeadStatusWords.name(report.currentStatus))]
        if let client = report.clientId { out.append(t(LocalizedText(ru: "Клиент № \(client)", en: "Client #\(client)"))) }
        if let application = report.loanApplicationId {
            out.append(t(LocalizedText(ru: "Заявка на заём № \(application)", en: "Loan application #\(application)")))
        }
        if !report.records.isEmpty {
            out.append("")
            out.append(t(LocalizedText(ru: "Записи проверки:", en: "Check records:")))
            for record in report.records {
                let info = record.info.map(LeadStatusWords.plain).flatMap { $0.isEmpty ? nil : " — " + t(LeadStatusWords.explain($0)) } ?? ""
                out.append("• " + t(LeadStatusWords.name(record.status)) + info)
            }
        }
        return out
    }
}

/// The core's status words (`CHECK`, `TECH_FAULT`…) and check explanations in staff words.
public enum LeadStatusWords {
    static let known: [String: LocalizedText] = [
        "NEW": LocalizedText(ru: "новая", en: "new"),
        "CHECK": LocalizedText(ru: "на проверке", en: "being checked"),
        "WAITING": LocalizedText(ru: "ожидает проверки", en: "waiting for the check"),
        "APPROVED": LocalizedText(ru: "одобрена", en: "approved"),
        "DENIED": LocalizedText(ru: "отказ", en: "denied"),
        "TECH_FAULT": LocalizedText(ru: "техническая ошибка проверки", en: "technical fault in the check"),
        "FAILED": LocalizedText(ru: "не выполнена", en: "failed"),
    ]

    /// The check's refusal codes the vendor's scenarios name.
    static let codes: [String: LocalizedText] = [
        "NO_PASSPORT_ERROR": LocalizedText(ru: "в заявке нет паспорта", en: "the lead has no passport"),
        "NO_PASSPORT_ISSUE_DATE_ERROR": LocalizedText(ru: "не указана дата выдачи паспорта", en: "the passport's issue date is missing"),
        "LOAN_AMOUNT_GREATER_THAN_MAX_LOAN_AMOUNT_ERROR": LocalizedText(ru: "сумма больше наибольшей возможной",
                                                                        en: "the amount is over the largest possible"),
    ]

    /// A status in words; one the app does not know is shown as the core wrote it.
    public static func name(_ status: String?) -> LocalizedText {
        guard let raw = status.map(plain), !raw.isEmpty else {
            return LocalizedText(ru: "не указан", en: "not given")
        }
        return known[raw.uppercased()] ?? LocalizedText(ru: raw, en: raw)
    }

    /// A check record's `info`: `code: METADATA__EMPTY_REQUIRED_FIELD; message: snils` names
    /// the lead's field in words; any other text is shown as the core wrote it.
    public static func explain(_ info: String) -> LocalizedText {
        let text = plain(info)
        var code: String?, message: String?
        for part in text.split(separator: ";") {
            let pair = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            if pair[0] == "code" { code = pair[1] }
            if pair[0] == "message" { message = pair[1] }
        }
        if let words = codes[code ?? text] { return words }
        if let message, let path = FieldPath(parsing: message), FieldNames.isNamed(path) {
            let field = FieldNames.name(for: path)
            if code?.contains("EMPTY_REQUIRED_FIELD") == true {
                return LocalizedText(ru: "не заполнено обязательное поле «\(field.ru)»",
                                     en: "the required field \"\(field.en)\" is empty")
            }
            return LocalizedText(ru: "поле «\(field.ru)»: \(code ?? text)", en: "field \"\(field.en)\": \(code ?? text)")
        }
        return LocalizedText(ru: text, en: text)
    }

    /// Server text without control characters (it is drawn on the terminal).
    static func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }))
            .trimmingCharacters(in: .whitespaces)
    }
}
