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
    /// With an error: the core's code when `data` is an object `{code, message, type}`
    /// (e.g. `NO_MOBILE_PHONE_ERROR`); nil when `data` is a plain message string.
    public var errorCode: String?
    /// With an error: the object's `type`, when it has one (the vendor lists no values).
    public var errorType: String?

    public init(status: Status, timestamp: Int64? = nil, data: Payload? = nil,
                errorCode: String? = nil, errorType: String? = nil) {
        self.status = status
        self.timestamp = timestamp
        self.data = data
        self.errorCode = errorCode
        self.errorType = errorType
    }
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
            // The vendor's error `data` is a message string or an object `{code, message,
            // type}` (integrators print all three); take whatever text and code are there.
            let raw = try? c.decodeIfPresent(JSONValue.self, forKey: .data)
            let fromField = (try? c.decodeIfPresent(String.self, forKey: .message))
                ?? (try? c.decodeIfPresent(String.self, forKey: .error))
            let code = Envelope.text(in: raw ?? nil, key: "code")
            self.status = .error(message: Envelope.message(from: raw ?? nil) ?? fromField ?? code ?? status)
            errorCode = code
            errorType = Envelope.text(in: raw ?? nil, key: "type")
            data = nil
        }
    }

    private static func text(in value: JSONValue?, key: String) -> String? {
        guard case .object(let o)? = value else { return nil }
        switch o[key] {
        case .string(let s)? where !s.isEmpty: return s
        case .int(let n)?: return String(n)
        default: return nil
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
            if let errorCode {
                var object: [String: JSONValue] = ["code": .string(errorCode), "message": .string(message)]
                if let errorType { object["type"] = .string(errorType) }
                try c.encode(JSONValue.object(object), forKey: .data)
            } else {
                try c.encode(message, forKey: .data)
            }
        }
        try c.encodeIfPresent(timestamp, forKey: .timestamp)
    }
}

extension Envelope {
    public static func ok(_ data: Payload, timestamp: Int64? = nil) -> Envelope {
        Envelope(status: .ok, timestamp: timestamp, data: data)
    }

    /// An error envelope: `data` is the message string, or with a `code` the object form
    /// `{code, message, type}`.
    public static func failure(_ message: String, code: String? = nil, type: String? = nil,
                               timestamp: Int64? = nil) -> Envelope {
        Envelope(status: .error(message: message), timestamp: timestamp, data: nil, errorCode: code, errorType: type)
    }
}
