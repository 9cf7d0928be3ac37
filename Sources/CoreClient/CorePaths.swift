import Foundation

/// Every path the client calls, in one table a deployment can override (its core may sit
/// behind a gateway with other prefixes). Templates name their parameters in braces.
public struct CorePaths: Sendable, Equatable {
    /// The endpoints, by the names the configuration file uses.
    public enum Endpoint: String, CaseIterable, Sendable {
        case login
        case createLead = "create-lead"
        case updateLead = "update-lead"
        case fetchLead = "fetch-lead"
        case findLeads = "find-leads"
        case leadsByIds = "leads-by-ids"
        case searchLeads = "search-leads"
        case checkLead = "check-lead"
        case leadStatuses = "lead-statuses"
        case clients
        case client
        case newClient = "new-client"
        case searchClients = "search-clients"
        case countries
        case creditProducts = "credit-products"
        /// The loan specialists' and the money-getting methods' dictionaries: no vendor page
        /// names their paths (api.md, "not found"), so they have no default and are read only
        /// when `[paths]` sets them.
        case loanSpecialists = "loan-specialists"
        case moneyMethods = "money-methods"
        case whoami
        case authChallenge = "auth-challenge"
        case authProof = "auth-proof"
        /// On the token service (`token-url`), not on the core.
        case oauthToken = "oauth-token"
        /// On the gateway (`gateway`), not on the core.
        case fiasId = "fias-id"

        /// The parameters a template for this endpoint must contain.
        public var parameters: [String] {
            switch self {
            case .updateLead, .fetchLead, .checkLead, .leadStatuses, .client: return ["id"]
            case .findLeads: return ["from", "to"]
            case .clients, .leadsByIds: return ["ids"]
            case .fiasId: return ["customer-key"]
            case .login, .createLead, .newClient, .countries, .creditProducts, .loanSpecialists, .moneyMethods,
                 .searchLeads, .searchClients,
                 .whoami, .authChallenge, .authProof, .oauthToken: return []
            }
        }

        /// The vendor's paths, as its method pages and guides print them (`api.md`, "Paths
        /// confirmed in the vendor's own documentation pages" and the sections after it).
        public var defaultTemplate: String {
            switch self {
            case .login: return "/bs-core/main/login"
            case .createLead: return "/bs-core/main/leads"
            case .updateLead, .fetchLead: return "/bs-core/main/leads/{id}"
            case .findLeads: return "/bs-core/main/leads/find/date-from/{from}/date-to/{to}"
            case .leadsByIds: return "/bs-core/main/leads/find/{ids}"
            case .searchLeads: return "/bs-core/main/leads/partial-load"
            case .checkLead: return "/bs-core/main/leads/{id}/check"
            case .leadStatuses: return "/bs-core/main/leads/{id}/statuses"
            case .clients: return "/bs-core/main/clients/find/{ids}"
            case .client: return "/bs-core/main/clients/{id}"
            case .newClient: return "/bs-core/main/clients/init"
            case .searchClients: return "/bs-core/main/clients/partial-load"
            case .countries: return "/bs-core/dicts/countries"
            case .creditProducts: return "/bs-core/dicts/credit-products"
            case .loanSpecialists, .moneyMethods: return ""  // no default: see `hasDefault`
            case .whoami: return "/bs-core/utils/session/whoami"
            case .authChallenge: return "/bs-core/auth/challenge"
            case .authProof: return "/bs-core/auth/proof"
            case .oauthToken: return "/oauth/token"
            case .fiasId: return "/outside/fias/{customer-key}/getFiasId"
            }
        }
    }

    private var templates: [Endpoint: String] = [:]

    /// Whether the client may call `endpoint` without its path configured.
    public static func hasDefault(_ endpoint: Endpoint) -> Bool { !endpoint.defaultTemplate.isEmpty }

    /// The path of an endpoint with no default, when the configuration sets it.
    public func configuredPath(_ endpoint: Endpoint) -> String? {
        guard templates[endpoint] != nil || Self.hasDefault(endpoint) else { return nil }
        return path(endpoint)
    }

    public static let `default` = CorePaths()

    public init() {}

    /// The defaults with `overrides` (keyed by `Endpoint` raw names) applied; each override
    /// must start with `/` and contain exactly the endpoint's parameters.
    public init(overrides: [String: String]) throws(CoreError) {
        for (name, template) in overrides {
            guard let endpoint = Endpoint(rawValue: name) else {
                let known = Endpoint.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidConfiguration("unknown path name \"\(name)\" (known: \(known))")
            }
            try Self.check(template, for: endpoint)
            templates[endpoint] = template
        }
    }

    public func template(for endpoint: Endpoint) -> String {
        templates[endpoint] ?? endpoint.defaultTemplate
    }

    /// The path with its parameters filled in, each percent-encoded as one path segment
    /// (commas and colons stay readable, as the core expects them).
    public func path(_ endpoint: Endpoint, _ values: [String: String] = [:]) -> String {
        var out = template(for: endpoint)
        for (name, value) in values {
            out = out.replacingOccurrences(of: "{\(name)}", with: Self.encodeSegment(value))
        }
        return out
    }

    static func encodeSegment(_ value: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#;%")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    private static func check(_ template: String, for endpoint: Endpoint) throws(CoreError) {
        guard template.hasPrefix("/") else {
            throw .invalidConfiguration("path \(endpoint.rawValue) must start with /: \(template)")
        }
        var found: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .invalidConfiguration("path \(endpoint.rawValue) has an unclosed {: \(template)")
            }
            found.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        guard found.sorted() == endpoint.parameters.sorted() else {
            let wanted = endpoint.parameters.map { "{\($0)}" }.joined(separator: ", ")
            throw .invalidConfiguration("path \(endpoint.rawValue) must contain \(wanted.isEmpty ? "no parameters" : wanted): \(template)")
        }
    }
}
