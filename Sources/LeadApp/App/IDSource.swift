/// Where the model's new ids come from: a generator the runtime seeds once, so update never
/// reads randomness itself and a test can fix the ids it sees.
///
/// Two SplitMix64 streams make the 128 bits of a version-4 UUID; a seed of 128 random bits
/// keeps two runs of the app from ever naming two drafts alike.
public struct IDSource: Hashable, Sendable {
    private var high: UInt64
    private var low: UInt64

    public init(seed high: UInt64, _ low: UInt64 = 0x9E37_79B9_7F4A_7C15) {
        self.high = high
        self.low = low
    }

    /// Seeded from the system's random source: what the running app uses.
    public static func random() -> IDSource {
        var generator = SystemRandomNumberGenerator()
        return IDSource(seed: generator.next(), generator.next())
    }

    /// The next id, as an uppercase UUID string (the draft store's form).
    public mutating func next() -> String {
        var bytes = Self.bytes(Self.splitMix(&high)) + Self.bytes(Self.splitMix(&low))
        bytes[6] = (bytes[6] & 0x0F) | 0x40 // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80 // RFC 4122 variant
        let hex = bytes.map { byte in
            let text = String(byte, radix: 16, uppercase: true)
            return text.count == 1 ? "0" + text : text
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func bytes(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) }
    }
}
