/// The current `bsauth` token, and at most one login in flight: when several calls find the
/// session expired at once, they share a single new login.
actor SessionTokens {
    typealias Login = @Sendable () async throws(CoreError) -> String

    private var token: String?
    private var pending: Task<String, any Error>?

    /// The live token, logging in first when there is none.
    func current(_ login: @escaping Login) async throws(CoreError) -> String {
        if let token { return token }
        return try await awaitLogin(login)
    }

    /// A token other than `stale` (the one the core just refused). If another call has
    /// already renewed it, that token is returned without a second login.
    func renew(replacing stale: String, _ login: @escaping Login) async throws(CoreError) -> String {
        if let token, token != stale { return token }
        token = nil
        return try await awaitLogin(login)
    }

    func forget() { token = nil }

    private func awaitLogin(_ login: @escaping Login) async throws(CoreError) -> String {
        let task: Task<String, any Error>
        if let pending {
            task = pending
        } else {
            task = Task { try await login() }
            pending = task
        }
        do {
            let fresh = try await task.value
            if pending == task { pending = nil }
            token = fresh
            return fresh
        } catch {
            if pending == task { pending = nil }
            throw (error as? CoreError) ?? .cancelled
        }
    }
}
