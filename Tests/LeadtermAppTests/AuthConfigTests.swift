import CoreClient
import Foundation
import Testing
@testable import LeadApp
@testable import leadterm

/// `auth`, `token-url`, `client-id` and `client-secret`: from the file, the environment and `--auth`.
struct AuthConfigTests {
    private let base = ConnectionFlags(server: "https://core.bank.local", customerKey: "tenant", user: "ivanova")

    @Test func plainIsTheDefaultAndScramComesFromAFlagOrTheEnvironment() throws {
        #expect(try ConnectionSettings.resolve(flags: base, environment: [:], file: nil).auth == .plain)
        var flags = base
        flags.auth = "scram"
        #expect(try ConnectionSettings.resolve(flags: flags, environment: [:], file: nil).auth == .scram)
        #expect(try ConnectionSettings.resolve(flags: base, environment: ["LEADTERM_AUTH": "scram"], file: nil).auth == .scram)
        // The flag wins over the environment, which wins over the file.
        var file = ConfigFile()
        file.auth = "scram"
        flags.auth = "plain"
        #expect(try ConnectionSettings.resolve(flags: flags, environment: ["LEADTERM_AUTH": "scram"], file: file).auth == .plain)
        #expect(try ConnectionSettings.resolve(flags: base, environment: ["LEADTERM_AUTH": "plain"], file: file).auth == .plain)
    }

    @Test func oauthTakesTheDefaultTokenURLForTheCustomerKey() throws {
        var file = ConfigFile()
        file.auth = "oauth"
        file.clientID = "leadterm"
        var flags = base
        flags.user = nil
        let settings = try ConnectionSettings.resolve(flags: flags, environment: ["LEADTERM_CLIENT_SECRET": "s3"], file: file)
        let url = try #require(URL(string: "https://tenant-auth.brainysoft.ru"))
        #expect(settings.auth == .oauth(tokenURL: url, clientID: "leadterm", clientSecret: "s3"))
        #expect(settings.password == "", "OAuth has no password to ask for")
        #expect(settings.connection(password: "").auth == settings.auth)

        file.tokenURL = "https://auth.bank.local/base"
        file.clientSecret = "from-file"
        let own = try ConnectionSettings.resolve(flags: flags, environment: [:], file: file)
        let ownURL = try #require(URL(string: "https://auth.bank.local/base"))
        #expect(own.auth == .oauth(tokenURL: ownURL, clientID: "leadterm", clientSecret: "from-file"))
    }

    /// The problem resolving reports, or nil when it resolves.
    private func problem(_ environment: [String: String], _ file: ConfigFile) -> String? {
        do {
            _ = try ConnectionSettings.resolve(flags: base, environment: environment, file: file)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func oauthWithoutItsSettingsSaysWhatIsMissing() throws {
        var file = ConfigFile()
        file.auth = "oauth"
        #expect(problem([:], file)?.contains("client-id") == true)
        file.clientID = "leadterm"
        #expect(problem([:], file)?.contains("LEADTERM_CLIENT_SECRET") == true)
        file.tokenURL = "ftp://auth"
        #expect(problem(["LEADTERM_CLIENT_SECRET": "s"], file)?.contains("token-url") == true)
        file.tokenURL = nil
        #expect(problem(["LEADTERM_CLIENT_SECRET": "s"], file) == nil)
    }

    @Test func theFileChecksTheAuthName() throws {
        let file = try ConfigFile.parse("auth = \"oauth\"\ntoken-url = \"https://a\"\nclient-id = \"c\"\n", path: "c.toml")
        #expect(file.auth == "oauth" && file.tokenURL == "https://a" && file.clientID == "c")
        #expect(throws: ConfigFile.Problem.self) { try ConfigFile.parse("auth = \"kerberos\"\n", path: "c.toml") }
        do {
            _ = try ConfigFile.parse("\nauth = \"basic\"\n", path: "c.toml")
        } catch let problem as ConfigFile.Problem {
            #expect(problem.description == #"c.toml:2 (auth): must be one of: "plain", "oauth", "scram""#)
        }
    }
}
