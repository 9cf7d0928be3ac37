import LeadApp
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// `allow-plain-http = true`: the login screen says, whole at 80×24 and in the operator's
/// language, that the password is about to cross the network unencrypted; never otherwise.
struct PlainHTTPWarningTests {
    static func loginScreen(server: String, allowed: Bool, language: Language) throws -> [String] {
        var screen = try FormFuzzTests.freshScreen(language: language)
        screen.model = AppModel(screen: .login(LoginScreen(server: server, customerKey: "k", user: "u")))
        screen.allowPlainHTTP = allowed
        screen.size = .minimumTerminal
        return AppView.frame(&screen, size: .minimumTerminal).lines
    }

    @Test func theLoginWarnsOfPlainHTTPToAnotherMachineInBothLanguages() throws {
        let russian = try Self.loginScreen(server: "http://192.0.2.10:8080", allowed: true, language: .ru)
        #expect(russian.contains { $0.contains("Внимание: http:// — пароль уйдёт без шифрования (allow-plain-http)") })
        let english = try Self.loginScreen(server: "http://192.0.2.10:8080", allowed: true, language: .en)
        #expect(english.contains { $0.contains("Warning: http:// — the password goes unencrypted (allow-plain-http)") })
    }

    @Test func noWarningForLoopbackHTTPSOrWhenNotAllowed() throws {
        for (server, allowed) in [("http://127.0.0.1:8080", true), ("https://core.bank.local", true),
                                  ("http://192.0.2.10:8080", false)] {
            let lines = try Self.loginScreen(server: server, allowed: allowed, language: .en)
            #expect(!lines.contains { $0.contains("allow-plain-http") }, "\(server) allowed=\(allowed)")
        }
    }
}
