/// A string enumeration that keeps a value it does not know instead of failing,
/// so a lead from a newer core still opens, and is sent back unchanged.
public protocol OpenStringEnum: RawRepresentable, Codable, Hashable, Sendable, CaseIterableKnown
where RawValue == String {
    init(rawValue: String)
}

/// The values this build knows, in documentation order.
public protocol CaseIterableKnown {
    static var known: [Self] { get }
}

extension OpenStringEnum {
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Whether this build knows the value (an unknown one is kept, and flagged by the rules).
    public var isKnown: Bool { Self.known.contains(self) }
}

/// How the lead reached the core (`channel`).
public struct Channel: OpenStringEnum, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let ecomm = Channel(rawValue: "ECOMM")
    public static let generator = Channel(rawValue: "GENERATOR")
    public static let loanApplication = Channel(rawValue: "LOAN_APPLICATION")
    public static let prescore = Channel(rawValue: "PRESCORE")
    public static let site = Channel(rawValue: "SITE")
    public static let unoMomento = Channel(rawValue: "UNO_MOMENTO")
    public static let known: [Channel] = [.ecomm, .generator, .loanApplication, .prescore, .site, .unoMomento]
    public var description: String { rawValue }
}

/// The unit of the loan `period`.
public struct PeriodUnit: OpenStringEnum, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let days = PeriodUnit(rawValue: "DAYS")
    public static let weeks = PeriodUnit(rawValue: "WEEKS")
    public static let months = PeriodUnit(rawValue: "MONTHS")
    public static let years = PeriodUnit(rawValue: "YEARS")
    public static let known: [PeriodUnit] = [.days, .weeks, .months, .years]
    public var description: String { rawValue }
}
