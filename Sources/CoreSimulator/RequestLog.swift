/// One call the simulator received, as `GET /_sim/requests` reports it, so a test can assert
/// exactly what a client sent.
public struct LoggedRequest: Codable, Sendable, Equatable {
    /// 1, 2, 3… in arrival order.
    public var sequence: Int
    public var method: String
    /// The path as sent (percent-encoding kept).
    public var path: String
    /// The query string without `?`, or nil.
    public var query: String?
    /// The headers that matter to the core API: `customer-key`, `bsauth`, `content-type`.
    public var headers: [String: String]
    /// The body as text. A login body has its password replaced by `***`.
    public var body: String?
    /// The HTTP status answered; nil when the connection was dropped without an answer.
    public var status: Int?
    /// What the simulator did with the call when a fault was injected
    /// (`server-error`, `drop-after-commit`, `malformed`, `expired-token`).
    public var fault: String?
}
