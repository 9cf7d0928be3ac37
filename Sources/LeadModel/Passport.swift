/// An identity document: the borrower's `passport` and each relative's.
public struct Passport: Codable, Hashable, Sendable {
    public var id: Int64?
    public var seria: String?
    public var no: String?
    public var issueDate: CalendarDate?
    public var closeDate: CalendarDate?
    /// Кем выдан: the issuing authority.
    public var manager: String?
    public var subdivisionCode: String?
    public var extraNumber: String?
    /// Always null on current cores (the type lives in `complementaryDoc`); kept for the wire.
    public var complementaryDocTypeId: Int64?

    public init(id: Int64? = nil, seria: String? = nil, no: String? = nil,
                issueDate: CalendarDate? = nil, closeDate: CalendarDate? = nil,
                manager: String? = nil, subdivisionCode: String? = nil,
                extraNumber: String? = nil, complementaryDocTypeId: Int64? = nil) {
        self.id = id; self.seria = seria; self.no = no; self.issueDate = issueDate
        self.closeDate = closeDate; self.manager = manager; self.subdivisionCode = subdivisionCode
        self.extraNumber = extraNumber; self.complementaryDocTypeId = complementaryDocTypeId
    }
}
