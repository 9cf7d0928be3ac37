import Foundation
import LeadModel
import LeadRules

/// Menu 2 (call centre): a lead number, then the lead in the edit form; or (Tab) the
/// client's mobile phone, whose leads are then listed.
public struct OpenLeadScreen: Hashable, Sendable {
    /// What is typed, with its cursor: digits of a lead number, or a phone as people write it.
    var input = OpenLeadScreen.emptyInput(byPhone: false)
    public var busy = false
    public var message: LocalizedText?
    /// Tab: the client's mobile phone instead of the lead number (lists the client's leads).
    public var byPhone = false
    /// The leads one page holds: the rows that fit on the screen (`AppModel.pageRows`).
    public var pageSize = 10
    /// The phone search under way.
    public var searched: LeadSearchKey?

    public init() {}

    public var idText: String {
        get { input.text }
        set { input.text = newValue }
    }

    /// An empty input for a lead number (digits) or a phone.
    static func emptyInput(byPhone: Bool) -> LineInput {
        byPhone ? LineInput(maxLength: 24) : LineInput(maxLength: 19, allowed: .digit)
    }

    /// The id typed, or the message saying what is wrong with it.
    public func parsedID() -> Result<Int64, LocalizedText> {
        let trimmed = idText.trimmingCharacters(in: .whitespaces)
        guard let id = Int64(trimmed), id > 0 else {
            return .failure(LocalizedText(
                ru: trimmed.isEmpty ? "Введите номер заявки" : "Номер заявки «\(trimmed)»: нужно положительное целое число",
                en: trimmed.isEmpty ? "Enter the lead number" : "Lead number \"\(trimmed)\": a positive whole number is expected"))
        }
        return .success(id)
    }
}
