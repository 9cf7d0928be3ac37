/// Which refusal a `CoreError.unauthorized` was, so the operator can be told what to fix.
///
/// The vendor documents no codes for refused logins, so the core's own words decide
/// (Russian or English, as its error envelope gives them); anything else is `unspecified`.
public enum LoginRefusal: String, Sendable, Equatable, CaseIterable {
    /// Wrong user name or password.
    case wrongCredentials
    /// The core does not know the `customer-key`.
    case unknownCustomerKey
    /// The user exists but is locked (blocked, disabled).
    case userLocked
    /// The token service refused the OAuth client id or secret.
    case clientRefused
    /// The core said something else (or nothing), e.g. it refused a fresh session again.
    case unspecified

    /// Word stems that mark each refusal, checked in this order (a locked user's message
    /// also names the user; an OAuth client's also says "credentials").
    private static let markers: [(LoginRefusal, [String])] = [
        (.userLocked, ["заблокирован", "блокировк", "locked", "blocked", "disabled", "отключен"]),
        (.unknownCustomerKey, ["customer-key", "customer key", "customerkey", "customer_key",
                               "ключ клиента", "ключа клиента", "tenant"]),
        (.clientRefused, ["invalid_client", "unauthorized_client", "client_secret", "client secret",
                          "client credentials", "client_id"]),
        (.wrongCredentials, ["парол", "password", "логин", "login", "имя пользователя", "user name",
                             "username", "credentials", "учетн", "учётн", "bad_credentials"]),
    ]

    public init(coreMessage: String?) {
        let text = (coreMessage ?? "").lowercased()
        self = Self.markers.first { _, stems in stems.contains { text.contains($0) } }?.0 ?? .unspecified
    }

    /// What to check, in English (the command line's words; the app translates the case).
    public var advice: String {
        switch self {
        case .wrongCredentials: return "wrong user name or password"
        case .unknownCustomerKey: return "the core does not know this customer key"
        case .userLocked: return "the user is locked; ask the core's administrator to unlock it"
        case .clientRefused: return "the token service refused the client id or secret"
        case .unspecified: return "check the user name, password and customer key"
        }
    }
}

extension CoreError {
    /// For `unauthorized`: which refusal it was; nil for every other error.
    public var loginRefusal: LoginRefusal? {
        guard case .unauthorized(_, let message) = self else { return nil }
        return LoginRefusal(coreMessage: message)
    }

    /// True when the login itself cannot succeed as configured: a refusal or a login
    /// method leadterm cannot do (the command line's exit status 5).
    public var isLoginFailure: Bool {
        switch self {
        case .unauthorized, .unsupportedAuthMode: return true
        default: return false
        }
    }
}
