import Foundation
import LeadModel

extension CorePaths.Endpoint {
    /// The calls that get a session: sent without a token, and repeated like reads.
    var isLoginStep: Bool {
        switch self {
        case .login, .oauthToken, .authChallenge, .authProof: return true
        default: return false
        }
    }
}

/// The three ways to get a `bsauth` token (`CoreConnection.auth`).
extension HTTPCoreService {
    /// The token, and its lifetime when the service says it (only OAuth's `expires_in` does:
    /// the core's own logins give a token that lives until it is refused).
    func logInByMethod() async throws(CoreError) -> SessionTokens.Issued {
        switch connection.auth {
        case .plain:
            return SessionTokens.Issued(token: try await logInPlain(), lifetime: nil)
        case .oauth(let tokenURL, let clientID, let clientSecret):
            return try await logInOAuth(tokenURL: tokenURL, clientID: clientID, clientSecret: clientSecret)
        case .scram:
            return SessionTokens.Issued(token: try await logInScram(), lifetime: nil)
        }
    }

    // MARK: OAuth client credentials

    /// `POST {token-url}/oauth/token` with a form body; the answer is plain OAuth JSON.
    private func logInOAuth(tokenURL: URL, clientID: String, clientSecret: String) async throws(CoreError) -> SessionTokens.Issued {
        let (answer, service) = try await postForm(
            .oauthToken, to: tokenURL, path: connection.paths.path(.oauthToken),
            fields: ["grant_type": "client_credentials", "client_id": clientID, "client_secret": clientSecret],
            contentType: "application/x-www-form-urlencoded")
        let issued = try OAuthAnswer.token(from: answer, service: service)
        logger.info("token issued by the token service",
                    metadata: ["expiresIn": "\(issued.expiresIn.map { "\($0)s" } ?? "not said")"])
        // A lifetime under two seconds would mean a login before every call: taken as unsaid.
        let lifetime = issued.expiresIn.flatMap { $0 >= 2 ? Duration.seconds($0) : nil }
        return SessionTokens.Issued(token: issued.accessToken, lifetime: lifetime)
    }

    // MARK: challenge–proof (SCRAM)

    private struct ChallengeRequest: Encodable { let userName: String; let clientNonce: String }
    private struct AuthModeOnly: Decodable, Sendable { let authMode: String }
    private struct Challenge: Decodable, Sendable {
        let authMode: String
        let serverNonce: String
        let encryptedServerNonce: String
        let iterationCount: Int
        let salt: String
    }
    private struct ProofRequest: Encodable {
        let userName, clientNonce, serverNonce, encryptedServerNonce, clientProof, authMode: String
    }

    /// `POST /bs-core/auth/challenge`, then `POST /bs-core/auth/proof` with the proof the
    /// password gives; the password itself is never sent.
    private func logInScram() async throws(CoreError) -> String {
        let headers = [("customer-key", connection.customerKey)]
        let clientNonce = ScramProof.clientNonce()
        let ask = Call(.authChallenge, .POST, connection.paths.path(.authChallenge),
                       body: try encode(ChallengeRequest(userName: connection.userName, clientNonce: clientNonce)))
        let answer = try await exchangeRepeatingReads(ask, token: nil, extraHeaders: headers)
        if let refusal = AnswerDecoding.loginRefusal(in: answer, server: server) { throw refusal }

        // The mode first: another mode's challenge need not carry a salt or iterations.
        let mode = try AnswerDecoding.payload(AuthModeOnly.self, from: answer, server: server, isRead: true).authMode
        guard let hash = ScramHash(rawValue: mode.uppercased()) else {
            throw .unsupportedAuthMode(server: server, mode: String(AnswerDecoding.clean(mode).prefix(60)))
        }
        let challenge = try AnswerDecoding.payload(Challenge.self, from: answer, server: server, isRead: true)
        guard challenge.serverNonce.utf8.count <= 256 else {
            throw .badResponse(path: "data.serverNonce", reason: "is longer than 256 characters")
        }
        guard challenge.encryptedServerNonce.utf8.count <= 4096 else {
            throw .badResponse(path: "data.encryptedServerNonce", reason: "is longer than 4096 characters")
        }
        guard challenge.salt.utf8.count <= 1024, let salt = Hex.bytes(challenge.salt) else {
            throw .badResponse(path: "data.salt", reason: "is not hexadecimal of at most 1024 digits")
        }
        let proof = try ScramProof.clientProof(password: connection.password, salt: salt,
                                               iterations: challenge.iterationCount, clientNonce: clientNonce,
                                               serverNonce: challenge.serverNonce, hash: hash)
        let body = try encode(ProofRequest(userName: connection.userName, clientNonce: clientNonce,
                                           serverNonce: challenge.serverNonce,
                                           encryptedServerNonce: challenge.encryptedServerNonce,
                                           clientProof: proof, authMode: challenge.authMode))
        let proved = try await exchangeRepeatingReads(Call(.authProof, .POST, connection.paths.path(.authProof), body: body),
                                                      token: nil, extraHeaders: headers)
        return try AnswerDecoding.loginToken(from: proved, server: server)
    }
}

/// The token service's answer: RFC 6749 JSON (`access_token`, `expires_in`; on a refusal
/// `error` and `error_description`), not the core's envelope.
enum OAuthAnswer {
    struct Issued: Equatable {
        let accessToken: String
        let expiresIn: Int64?
    }

    /// Tokens go into a header: printable ASCII only, and not without limit.
    static let longestToken = 8192

    static func token(from answer: RawAnswer, service: String) throws(CoreError) -> Issued {
        let object = (try? WireCoding.decode(JSONValue.self, from: answer.body))?.objectValue
        switch answer.status {
        case 200..<300:
            guard let object else { throw .badResponse(path: "", reason: "the token service's answer is not a JSON object") }
            guard case .string(let token)? = object["access_token"], !token.isEmpty else {
                throw .badResponse(path: "access_token", reason: "is missing")
            }
            guard token.utf8.count <= longestToken, token.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
                throw .badResponse(path: "access_token", reason: "is not a printable token of at most \(longestToken) characters")
            }
            let expiresIn: Int64?
            switch object["expires_in"] {
            case .int(let n)?: expiresIn = n
            case .double(let d)? where d.isFinite && d >= 0 && d < 1e12: expiresIn = Int64(d)
            case .string(let s)?: expiresIn = Int64(s)
            default: expiresIn = nil
            }
            return Issued(accessToken: token, expiresIn: expiresIn)
        case 500...:
            throw .http(status: answer.status, server: service)
        default:
            guard let object, let message = refusalText(object) else {
                throw answer.status == 400 || answer.status == 401 || answer.status == 403
                    ? .unauthorized(server: service, message: nil) : .http(status: answer.status, server: service)
            }
            throw .unauthorized(server: service, message: message)
        }
    }

    /// `invalid_client: Bad client credentials`, cleaned for display.
    private static func refusalText(_ object: [String: JSONValue]) -> String? {
        let parts = [object["error"]?.stringValue, object["error_description"]?.stringValue].compactMap { $0 }
        return parts.isEmpty ? nil : AnswerDecoding.clean(parts.joined(separator: ": "))
    }
}
