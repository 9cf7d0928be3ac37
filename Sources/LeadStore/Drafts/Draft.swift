import Foundation
import LeadModel

/// What a draft is for: a lead not yet in the core, or changes to a lead the core has.
public enum DraftMode: Hashable, Sendable {
    case newLead
    case editing(leadId: Int64)
}

/// The form as the operator left it: the raw typed text per field path, valid or not, so
/// nothing typed is ever lost, plus who, when and how far.
public struct Draft: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var mode: DraftMode
    /// The operator (user name) who typed it: "whose" in the resume list.
    public var operatorName: String
    public var createdAt: Date
    /// Set by `DraftStore.save` to the save time.
    public var updatedAt: Date
    /// The form section the operator was in (an identifier of the form's choosing).
    public var section: String?
    /// How complete the form is, 0...1 (the form decides, e.g. filled required / required).
    public var completeness: Double
    /// Typed text by field path (`relatives[0].passport.no` → `"4510 123456"`). A CVC is
    /// never kept: `DraftStore` drops it on every write.
    public var fields: [FieldPath: String]

    public init(id: UUID = UUID(), mode: DraftMode = .newLead, operatorName: String,
                createdAt: Date = Date(), updatedAt: Date? = nil, section: String? = nil,
                completeness: Double = 0, fields: [FieldPath: String] = [:]) {
        self.id = id
        self.mode = mode
        self.operatorName = operatorName
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.section = section
        self.completeness = completeness
        self.fields = fields
    }

    /// "Фамилия Имя Отчество" from the typed name fields, for the resume list on screen
    /// (never for logs). Empty when no name was typed yet.
    public var personName: String {
        ["lastName", "firstName", "patronymic"]
            .compactMap { fields[FieldPath([.key($0)])]?.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

/// One line of the "resume unfinished work" list.
public struct DraftSummary: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var mode: DraftMode
    public var operatorName: String
    public var createdAt: Date
    public var updatedAt: Date
    public var section: String?
    public var completeness: Double
    /// The client's name as typed (screen only).
    public var personName: String
    /// How many fields hold text.
    public var filledFieldCount: Int
}
