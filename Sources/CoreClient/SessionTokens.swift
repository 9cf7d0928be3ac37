/// The session token, shared by concurrent calls: one login at a time, its token reused
/// until the core refuses it — or, when the token service said how long it lives
/// (`expires_in`), renewed a little before it would run out, so no call meets a dead token.
actor SessionTokens {
    /// A login: the token, and its lifetime when the service said it.
    struct Issued: Sendable {
        var token: String
        var lifetime: Duration?
    }

    typealias Login = @Sendable () async throws(CoreError) -> Issued

    private var token: String?
    /// When the token should be replaced (before its lifetime ends); nil: when refused.
    private var renewAt: ContinuousClock.Instant?
    private var pending: Task<Issued, any Error>?
    private let clock: @Sendable () -> ContinuousClock.Instant

    init(clock: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.clock = clock
    }

    /// How long before the end of its life a token is replaced: a tenth of it, at most a
    /// minute (a call started just before the end must still carry a live token).
    static func margin(for lifetime: Duration) -> Duration {
        min(.seconds(60), lifetime / 10)
    }

    /// The live token, logging in first when there is none or it is about to expire.
    func current(_ login: @escaping Login) async throws(CoreError) -> String {
        if let token {
            guard let renewAt, clock() >= renewAt else { return token }
            return try await renew(replacing: token, login)
        }
        return try await awaitLogin(login)
    }

    /// A token other than `stale` (the one the core just refused). If another call has
    /// already renewed it, that token is returned without a second login.
    func renew(replacing stale: String, _ login: @escaping Login) async throws(CoreError) -> String {
        if let token, token != stale { return token }
        token = nil
        renewAt = nil
        return try await awaitLogin(login)
    }

    func forget() {
        token = nil
        renewAt = nil
    }

    private func awaitLogin(_ login: @escaping Login) async throws(CoreError) -> String {
        let task: Task<Issued, any Error>
        if let pending {
            task = pending
        } else {
            task = Task { try await login() }
            pending = task
        }
        do {
            let fresh = try await task.value
            if pending == task { pending = nil }
            token = fresh.token
            renewAt = fresh.lifetime.map { clock() + $0 - Self.margin(for: $0) }
            return fresh.token
        } catch {
            if pending == task { pending = nil }
            throw (error as? CoreError) ?? .cancelled
        }
    }
}
