/// The core's reply to every call: `{status, timestamp, data}`.
public struct Envelope<Payload: Decodable & Sendable>: Sendable {
    public enum Status: Sendable, Equatable {
        case ok
        case error(message: String)
    }

    public var status: Status
    /// The core's clock, unix milliseconds.
    public var timestamp: Int64?
    /// The payload; nil when the status is an error or the core sent none.
    public var data: Payload?
}

extension Envelope: Decodable {
    private enum Keys: String, CodingKey { case status, timestamp, data, message, error }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let status = try c.decode(String.self, forKey: .status)
        timestamp = try c.decodeIfPresent(Int64.self, forKey: .timestamp)
        if status == "ok" {
            self.status = .ok
            data = try c.decodeIfPresent(Payload.self, forKey: .data)
        } else {
            // The docs leave the error body undescribed; cores put the text in `data`
            // (sometimes an object holding `message`), so take whatever text is there.
            let raw = try? c.decodeIfPresent(JSONValue.self, forKey: .data)
            let fromField = (try? c.decodeIfPresent(String.self, forKey: .message))
                ?? (try? c.decodeIfPresent(String.self, forKey: .error))
            self.status = .error(message: Envelope.message(from: raw ?? nil) ?? fromField ?? status)
            data = nil
        }
    }

    private static func message(from value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .object(let o)?:
            for key in ["message", "error", "description", "text"] {
                if case .string(let s)? = o[key] { return s }
            }
            return nil
        default: return nil
        }
    }
}

extension Envelope: Encodable where Payload: Encodable {
    private enum OutKeys: String, CodingKey { case status, timestamp, data }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: OutKeys.self)
        switch status {
        case .ok:
            try c.encode("ok", forKey: .status)
            try c.encodeIfPresent(data, forKey: .data)
        case .error(let message):
            try c.encode("error", forKey: .status)
            try c.encode(message, forKey: .data)
        }
        try c.encodeIfPresent(timestamp, forKey: .timestamp)
    }
}

extension Envelope {
    public static func ok(_ data: Payload, timestamp: Int64? = nil) -> Envelope {
        Envelope(status: .ok, timestamp: timestamp, data: data)
    }

    public static func failure(_ message: String, timestamp: Int64? = nil) -> Envelope {
        Envelope(status: .error(message: message), timestamp: timestamp, data: nil)
    }
}
