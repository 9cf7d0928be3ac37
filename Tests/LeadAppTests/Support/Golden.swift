import Foundation
@testable import LeadApp
import TerminalUI
import Testing

/// Golden text snapshots: `Tests/LeadAppTests/Golden/<name>.txt`, one line per screen row,
/// trailing blanks trimmed, compared exactly. `LEADTERM_RECORD_GOLDEN=1 swift test …` writes
/// what the screen shows instead (then read every changed file before committing it).
/// The files are read beside this source (`#filePath`), so a clean clone's `swift test
/// --skip-build` finds them without a resource bundle, and recording writes into the tree.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden", isDirectory: true)

    static var recording: Bool { ProcessInfo.processInfo.environment["LEADTERM_RECORD_GOLDEN"] == "1" }

    static func url(_ name: String, folder: String = "Golden") -> URL {
        directory.deletingLastPathComponent().appendingPathComponent(folder, isDirectory: true)
            .appendingPathComponent("\(name).txt")
    }

    /// Compares `lines` with the golden `name` (in `folder` beside `Golden`: accessible mode's
    /// transcripts are in `Transcripts`); records them instead when asked to.
    static func check(_ lines: [String], _ name: String, folder: String = "Golden",
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = lines.map(trimmed)
        let file = url(name, folder: folder)
        let directory = file.deletingLastPathComponent()
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try (actual.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden \(file.path); run with LEADTERM_RECORD_GOLDEN=1 to record it\n\(frame(actual))",
                         sourceLocation: sourceLocation)
            return
        }
        var expected = text.components(separatedBy: "\n")
        if expected.last == "" { expected.removeLast() }
        guard expected != actual else { return }
        Issue.record("\(name) differs from its golden (- golden, + screen):\n\(diff(expected, actual))",
                     sourceLocation: sourceLocation)
    }

    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Row by row: equal rows once with their number, differing rows as a -/+ pair.
    static func diff(_ expected: [String], _ actual: [String]) -> String {
        (0..<max(expected.count, actual.count)).map { row in
            let old = row < expected.count ? expected[row] : nil
            let new = row < actual.count ? actual[row] : nil
            let number = String(format: "%2d", row + 1)
            if old == new { return "  \(number) |\(old ?? "")" }
            return [old.map { "- \(number) |\($0)" }, new.map { "+ \(number) |\($0)" }]
                .compactMap { $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func frame(_ lines: [String]) -> String {
        lines.enumerated().map { String(format: "%2d", $0.offset + 1) + " |" + $0.element }.joined(separator: "\n")
    }
}

extension AppHarness {
    /// Compares the frame with the golden `<name>.<language>`, once the app is where the test
    /// drove it (`arrived`); a wrong screen is said as such, not as a screenful of diff.
    mutating func expectGolden(_ name: String, sourceLocation: SourceLocation = #_sourceLocation,
                               arrived: (AppModel.Screen) -> Bool = { _ in true }) {
        guard arrived(screen) else {
            Issue.record("\(name): not on the expected screen, but on \(screen)", sourceLocation: sourceLocation)
            return
        }
        let frame = AppView.frame(&state, size: state.size)
        Golden.check(frame.lines, "\(name).\(state.language)", sourceLocation: sourceLocation)
        // Issue 17: on every screen the terminal cursor is shown, inside the frame (a braille
        // display follows it); where exactly, `CursorTests` says screen by screen.
        if let cursor = frame.cursor {
            #expect(cursor.x >= 0 && cursor.y >= 0 && cursor.x < frame.size.columns && cursor.y < frame.size.rows, "\(name): cursor \(cursor) off the screen",
                    sourceLocation: sourceLocation)
        } else {
            Issue.record("\(name): the frame hides the cursor", sourceLocation: sourceLocation)
        }
    }
}

extension AppModel.Screen {
    /// The entry screen, when it is up (for a test's `arrived`).
    var entry: EntryScreen? {
        if case .entry(let entry) = self { return entry }
        return nil
    }
}
