import CoreClient
import LeadStore
import LeadSync
import Testing

/// Every `CoreError` the client can throw, and what the outbox must do with it per call kind.
@Suite("CoreOutboxTransport classification")
struct TransportClassificationTests {
    enum Expected: Equatable { case retry, unknown, reject }

    static let server = "http://127.0.0.1:1"

    /// (error, create, update, read)
    static let table: [(CoreError, Expected, Expected, Expected)] = [
        (.unreachable(server: server, reason: "connection refused"), .retry, .retry, .retry),
        (.timedOut(server: server, phase: .connect), .retry, .retry, .retry),
        // On a create this can only come from the login before it (the client reports a
        // create's own response timeout as outcomeUnknown).
        (.timedOut(server: server, phase: .response), .retry, .retry, .retry),
        (.connectionLost(server: server), .retry, .retry, .retry),
        (.tls(server: server, reason: "certificate untrusted"), .retry, .retry, .retry),
        (.outcomeUnknown(server: server, cause: .connectionLost), .unknown, .unknown, .unknown),
        (.outcomeUnknown(server: server, cause: .timedOut), .unknown, .unknown, .unknown),
        (.outcomeUnknown(server: server, cause: .unreadableAnswer(path: "data", reason: "is missing")),
         .unknown, .unknown, .unknown),
        (.http(status: 500, server: server), .unknown, .retry, .retry),
        (.http(status: 502, server: server), .unknown, .retry, .retry),
        (.http(status: 503, server: server), .unknown, .retry, .retry),
        (.http(status: 599, server: server), .unknown, .retry, .retry),
        (.http(status: 408, server: server), .retry, .retry, .retry),
        (.http(status: 429, server: server), .retry, .retry, .retry),
        (.http(status: 400, server: server), .reject, .reject, .reject),
        (.http(status: 403, server: server), .reject, .reject, .reject),
        (.http(status: 404, server: server), .reject, .reject, .reject),
        (.http(status: 302, server: server), .reject, .reject, .reject),
        (.core(code: nil, message: "Не заполнены обязательные поля: firstName"), .reject, .reject, .reject),
        (.unauthorized(server: server, message: "Неверное имя пользователя или пароль"), .reject, .reject, .reject),
        (.badResponse(path: "data[0].id", reason: "expected a number"), .unknown, .unknown, .reject),
        (.invalidConfiguration("the CA file /x cannot be read"), .reject, .reject, .reject),
        (.cancelled, .unknown, .retry, .retry),
    ]

    static func kind(_ e: OutboxSendError) -> Expected {
        switch e {
        case .retryable: return .retry
        case .outcomeUnknown: return .unknown
        case .rejected: return .reject
        }
    }

    @Test("the table", arguments: table.indices)
    func row(_ index: Int) {
        let (error, create, update, read) = Self.table[index]
        #expect(Self.kind(CoreOutboxTransport.classify(error, call: .create)) == create, "create: \(error.kind)")
        #expect(Self.kind(CoreOutboxTransport.classify(error, call: .update)) == update, "update: \(error.kind)")
        #expect(Self.kind(CoreOutboxTransport.classify(error, call: .read)) == read, "read: \(error.kind)")
    }

    /// Stored as `kind: the client's words`, so a screen can say the kind in the operator's
    /// language with the detail after it.
    @Test func messagesAreTheClientsWordsAfterTheirKindExceptARefusedLogin() {
        let core = CoreError.core(code: nil, message: "Лид с идентификатором 5 не найден")
        #expect(CoreOutboxTransport.classify(core, call: .update).message == "core: " + core.description)
        let coded = CoreError.core(code: "NO_MOBILE_PHONE_ERROR", message: "Не заполнен телефон")
        #expect(CoreOutboxTransport.classify(coded, call: .create).message == "core.NO_MOBILE_PHONE_ERROR: " + coded.description)
        let login = CoreOutboxTransport.classify(.unauthorized(server: Self.server, message: nil), call: .create)
        #expect(login == .rejected(CoreOutboxTransport.loginRefusedMessage))
        #expect(login.message.contains("password"))
        let down = CoreError.unreachable(server: Self.server, reason: "connection refused")
        #expect(CoreOutboxTransport.classify(down, call: .create) == .retryable("unreachable: " + down.description))
    }
}
