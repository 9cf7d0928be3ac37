import LeadRules

/// Server, login and password, when they are not all in the config and environment.
public struct LoginScreen: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Hashable, Sendable { case server, customerKey, user, password }

    /// Each field's text and cursor, prefilled from flags, environment and config. The
    /// password is held only in memory, never drawn (the screen shows bullets).
    var inputs: [Field: LineInput] = [:]
    public var focus: Field = .server
    public var busy = false
    public var message: LocalizedText?

    public init(server: String = "", customerKey: String = "", user: String = "") {
        set(server, for: .server)
        set(customerKey, for: .customerKey)
        set(user, for: .user)
        set("", for: .password)
        focus = server.isEmpty ? .server : customerKey.isEmpty ? .customerKey : user.isEmpty ? .user : .password
    }

    public var server: String {
        get { text(of: .server) }
        set { set(newValue, for: .server) }
    }
    public var customerKey: String {
        get { text(of: .customerKey) }
        set { set(newValue, for: .customerKey) }
    }
    public var user: String {
        get { text(of: .user) }
        set { set(newValue, for: .user) }
    }
    public var password: String {
        get { text(of: .password) }
        set { set(newValue, for: .password) }
    }

    public func text(of field: Field) -> String { inputs[field]?.text ?? "" }

    public mutating func set(_ text: String, for field: Field) {
        var input = inputs[field] ?? Self.emptyInput
        input.text = text
        inputs[field] = input
    }

    /// The field being typed into.
    var focusedInput: LineInput {
        get { inputs[focus] ?? Self.emptyInput }
        set { inputs[focus] = newValue }
    }

    static let emptyInput = LineInput(maxLength: 300)
}
