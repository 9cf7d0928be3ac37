import Foundation
import Testing

/// The login methods and refused logins through the real binaries.
extension BinaryTests {
    private func bareEnv(_ extra: [String: String]) -> [String: String] {
        ["HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": "/nonexistent-leadterm-test",
         "XDG_DATA_HOME": NSTemporaryDirectory() + "leadterm-bin-tests", "LANG": "C.UTF-8"].merging(extra) { $1 }
    }

    @Test func aRefusedLoginExitsFiveWithTheReason() throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        let lead = NSTemporaryDirectory() + "login-lead-\(UUID().uuidString).json"
        try #"{"firstName":"Пётр","mobilePhone":"79990001122"}"#.write(toFile: lead, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: lead) }
        try Self.withSimulator(["--user-locked"]) { url in
            let env = bareEnv(["LEADTERM_SERVER": url, "LEADTERM_CUSTOMER_KEY": "demo", "LEADTERM_USER": "demo",
                               "LEADTERM_PASSWORD": "demo"])
            let lookup = try Self.run(leadterm, ["lookup", "100401"], env: env)
            #expect(lookup.status == 5)
            #expect(lookup.err.contains("the user is locked"))
            #expect(lookup.err.contains("Пользователь demo заблокирован"))
            let submit = try Self.run(leadterm, ["submit", lead], env: env)
            #expect(submit.status == 5)
            #expect(submit.out.isEmpty)
        }
        try Self.withSimulator { url in
            let env = bareEnv(["LEADTERM_SERVER": url, "LEADTERM_CUSTOMER_KEY": "other", "LEADTERM_USER": "demo",
                               "LEADTERM_PASSWORD": "demo"])
            let submit = try Self.run(leadterm, ["submit", lead], env: env)
            #expect(submit.status == 5)
            #expect(submit.err.contains("the core does not know this customer key"))
        }
    }

    @Test func scramAndOAuthLogInThroughTheBinary() throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        try Self.withSimulator(["--scram-mode", "SCRAM_SHA512"]) { url in
            let plain = ["LEADTERM_SERVER": url, "LEADTERM_CUSTOMER_KEY": "demo", "LEADTERM_USER": "demo",
                         "LEADTERM_PASSWORD": "demo"]
            let scram = try Self.run(leadterm, ["lookup", "100401", "--auth", "scram"], env: bareEnv(plain))
            #expect(scram.status == 0, "\(scram.err)")
            #expect(scram.out.contains("Иванов Иван Ивановнич"))
            let viaEnv = try Self.run(leadterm, ["lookup", "100401"], env: bareEnv(plain.merging(["LEADTERM_AUTH": "scram"]) { $1 }))
            #expect(viaEnv.status == 0, "\(viaEnv.err)")
            let unknown = try Self.run(leadterm, ["lookup", "100401", "--auth", "kerberos"], env: bareEnv(plain))
            #expect(unknown.status == 2)
            #expect(unknown.err.contains("auth must be"))

            // OAuth: the token URL and client id from the file, the secret from the environment.
            let dir = NSTemporaryDirectory() + "leadterm-oauth-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: dir + "/leadterm", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let config = dir + "/leadterm/config.toml"
            try "server = \"\(url)\"\ncustomer-key = \"demo\"\nauth = \"oauth\"\ntoken-url = \"\(url)\"\nclient-id = \"leadterm-demo\"\n"
                .write(toFile: config, atomically: true, encoding: .utf8)
            let fileEnv = ["HOME": dir, "XDG_CONFIG_HOME": dir, "XDG_DATA_HOME": dir + "/data", "LANG": "C.UTF-8"]
            let oauth = try Self.run(leadterm, ["lookup", "100401"], env: fileEnv.merging(["LEADTERM_CLIENT_SECRET": "demo-secret"]) { $1 })
            #expect(oauth.status == 0, "\(oauth.err)")
            #expect(oauth.out.contains("Иванов Иван Ивановнич"))
            let noSecret = try Self.run(leadterm, ["lookup", "100401"], env: fileEnv)
            #expect(noSecret.status == 2)
            #expect(noSecret.err.contains("LEADTERM_CLIENT_SECRET"))
            let wrongSecret = try Self.run(leadterm, ["lookup", "100401"], env: fileEnv.merging(["LEADTERM_CLIENT_SECRET": "x"]) { $1 })
            #expect(wrongSecret.status == 5)
            #expect(wrongSecret.err.contains("invalid_client"))

            // A secret in a file others can read is refused, as a password is.
            try "server = \"\(url)\"\ncustomer-key = \"demo\"\nauth = \"oauth\"\nclient-id = \"leadterm-demo\"\nclient-secret = \"demo-secret\"\n"
                .write(toFile: config, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: config)
            let open = try Self.run(leadterm, ["lookup", "100401"], env: fileEnv)
            #expect(open.status == 2)
            #expect(open.err.contains("config.toml:5 (client-secret)"))
            #expect(open.err.contains("chmod 600"))
        }
    }
}
