import Foundation
import Testing

/// The app's memory target (under 25 MB resident; it runs at about 20) does not survive a
/// few Foundation and stdlib facilities whose first use loads large tables: Swift Regex
/// (about 1.8 MB), Foundation's date formatting and the current time zone, calendar or locale
/// (ICU's data, about 2.5 MB). They are not needed: `ClockTime` and `CalendarDate.today()`
/// read the C library's clock, `LogRedactor` scans by hand. This keeps them out of Sources/.
struct MemoryHeavyAPIsTests {
    static let banned: [(token: String, why: String)] = [
        ("#/", "a Swift Regex literal (the Regex engine: about 1.8 MB at first use)"),
        ("Regex(", "Swift Regex (about 1.8 MB at first use)"),
        ("Regex<", "Swift Regex (about 1.8 MB at first use)"),
        ("NSRegularExpression", "a regular expression engine (ICU)"),
        ("DateFormatter", "Foundation date formatting (ICU, about 2.5 MB): use ClockTime"),
        (".formatted(", "Foundation formatting (ICU): use ClockTime or plain digits"),
        ("TimeZone.current", "ICU's time-zone data: use CalendarDate.today() / ClockTime.local"),
        ("Calendar.current", "ICU's calendar data: use CalendarDate / ClockTime"),
        ("Locale.current", "ICU's locale data"),
    ]

    static var sourcesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Tests/LeadModelTests
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// Every use outside comments, as `path:line: token — why`.
    static func findings(in folder: URL) throws -> [String] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var found: [String] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() {
                let code = line.components(separatedBy: "//").first ?? line
                for (token, why) in banned where code.contains(token) {
                    found.append("\(file.path.replacingOccurrences(of: folder.path + "/", with: "")):\(number + 1): \(token) — \(why)")
                }
            }
        }
        return found.sorted()
    }

    @Test func noMemoryHeavyFacilityIsUsedInSources() throws {
        let folder = Self.sourcesFolder
        try #require(FileManager.default.fileExists(atPath: folder.appendingPathComponent("LeadModel").path))
        let found = try Self.findings(in: folder)
        #expect(found.isEmpty, "\n\(found.joined(separator: "\n"))")
    }

    @Test func theScanFindsWhatItLooksFor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heavy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = """
            let stamp = Date().formatted(.iso8601)  // a real use
            // DateFormatter in a comment is fine
            let r = try Regex("[0-9]+")
            """
        try Data(sample.utf8).write(to: folder.appendingPathComponent("Sample.swift"))
        let found = try Self.findings(in: folder)
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.hasPrefix("Sample.swift:1: .formatted(") == true, "\(found)")
        #expect(found.last?.hasPrefix("Sample.swift:3: Regex(") == true, "\(found)")
    }
}
