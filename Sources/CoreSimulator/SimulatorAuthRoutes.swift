import Foundation
import Hummingbird
import LeadModel

/// The routes of the other logins and of the session check.
enum SimulatorAuthRoutes {
    static func add(to router: Router<SimContext>, state: SimulatorState, core: CoreCallHandler) {
        router.post("/bs-core/auth/challenge") { req, ctx in
            try await core.handle(req, ctx, authenticated: false) { body in
                await state.scramChallenge(customerKey: CoreCallHandler.header(req, "customer-key"), body: body)
            }
        }
        router.post("/bs-core/auth/proof") { req, ctx in
            try await core.handle(req, ctx, authenticated: false) { body in
                await state.scramProof(customerKey: CoreCallHandler.header(req, "customer-key"), body: body)
            }
        }
        // The vendor's token service lives on its own host; the simulator serves it too, so
        // `token-url` can point here.
        router.post("/oauth/token") { req, ctx in
            let query = req.uri.query ?? ""
            return try await core.handle(req, ctx, authenticated: false) { body in
                await state.oauthToken(form: String(decoding: body, as: UTF8.self), query: query)
            }
        }
        router.get("/bs-core/utils/session/whoami") { req, ctx in
            try await core.handle(req, ctx) { _ in await state.whoAmI() }
        }
    }
}

extension SimulatorState {
    /// A new session token, valid for the configured lifetime.
    func issueToken() -> String {
        var bytes = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in String(bytes.next(), radix: 16) }.joined()
        tokens[token] = ContinuousClock.now.advanced(by: options.tokenLifetime)
        return token
    }

    func whoAmI() -> SimReply {
        var info = options.auth.session
        if info.customerKey == nil { info.customerKey = options.customerKey }
        return .ok((try? WireCoding.tree(info)) ?? .object([:]))
    }

    // MARK: OAuth client credentials

    func oauthToken(form: String, query: String) -> SimReply {
        // The vendor takes the fields in the form body or in the query.
        let fields = AuthReplies.formFields(query).merging(AuthReplies.formFields(form)) { _, body in body }
        guard fields["grant_type"] == "client_credentials" else {
            return AuthReplies.json(400, ["error": .string("unsupported_grant_type"),
                                          "error_description": .string("Unsupported grant type: \(fields["grant_type"] ?? "")")])
        }
        guard fields["client_id"] == options.auth.oauthClientID, fields["client_secret"] == options.auth.oauthClientSecret else {
            return AuthReplies.json(401, ["error": .string("invalid_client"),
                                          "error_description": .string("Bad client credentials")])
        }
        let seconds = options.tokenLifetime.components.seconds
        return AuthReplies.json(200, ["access_token": .string(issueToken()), "token_type": .string("bearer"),
                                      "expires_in": .int(seconds), "scope": .string("core")])
    }

    // MARK: challenge–proof

    private struct ChallengeRequest: Decodable { let userName: String; let clientNonce: String }
    private struct ProofRequest: Decodable {
        let userName, clientNonce, serverNonce, encryptedServerNonce, clientProof, authMode: String
    }

    func scramChallenge(customerKey: String?, body: Data) -> SimReply {
        guard customerKey == options.customerKey else { return .error(401, AuthReplies.unknownCustomerKey) }
        guard let asked = try? WireCoding.decode(ChallengeRequest.self, from: body) else {
            return .error(400, "Тело запроса должно содержать userName и clientNonce")
        }
        guard asked.clientNonce.utf8.count <= 256, Hex.bytes(asked.clientNonce) != nil else {
            return .error(400, "clientNonce должен быть шестнадцатеричным")
        }
        guard asked.userName == options.userName else { return .error(401, AuthReplies.wrongCredentials) }
        if options.auth.userLocked { return AuthReplies.locked(asked.userName) }
        let account = scramAccount()
        var random = SystemRandomNumberGenerator()
        let serverNonce = Hex.upper((0..<20).map { _ in UInt8.random(in: .min ... .max, using: &random) })
        return .ok(.object([
            "authMode": .string(account.authMode),
            "serverNonce": .string(serverNonce),
            "encryptedServerNonce": .string(account.encryptedNonce(serverNonce: serverNonce, clientNonce: asked.clientNonce,
                                                                   user: asked.userName)),
            "iterationCount": .int(Int64(account.iterations)),
            "salt": .string(Hex.upper(account.salt)),
        ]))
    }

    func scramProof(customerKey: String?, body: Data) -> SimReply {
        guard customerKey == options.customerKey else { return .error(401, AuthReplies.unknownCustomerKey) }
        guard let proof = try? WireCoding.decode(ProofRequest.self, from: body) else {
            return .error(400, "Тело запроса должно содержать userName, clientNonce, serverNonce, encryptedServerNonce, clientProof и authMode")
        }
        guard proof.userName == options.userName else { return .error(401, AuthReplies.wrongCredentials) }
        if options.auth.userLocked { return AuthReplies.locked(proof.userName) }
        let account = scramAccount()
        guard proof.authMode == account.authMode,
              account.nonceIsOurs(proof.encryptedServerNonce, serverNonce: proof.serverNonce,
                                  clientNonce: proof.clientNonce, user: proof.userName),
              spentServerNonces.insert(proof.serverNonce).inserted
        else {
            return .error(401, "Запрос на вход устарел или подделан: начните вход заново")
        }
        guard account.accepts(proof: proof.clientProof, clientNonce: proof.clientNonce, serverNonce: proof.serverNonce) else {
            return .error(401, AuthReplies.wrongCredentials)
        }
        return .ok(.object(["userName": .string(proof.userName)]), headers: ["bsauth": issueToken()])
    }

    /// Made at the first challenge, from the configured password, mode and iterations.
    private func scramAccount() -> ScramAccount {
        if let scram { return scram }
        let made = ScramAccount(password: options.password, authMode: options.auth.scramAuthMode,
                                iterations: options.auth.scramIterations)
        scram = made
        return made
    }
}
