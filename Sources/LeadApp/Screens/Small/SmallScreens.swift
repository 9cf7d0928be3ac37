import Foundation
import LeadModel
import LeadRules

/// The start screen: what an operator can do.
public enum MenuItem: String, CaseIterable, Hashable, Sendable {
    case newLead, openLead, lookup, drafts, outbox, quit
}

/// "Open lead by number" (call centre): a lead id, then the lead in the edit form.
public struct OpenLeadScreen: Hashable, Sendable {
    public var idText: String = ""
    public var busy = false
    public var message: LocalizedText?
    /// Tab: the client's mobile phone instead of the lead number (lists the client's leads).
    public var byPhone = false
    /// The leads one page holds: the rows that fit on the screen (set by the terminal side).
    public var pageSize = 10
    /// The phone search under way.
    public var searched: LeadSearchKey?

    public init() {}

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

/// Server, login and password, when they are not all in the config and environment.
public struct LoginScreen: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Hashable, Sendable { case server, customerKey, user, password }

    public var server: String
    public var customerKey: String
    public var user: String
    /// Held only in memory, never drawn (the screen shows bullets).
    public var password: String = ""
    public var focus: Field = .server
    public var busy = false
    public var message: LocalizedText?

    public init(server: String = "", customerKey: String = "", user: String = "") {
        self.server = server
        self.customerKey = customerKey
        self.user = user
        focus = server.isEmpty ? .server : customerKey.isEmpty ? .customerKey : user.isEmpty ? .user : .password
    }

    public func text(of field: Field) -> String {
        switch field {
        case .server: return server
        case .customerKey: return customerKey
        case .user: return user
        case .password: return password
        }
    }

    public mutating func set(_ text: String, for field: Field) {
        switch field {
        case .server: server = text
        case .customerKey: customerKey = text
        case .user: user = text
        case .password: password = text
        }
    }
}

/// A draft the store kept, as the resume list shows it.
public struct DraftListing: Hashable, Sendable, Identifiable {
    public let id: String
    public let owner: String
    /// When it was last changed, as text for the screen (formatted by the caller).
    public let updated: String
    /// Who the lead is for (names are fine on the operator's own screen, never in logs).
    public let title: String
    /// Filled share of the required fields, 0...1.
    public let completeness: Double
    public let editingLeadID: Int64?

    public init(id: String, owner: String, updated: String, title: String, completeness: Double,
                editingLeadID: Int64?) {
        self.id = id
        self.owner = owner
        self.updated = updated
        self.title = title
        self.completeness = completeness
        self.editingLeadID = editingLeadID
    }
}

public struct DraftsScreen: Hashable, Sendable {
    public var drafts: [DraftListing]
    public var selected: Int = 0

    public init(drafts: [DraftListing]) { self.drafts = drafts }
}
