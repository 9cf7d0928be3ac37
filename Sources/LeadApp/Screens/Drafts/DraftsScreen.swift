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

/// The drafts left from before, offered to resume or discard.
public struct DraftsScreen: Hashable, Sendable {
    public var drafts: [DraftListing]
    public var selected: Int = 0

    public init(drafts: [DraftListing]) { self.drafts = drafts }
}
