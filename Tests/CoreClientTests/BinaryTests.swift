import Foundation
import Testing

/// The real `leadterm-sim` and `leadterm` binaries, as a person uses them.
@Suite(.serialized) struct BinaryTests {
    /// `LEADTERM_BIN`/`LEADTERM_SIM_BIN`, or next to the test bundle (the products folder).
    static func binary(_ name: String, variable: String) -> URL? {
        if let path = ProcessInfo.processInfo.environment[variable] { return URL(fileURLWithPath: path) }
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        let fromArgs = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name)
        return FileManager.default.isExecutableFile(atPath: fromArgs.path) ? fromArgs : nil
    }

    struct Run { let status: Int32; let out: String; let err: String }

    static func run(_ exe: URL, _ args: [String], env: [String: String]) throws -> Run {
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// Starts `leadterm-sim --port 0`, reads its first line (the URL), runs `body`, then SIGTERMs it.
    static func withSimulator(_ arguments: [String] = [], _ body: (String) throws -> Void) throws {
        let simExe = try #require(binary("leadterm-sim", variable: "LEADTERM_SIM_BIN"))
        let sim = Process()
        sim.executableURL = simExe
        sim.arguments = ["--port", "0"] + arguments
        let out = Pipe()
        sim.standardOutput = out
        try sim.run()
        defer { sim.terminate(); sim.waitUntilExit() }
        var firstLine = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            firstLine.append(byte)
        }
        let url = String(decoding: firstLine, as: UTF8.self)
        #expect(url.hasPrefix("http://127.0.0.1:"))
        try body(url)
    }

    private func env(_ url: String, password: String? = "demo", extra: [String: String] = [:]) -> [String: String] {
        var e = ["LEADTERM_SERVER": url, "LEADTERM_CUSTOMER_KEY": "demo", "LEADTERM_USER": "demo",
                 "HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": "/nonexistent-leadterm-test",
                 "XDG_DATA_HOME": NSTemporaryDirectory() + "leadterm-bin-tests", "LANG": "C.UTF-8"]
        if let password { e["LEADTERM_PASSWORD"] = password }
        return e.merging(extra) { _, new in new }
    }

    @Test func lookupAndSubmitAgainstTheSimulatorBinary() throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        try Self.withSimulator { url in
            let lookup = try Self.run(leadterm, ["lookup", "100405,100401", "--preserve-order"], env: env(url))
            #expect(lookup.status == 0, "\(lookup.err)")
            let lines = lookup.out.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines.first?.hasPrefix("ID") == true)
            #expect(lines.dropFirst().first?.contains("Васильев Сергей Петрович") == true)
            #expect(lines.last?.contains("+7 905 735-70-14") == true)
            #expect(lines.last?.contains("1222 125523") == true)

            let missing = try Self.run(leadterm, ["lookup", "100401", "424242"], env: env(url))
            #expect(missing.status == 1)
            #expect(missing.err.contains("not found: 424242"))

            // The vendor's sample as written is refused before anything is sent...
            let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../LeadModelTests/Fixtures/sample-lead.json").standardized
            let refused = try Self.run(leadterm, ["submit", sample.path, "--language", "en"], env: env(url))
            #expect(refused.status == 1)
            #expect(refused.err.contains("periodUnit"))
            #expect(refused.out.isEmpty)

            // ...and with its two defects corrected it is stored.
            let fixed = NSTemporaryDirectory() + "sample-fixed-\(UUID().uuidString).json"
            defer { try? FileManager.default.removeItem(atPath: fixed) }
            let text = try String(contentsOf: sample, encoding: .utf8)
                .replacingOccurrences(of: "\"counryId\"", with: "\"countryId\"")
                .replacingOccurrences(of: "\"DAYS;MONTHS;YEARS\"", with: "\"MONTHS\"")
            try text.write(toFile: fixed, atomically: true, encoding: .utf8)
            let created = try Self.run(leadterm, ["submit", fixed], env: env(url))
            #expect(created.status == 0, "\(created.err)")
            #expect(created.out == "48213\n")
            let updated = try Self.run(leadterm, ["submit", "--update", "48213", fixed], env: env(url))
            #expect(updated.status == 0, "\(updated.err)")
            #expect(updated.out == "48213\n")

            let noPassword = try Self.run(leadterm, ["lookup", "100401"], env: env(url, password: nil))
            #expect(noPassword.status == 2)
            #expect(noPassword.err.contains("LEADTERM_PASSWORD"))

            let wrong = try Self.run(leadterm, ["lookup", "100401"], env: env(url, password: "nope"))
            #expect(wrong.status == 5)
            #expect(wrong.err.contains("Login to \(url) refused"))
        }
    }

    /// `lookup 10132416 --json` prints the vendor's example client as the seed holds it, and
    /// the search keys find clients a page at a time, printing only what was asked.
    @Test func lookupFindsTheVendorsClientAndSearchesByEachKey() throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        try Self.withSimulator { url in
            let vendor = try Self.run(leadterm, ["lookup", "10132416", "--json"], env: env(url))
            #expect(vendor.status == 0, "\(vendor.err)")
            let printed = try JSONSerialization.jsonObject(with: Data(vendor.out.utf8)) as? [[String: Any]]
            let client = try #require(printed?.first)
            #expect(printed?.count == 1)
            #expect(client["id"] as? Int == 10132416)
            #expect(client["lastName"] as? String == "Дроздов")
            #expect(client["firstName"] as? String == "Станислав")
            #expect(client["patronymic"] as? String == "Сергеевич")
            #expect((client["passport"] as? [String: Any])?["no"] as? String == "7237052")

            let byPhone = try Self.run(leadterm, ["lookup", "--phone", "+7 (916) 123-45-87"], env: env(url))
            #expect(byPhone.status == 0, "\(byPhone.err)")
            #expect(byPhone.out.contains("Смирнова Анна Сергеевна"))
            #expect(byPhone.out.split(separator: "\n").count == 2)
            let byPassport = try Self.run(leadterm, ["lookup", "--passport", "2342 7237052", "--json"], env: env(url))
            #expect(byPassport.status == 0, "\(byPassport.err)")
            #expect(byPassport.out.contains("10132416"))
            let byName = try Self.run(leadterm, ["lookup", "--name", "иванов", "--birth-date", "1987-07-29"], env: env(url))
            #expect(byName.status == 0, "\(byName.err)")
            #expect(byName.out.contains("Иванов Иван Ивановнич"))
            #expect(!byName.out.contains("Иванович"), "the other Иванов has another birth date")
            let secondPage = try Self.run(leadterm, ["lookup", "--name", "Иванов", "--birth-date", "1987-07-29",
                                                     "--page", "2", "--page-size", "1"], env: env(url))
            #expect(secondPage.status == 1)
            #expect(secondPage.err.contains("no clients on page 2"))
            let nobody = try Self.run(leadterm, ["lookup", "--phone", "70000000000"], env: env(url))
            #expect(nobody.status == 1)
            #expect(nobody.err.contains("no client found"))

            for bad in [["--phone", "12"], ["--name", "Иванов"], ["100401", "--phone", "79161234587"],
                        ["--passport", "12 34 56"], ["--phone", "79161234587", "--page-size", "1000"], []] {
                let refused = try Self.run(leadterm, ["lookup"] + bad, env: env(url))
                #expect(refused.status == 2, "\(bad): \(refused.err)")
            }
            let searches = try Self.simRequests(url).filter { ($0["path"] as? String)?.hasSuffix("/partial-load") == true }
            #expect(searches.count == 5)
            #expect(searches.allSatisfy { $0["method"] as? String == "POST" })
        }
    }

    /// `submit --check` creates, runs the check and prints the status and its records.
    @Test func submitCheckPrintsTheStatusAndTheRecords() throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        try Self.withSimulator { url in
            let dir = NSTemporaryDirectory() + "submit-check-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let bare = dir + "/bare.json"
            try #"{"firstName": "Пётр", "mobilePhone": "79990001122"}"#.write(toFile: bare, atomically: true, encoding: .utf8)
            let denied = try Self.run(leadterm, ["submit", bare, "--check"], env: env(url))
            #expect(denied.status == 6, "\(denied.err)")
            let lines = denied.out.split(separator: "\n").map(String.init)
            #expect(lines.first == "48213")
            #expect(lines.contains("currentStatus: DENIED"))
            #expect(lines.contains("clientId: 100500"))
            #expect(lines.contains("DENIED\tcode: NO_PASSPORT_ERROR; message: passport"))
            #expect(denied.err.contains("denied"))

            let full = dir + "/full.json"
            try #"""
                {"firstName": "Глеб", "lastName": "Орлов", "patronymic": "Ильич", "mobilePhone": "79990001133",
                 "birthDate": "1985-05-05", "snils": "11223344595",
                 "passport": {"seria": "4521", "no": "300400", "issueDate": "2010-06-01"}}
                """#.write(toFile: full, atomically: true, encoding: .utf8)
            let approved = try Self.run(leadterm, ["submit", full, "--check"], env: env(url))
            #expect(approved.status == 0, "\(approved.err)")
            #expect(approved.out.hasPrefix("48214\ncurrentStatus: APPROVED\nclientId: 100501\nloanApplicationId: "))
            #expect(approved.out.contains("CHECK\t\nAPPROVED\t\n"))

            let plain = try Self.run(leadterm, ["submit", full], env: env(url))
            #expect(plain.status == 0)
            #expect(plain.out == "48215\n", "without --check only the id, as before")
        }
    }

    /// The simulator's request log, over its admin route.
    static func simRequests(_ url: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: try #require(URL(string: url + "/_sim/requests")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func aDownCoreGivesOneLineNamingTheServer() throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        var url = ""
        try Self.withSimulator { url = $0 }  // the port is closed once it has stopped
        let start = Date()
        let run = try Self.run(leadterm, ["lookup", "100401"], env: env(url))
        let elapsed = Date().timeIntervalSince(start)
        #expect(run.status == 3)
        #expect(run.err == "leadterm: The core at \(url) is unreachable (connection refused).\n")
        print("down core through the binary: \(String(format: "%.3f", elapsed)) s")
    }

    @Test func theConfigFileIsReadAndChecked() throws {
        let leadterm = try #require(Self.binary("leadterm", variable: "LEADTERM_BIN"))
        try Self.withSimulator { url in
            let dir = NSTemporaryDirectory() + "leadterm-config-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: dir + "/leadterm", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let path = dir + "/leadterm/config.toml"
            let bare = ["HOME": dir, "XDG_CONFIG_HOME": dir, "XDG_DATA_HOME": dir + "/data", "LANG": "C.UTF-8"]

            let good = "server = \"\(url)\"\ncustomer-key = \"demo\"\nuser = \"demo\"\npassword = \"demo\"\nrequest-timeout = 10\n"
            try good.write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            let open = try Self.run(leadterm, ["lookup", "100401"], env: bare)
            #expect(open.status == 2)
            #expect(open.err.contains("chmod 600"))
            #expect(open.err.contains("config.toml:4"))

            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            let ok = try Self.run(leadterm, ["lookup", "100401"], env: bare)
            #expect(ok.status == 0, "\(ok.err)")
            #expect(ok.out.contains("Иванов Иван Ивановнич"))

            // The environment wins over the file; flags win over the environment.
            let envWins = try Self.run(leadterm, ["lookup", "100401"], env: bare.merging(["LEADTERM_USER": "someone"]) { $1 })
            #expect(envWins.status == 5)
            let flagWins = try Self.run(leadterm, ["lookup", "100401", "--user", "demo"],
                                        env: bare.merging(["LEADTERM_USER": "someone"]) { $1 })
            #expect(flagWins.status == 0, "\(flagWins.err)")

            try "server = \"\(url)\"\nrequest-timeout = \"soon\"\n".write(toFile: path, atomically: true, encoding: .utf8)
            let typed = try Self.run(leadterm, ["lookup", "100401"], env: bare)
            #expect(typed.status == 2)
            #expect(typed.err.contains("config.toml:2 (request-timeout)"))

            try "server = \"\(url)\nuser = 1\n".write(toFile: path, atomically: true, encoding: .utf8)
            let broken = try Self.run(leadterm, ["lookup", "100401"], env: bare)
            #expect(broken.status == 2)
            #expect(broken.err.contains("config.toml:1"))
        }
    }
}
