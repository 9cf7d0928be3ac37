/// An address: the residence (`addressData`), the registration (`registrationAddressData`)
/// or an item of the additional `addresses`.
///
/// The core accepts either the full structure or just `countryId` + `fiasId` +
/// `fullAddressText` (it fills in the rest). `position` and `purposeId` belong to the
/// additional addresses only.
public struct Address: Codable, Hashable, Sendable {
    public var id: Int64?
    public var countryId: Int64?
    public var fiasId: String?
    public var fullAddressText: String?
    public var postalCode: String?
    public var regionName: String?
    public var localityName: String?
    public var streetName: String?
    public var houseNo: String?
    public var blockNo: String?
    public var buildingNo: String?
    public var apartmentNo: String?
    public var telephone: String?
    public var regDate: CalendarDate?
    public var housingType: String?
    public var metroStation: String?
    public var oldAddressText: String?
    public var fiasChain: FiasChain?
    public var fiasChainText: String?
    public var attributes: [String: String]?
    public var timeZone: String?
    public var position: Int8?
    public var purposeId: Int64?

    public init(
        id: Int64? = nil, countryId: Int64? = nil, fiasId: String? = nil, fullAddressText: String? = nil,
        postalCode: String? = nil, regionName: String? = nil, localityName: String? = nil,
        streetName: String? = nil, houseNo: String? = nil, blockNo: String? = nil,
        buildingNo: String? = nil, apartmentNo: String? = nil, telephone: String? = nil,
        regDate: CalendarDate? = nil, housingType: String? = nil, metroStation: String? = nil,
        oldAddressText: String? = nil, fiasChain: FiasChain? = nil, fiasChainText: String? = nil,
        attributes: [String: String]? = nil, timeZone: String? = nil, position: Int8? = nil,
        purposeId: Int64? = nil
    ) {
        self.id = id; self.countryId = countryId; self.fiasId = fiasId
        self.fullAddressText = fullAddressText; self.postalCode = postalCode
        self.regionName = regionName; self.localityName = localityName; self.streetName = streetName
        self.houseNo = houseNo; self.blockNo = blockNo; self.buildingNo = buildingNo
        self.apartmentNo = apartmentNo; self.telephone = telephone; self.regDate = regDate
        self.housingType = housingType; self.metroStation = metroStation
        self.oldAddressText = oldAddressText; self.fiasChain = fiasChain
        self.fiasChainText = fiasChainText; self.attributes = attributes; self.timeZone = timeZone
        self.position = position; self.purposeId = purposeId
    }
}

/// The FIAS chain of an address. The core no longer uses it; it is kept so a lead read from
/// the core goes back to it unchanged.
public struct FiasChain: Codable, Hashable, Sendable {
    public var id: String?
    public var level: Int32?
    public var name: String?
    public var type: String?
    public var settlement: Bool?
    /// Undocumented item shape (`undefined[]` in the vendor's docs): kept as raw JSON.
    public var parents: [JSONValue]?

    public init(id: String? = nil, level: Int32? = nil, name: String? = nil, type: String? = nil,
                settlement: Bool? = nil, parents: [JSONValue]? = nil) {
        self.id = id; self.level = level; self.name = name; self.type = type
        self.settlement = settlement; self.parents = parents
    }
}
