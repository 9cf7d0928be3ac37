import Foundation

/// How the client gets its `bsauth` token (`auth` in the config).
public enum AuthMethod: Sendable, Equatable {
    /// `POST /bs-core/main/login` with the user name and password (the default).
    case plain
    /// A token from the vendor's authorization service: `POST {tokenURL}/oauth/token` with
    /// the client credentials; its `access_token` is the session.
    case oauth(tokenURL: URL, clientID: String, clientSecret: String)
    /// The challenge–proof login of the vendor's SDK: the password never leaves this machine.
    case scram

    /// The config's name for it.
    public var name: String {
        switch self {
        case .plain: return "plain"
        case .oauth: return "oauth"
        case .scram: return "scram"
        }
    }

    /// The names the config, `--auth` and `LEADTERM_AUTH` take.
    public static let names = ["plain", "oauth", "scram"]

    /// The vendor's token service for a tenant: `https://{customer-key}-auth.brainysoft.ru`.
    public static func defaultTokenURL(customerKey: String) -> URL? {
        var parts = URLComponents()
        parts.scheme = "https"
        parts.host = "\(customerKey)-auth.brainysoft.ru"
        return parts.url
    }

    /// Throws when the method's settings cannot work, naming the setting.
    func validate() throws(CoreError) {
        guard case .oauth(let tokenURL, let clientID, let clientSecret) = self else { return }
        guard let scheme = tokenURL.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = tokenURL.host, !host.isEmpty
        else {
            throw .invalidConfiguration("token-url must be an https:// or http:// URL, got \(tokenURL.absoluteString)")
        }
        guard !clientID.isEmpty else { throw .invalidConfiguration("auth = \"oauth\" needs client-id") }
        guard !clientSecret.isEmpty else {
            throw .invalidConfiguration("auth = \"oauth\" needs client-secret (or LEADTERM_CLIENT_SECRET)")
        }
    }
}
