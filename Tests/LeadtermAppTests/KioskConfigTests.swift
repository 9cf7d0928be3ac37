import Foundation
import Testing
@testable import LeadApp
@testable import leadterm

/// The supervisor PIN's salted hash, and the `[kiosk]` part of the config file.
struct KioskConfigTests {
    @Test func aHashVerifiesOnlyItsOwnPINAndIsSaltedFreshEachTime() throws {
        let a = try SupervisorPIN.hash("2468")
        let b = try SupervisorPIN.hash("2468")
        #expect(a.encoded != b.encoded, "two hashes of one PIN are the same: no fresh salt")
        #expect(a.encoded.hasPrefix("$y$"), "not yescrypt: \(a.encoded)")
        #expect(!a.encoded.contains("2468"))
        #expect(a.verify("2468") && b.verify("2468"))
        for wrong in ["2469", "246", "24680", "", " 2468"] { #expect(!a.verify(wrong), "\(wrong) accepted") }
        // What the config holds, read back.
        #expect(try SupervisorPIN(encoded: a.encoded).verify("2468"))
    }

    @Test func shortPINsAndNonHashesAreRefused() {
        #expect(throws: SupervisorPIN.Problem.tooShort(minimum: 4)) { try SupervisorPIN.hash("123") }
        for text in ["2468", "", "$", "$y$", "plain text", "$zz$abc$def"] {
            #expect(throws: SupervisorPIN.Problem.self, "\(text) taken as a hash") { try SupervisorPIN(encoded: text) }
        }
        // Traditional DES crypt: a known, weak method.
        #expect(throws: SupervisorPIN.Problem.weakMethod) { try SupervisorPIN(encoded: "$1$saltsalt$2vnaRpHa6Jxjz5n83ok8Z0") }
    }

    @Test func kioskSettingsAreReadWithLineAndKeyOnMistakes() throws {
        let hash = try SupervisorPIN.hash("2468").encoded
        let file = try ConfigFile.parse("""
            log-level = "debug"
            language = "en"
            [kiosk]
            enabled = true
            idle-seconds = 90
            supervisor-pin = "\(hash)"
            """, path: "c.toml")
        #expect(file.kiosk.enabled == true && file.kiosk.idleSeconds == 90)
        #expect(file.kiosk.supervisorPIN?.verify("2468") == true)
        #expect(file.logLevel == "debug" && file.language == "en")

        let mistakes: [(String, String)] = [
            ("server = \"x\"\n[kiosk]\nidle-seconds = 5\n", "c.toml:3 (kiosk.idle-seconds)"),
            ("[kiosk]\nenabled = \"yes\"\n", "c.toml:2 (kiosk.enabled)"),
            ("[kiosk]\nsupervisor-pin = \"2468\"\n", "c.toml:2 (kiosk.supervisor-pin)"),
            ("[kiosk]\npin = \"x\"\n", "c.toml:2 (kiosk.pin)"),
            ("\nlog-level = \"loud\"\n", "c.toml:2 (log-level)"),
            ("language = \"de\"\n", "c.toml:1 (language)"),
            ("country = \"XX\"\n", "c.toml:1 (country)"),
            ("kiosk = true\n", "c.toml:1 (kiosk)"),
        ]
        for (text, place) in mistakes {
            do {
                _ = try ConfigFile.parse(text, path: "c.toml")
                Issue.record("accepted: \(text)")
            } catch let problem as ConfigFile.Problem {
                #expect(problem.description.hasPrefix(place), "\(problem.description) does not start with \(place)")
            }
        }
    }

    @Test func aPINHashOthersCanReadIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("config.toml").path
        let hash = try SupervisorPIN.hash("2468").encoded
        try Data("[kiosk]\nenabled = true\nsupervisor-pin = \"\(hash)\"\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        do {
            _ = try ConfigFile.load(path: path)
            Issue.record("a world-readable PIN hash was accepted")
        } catch let problem as ConfigFile.Problem {
            #expect(problem.description.contains(":3 (kiosk.supervisor-pin)"))
            #expect(problem.description.contains("chmod 600"))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try ConfigFile.load(path: path).kiosk.supervisorPIN?.verify("2468") == true)
    }
}
