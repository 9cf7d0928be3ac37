import AsyncHTTPClient
@testable import CoreClient
import Foundation
import LeadModel
import NIOCore
import NIOHTTP1
import Testing

/// Path building, answer decoding and transport-error mapping, without a network.
@Suite struct MappingTests {
    @Test func defaultPathsAndParameters() {
        let paths = CorePaths.default
        #expect(paths.path(.clients, ["ids": "1,2,3"]) == "/bs-core/main/clients/find/1,2,3")
        #expect(paths.path(.updateLead, ["id": "362"]) == "/bs-core/main/leads/362")
        #expect(paths.path(.findLeads, ["from": "2024-01-01T00:00:00", "to": "2024-01-02T23:59:59"])
            == "/bs-core/main/leads/find/date-from/2024-01-01T00:00:00/date-to/2024-01-02T23:59:59")
        #expect(paths.path(.fetchLead, ["id": "a/b c"]) == "/bs-core/main/leads/a%2Fb%20c")
    }

    @Test func overridesAreCheckedForTheirParameters() throws {
        let custom = try CorePaths(overrides: ["create-lead": "/gw/leads", "fetch-lead": "/gw/leads/{id}/full"])
        #expect(custom.path(.createLead) == "/gw/leads")
        #expect(custom.path(.fetchLead, ["id": "7"]) == "/gw/leads/7/full")
        #expect(custom.path(.countries) == "/bs-core/dicts/countries")
        #expect(throws: CoreError.self) { try CorePaths(overrides: ["fetch-lead": "/gw/leads"]) }
        #expect(throws: CoreError.self) { try CorePaths(overrides: ["create-lead": "gw/leads"]) }
        #expect(throws: CoreError.self) { try CorePaths(overrides: ["fetch-leads": "/x/{id}"]) }
    }

    @Test func findDatesAreFormattedInTheCoresZone() throws {
        let instant = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14 22:13:20 UTC
        #expect(CoreDateTime.format(instant, in: try #require(TimeZone(identifier: "UTC"))) == "2023-11-14T22:13:20")
        #expect(CoreDateTime.format(instant, in: try #require(TimeZone(identifier: "Europe/Moscow"))) == "2023-11-15T01:13:20")
    }

    private func answer(_ status: Int, _ body: String) -> RawAnswer {
        RawAnswer(status: status, headers: [:], body: Data(body.utf8))
    }

    private func decode<T: Decodable & Sendable>(_ type: T.Type, _ a: RawAnswer, isRead: Bool = true) -> CoreError? {
        do {
            _ = try AnswerDecoding.payload(type, from: a, server: "https://core", isRead: isRead)
            return nil
        } catch {
            return error
        }
    }

    private func login(_ a: RawAnswer) -> CoreError? {
        do {
            _ = try AnswerDecoding.loginToken(from: a, server: "https://core")
            return nil
        } catch {
            return error
        }
    }

    /// A login that fails is never taken for a refused lead (`core(message)`), and a 5xx
    /// stays something to try again later even when the core wrote a message.
    @Test func loginFailuresAreAboutTheLoginNotTheLead() {
        let envelope500 = #"{"status":"error","data":"Сервис временно недоступен","timestamp":1}"#
        #expect(login(answer(503, envelope500)) == .http(status: 503, server: "https://core"))
        #expect(login(answer(503, envelope500))?.isTransient == true)
        #expect(login(answer(500, "Internal Server Error")) == .http(status: 500, server: "https://core"))
        #expect(login(answer(401, #"{"status":"error","data":"Неверный пароль"}"#))
            == .unauthorized(server: "https://core", message: "Неверный пароль"))
        #expect(login(answer(422, #"{"status":"error","data":"Пользователь заблокирован"}"#))
            == .unauthorized(server: "https://core", message: "Пользователь заблокирован"))
        #expect(login(answer(404, "")) == .http(status: 404, server: "https://core"))
        #expect(login(answer(200, #"{"status":"error","data":"Неверный ключ клиента"}"#))
            == .unauthorized(server: "https://core", message: "Неверный ключ клиента"))
        #expect(login(RawAnswer(status: 200, headers: ["bsauth": "t0k"], body: Data())) == nil)
    }

    @Test func answersMapToErrorsAPersonCanRead() {
        #expect(decode(Int64.self, answer(200, #"{"status":"error","data":"Клиент\u001b[31m заблокирован\n","timestamp":1}"#))
            == .core(code: nil, message: "Клиент[31m заблокирован"))
        #expect(decode(Int64.self, answer(500, #"{"status":"error","data":{"message":"Ошибка при выполнении коммита транзакции"}}"#))
            == .core(code: nil, message: "Ошибка при выполнении коммита транзакции"))
        #expect(decode(Int64.self, answer(502, "<html>Bad Gateway</html>")) == .http(status: 502, server: "https://core"))
        #expect(decode(Int64.self, answer(200, "<html>")) == .badResponse(path: "", reason: "it is not valid JSON"))
        #expect(decode(Int64.self, answer(200, #"{"status":"ok","timestamp":1}"#)) == .badResponse(path: "data", reason: "is missing"))
        #expect(decode([Client].self, answer(200, #"{"status":"ok","data":[{"id":1},{"id":2,"birthDate":"1990-02-30"}]}"#))
            == .badResponse(path: "data[1].birthDate", reason: "\"1990-02-30\" is not a real calendar date in the form YYYY-MM-DD"))
        #expect(decode(Int64.self, answer(200, #"{"status":"ok","data":"362"}"#), isRead: false)
            == .outcomeUnknown(server: "https://core", cause: .unreadableAnswer(path: "data", reason: "expected an integer")))
        #expect(decode(Int64.self, answer(200, #"{"status":"ok","data":362}"#)) == nil)
    }

    @Test func transportErrorsSayWhetherARequestCouldHaveArrived() {
        let refused = IOError(errnoCode: ECONNREFUSED, reason: "connect")
        #expect(TransportFailure.coreError(refused, server: "s", isRead: false) == .unreachable(server: "s", reason: "connection refused"))
        #expect(TransportFailure.coreError(HTTPClientError.connectTimeout, server: "s", isRead: false) == .timedOut(server: "s", phase: .connect))
        #expect(TransportFailure.coreError(HTTPClientError.remoteConnectionClosed, server: "s", isRead: true) == .connectionLost(server: "s"))
        #expect(TransportFailure.coreError(HTTPClientError.remoteConnectionClosed, server: "s", isRead: false)
            == .outcomeUnknown(server: "s", cause: .connectionLost))
        #expect(TransportFailure.coreError(HTTPClientError.deadlineExceeded, server: "s", isRead: true) == .timedOut(server: "s", phase: .response))
        #expect(TransportFailure.coreError(HTTPClientError.readTimeout, server: "s", isRead: false)
            == .outcomeUnknown(server: "s", cause: .timedOut))
        #expect(TransportFailure.coreError(IOError(errnoCode: ECONNRESET, reason: "read"), server: "s", isRead: false).mayHaveCommitted)
        #expect(TransportFailure.coreError(CancellationError(), server: "s", isRead: false) == .cancelled)
    }

    /// Printed JSON keeps every string (a reader decodes the same text) with no raw C1 or
    /// bidi control left for a terminal to act on.
    @Test func printedJSONEscapesWhatTerminalsActOn() throws {
        let hostile = "Волков\u{9B}2J\u{202E}тест\u{200B}\u{85}"
        let json = String(decoding: try JSONEncoder().encode([hostile]), as: UTF8.self)
        let safe = json.escapingTerminalControlsInJSON
        #expect(!safe.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.properties.generalCategory == .format })
        #expect(safe.contains("\\u009b") && safe.contains("\\u202e"))
        #expect(try JSONDecoder().decode([String].self, from: Data(safe.utf8)) == [hostile])
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        #expect("a\u{1B}]0;title\u{07}b".strippingControlCharacters == "a]0;titleb")
        #expect("Иванов\u{202E}вонавИ".strippingControlCharacters == "ИвановвонавИ")
        #expect("  two\tlines\r\nhere \u{85}".strippingControlCharacters == "two lines here")
        #expect("Ёлка — 5 ₽".strippingControlCharacters == "Ёлка — 5 ₽")
    }

    @Test func insecureModeIsOnlyForLoopback() throws {
        func connection(_ server: String, insecure: Bool = true) throws -> CoreConnection {
            CoreConnection(server: try #require(URL(string: server)), customerKey: "k", userName: "u", password: "p",
                           insecureSkipVerify: insecure)
        }
        #expect(throws: Never.self) { try connection("https://127.0.0.1:8443").validate() }
        #expect(throws: Never.self) { try connection("https://localhost").validate() }
        #expect(throws: Never.self) { try connection("https://[::1]:9000").validate() }
        #expect(throws: CoreError.self) { try connection("https://core.bank.local").validate() }
        #expect(throws: CoreError.self) { try connection("https://127.0.0.1.evil.example").validate() }
        #expect(throws: Never.self) { try connection("https://core.bank.local", insecure: false).validate() }
        #expect(throws: CoreError.self) { try connection("ftp://core").validate() }
    }

    @Test func errorDescriptionsNameTheServer() {
        let e = CoreError.unreachable(server: "https://core.bank.local:8443", reason: "connection refused")
        #expect(e.description == "The core at https://core.bank.local:8443 is unreachable (connection refused).")
        #expect(!e.description.contains("\n"))
        #expect(CoreError.outcomeUnknown(server: "x", cause: .connectionLost).description.contains("Check for it before sending again"))
    }
}
