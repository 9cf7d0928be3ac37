import Foundation
import Testing
@testable import LeadApp
@testable import leadterm

/// The config's errors name the true reason and the place: a link's target's mode, what kind
/// of file it is, its size, the first unknown key and its line.
@Suite struct ConfigFileHonesty {
    private static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-honesty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func problem(_ body: () throws -> ConfigFile) -> String? {
        do { _ = try body(); return nil } catch { return "\(error)" }
    }

    @Test func aLinkIsJudgedByTheFileItPointsTo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("real.toml")
        try Data("user = \"ivanova\"\npassword = \"secret\"\n".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        let link = folder.appendingPathComponent("config.toml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)

        #expect(try ConfigFile.load(path: link.path).password == "secret")  // the link's own 0777 does not count

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target.path)
        let refused = try #require(Self.problem { try ConfigFile.load(path: link.path) })
        #expect(refused.contains("is a link to \(target.resolvingSymlinksInPath().path), which can be read by others (mode 644)"), "\(refused)")
        #expect(refused.contains("chmod 600 \(target.resolvingSymlinksInPath().path)"), "\(refused)")
    }

    @Test func whatIsNotAFileIsRefusedBeforeReading() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.problem { try ConfigFile.load(path: folder.path) }?.contains("is a directory, not a file") == true)
        #expect(Self.problem { try ConfigFile.load(path: "/dev/zero") }?.contains("is a device, not a file") == true)
        let big = folder.appendingPathComponent("big.toml")
        try Data(String(repeating: "# comment\n", count: 200).utf8).write(to: big)
        #expect(Self.problem { try ConfigFile.load(path: big.path, maxBytes: 1000) }?
            .contains("more than a config file may be (1000") == true)
        let latin = folder.appendingPathComponent("latin.toml")
        try Data([0x75, 0x73, 0x65, 0x72, 0x3D, 0x22, 0xC8, 0x22, 0x0A]).write(to: latin)
        #expect(Self.problem { try ConfigFile.load(path: latin.path) }?.contains("is not UTF-8: invalid byte at offset 6") == true)
    }

    @Test func theFirstUnknownKeyIsNamedWithItsLineEveryTime() throws {
        var text = "server = \"https://core.bank.local\"\n"
        for i in 0..<20_000 { text += "key\(i) = \(i)\n" }
        for _ in 0..<3 {
            let refused = try #require(Self.problem { try ConfigFile.parse(text, path: "c.toml") })
            #expect(refused.hasPrefix("c.toml:2 (key0): unknown setting"), "\(refused)")
        }
        let kiosk = try #require(Self.problem { try ConfigFile.parse("[kiosk]\nenabled = true\nidle = 5\nzeta = 1\n", path: "k.toml") })
        #expect(kiosk.hasPrefix("k.toml:3 (kiosk.idle): unknown setting"), "\(kiosk)")
    }
}
