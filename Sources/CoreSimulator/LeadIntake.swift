import Foundation
import LeadModel

/// The checks the documented core makes on a lead body before and while committing it.
enum LeadIntake {
    /// What the core answers when a lead is refused.
    struct Refusal: Error, Equatable {
        /// 400 for a body the core cannot take, 500 for a failed commit.
        let httpStatus: Int
        let message: String
        /// The vendor's code, sent in the error object's form; nil sends the message string.
        var code: String? = nil
    }

    /// The core's own text for a failed commit (what a null `extraFields` value causes).
    static let commitFailedMessage = "Ошибка при выполнении коммита транзакции"

    /// Decodes and checks a create/update body, in the order the core does: shape, minimum
    /// data, then the commit (where a null extra field value fails the whole transaction).
    static func accept(_ body: Data) -> Result<Lead, Refusal> {
        let tree: JSONValue
        do {
            tree = try WireCoding.decode(JSONValue.self, from: body)
        } catch {
            return .failure(Refusal(httpStatus: 400, message: "Тело запроса не является корректным JSON"))
        }
        guard tree.objectValue != nil else {
            return .failure(Refusal(httpStatus: 400, message: "Тело запроса должно быть объектом лида, получено: \(tree.typeName)"))
        }
        let lead: Lead
        do {
            lead = try WireCoding.value(Lead.self, from: tree)
        } catch let error as DecodingError {
            let (path, reason) = error.pathAndReason
            return .failure(Refusal(httpStatus: 400, message: "Неверное значение поля \(path): \(reason)"))
        } catch {
            return .failure(Refusal(httpStatus: 400, message: "Тело запроса не разобрано: \(error)"))
        }
        // The vendor's minimal lead: a first name and a mobile phone, refused with its codes
        // (the first one missing is named, as a core stops at the first rule that fails).
        let missing = [("firstName", lead.firstName, "NO_CLIENT_FIRST_NAME_ERROR"),
                       ("mobilePhone", lead.mobilePhone, "NO_MOBILE_PHONE_ERROR")]
            .filter { ($0.1 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        if let first = missing.first {
            let names = missing.map(\.0).joined(separator: ", ")
            return .failure(Refusal(httpStatus: 400, message: "Не заполнены обязательные поля: \(names)", code: first.2))
        }
        if hasNullExtraFieldValue(tree) {
            return .failure(Refusal(httpStatus: 500, message: commitFailedMessage))
        }
        return .success(lead)
    }

    /// Looks at the raw JSON, because a typed decode turns `null` into a missing value.
    /// A missing `value`, a JSON null and the string "null" all reach the core as null.
    static func hasNullExtraFieldValue(_ tree: JSONValue) -> Bool {
        guard let items = tree[FieldPath("extraFields")]?.arrayValue else { return false }
        for item in items {
            switch item.objectValue?["value"] {
            case nil, .null?: return true
            case .string(let s)? where s.lowercased() == "null": return true
            default: continue
            }
        }
        return false
    }
}
