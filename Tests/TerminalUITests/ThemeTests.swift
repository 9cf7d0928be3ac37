import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: BuiltinThemes.names)
    func builtInThemeMatchesItsFileAndDefinesEveryRole(name: String) throws {
        let file = Self.repoRoot.appendingPathComponent("themes/\(name).toml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(BuiltinThemes.source(named: name) == text, "Sources/TerminalUI/Theme/BuiltinThemes.swift is out of date with themes/\(name).toml")
        let theme = try ThemeParser.parse(text, origin: name)
        #expect(theme.name == name)
        #expect(Set(theme.appearances.keys) == Set(ThemeRole.allCases))
    }

    @Test func focusAndErrorStayVisibleAtEveryColorDepth() throws {
        for name in BuiltinThemes.names {
            let theme = try ThemeLoader(environment: [:]).loadUnfitted(name)
            for depth in ColorDepth.allCases {
                let fitted = theme.fitted(to: depth)
                #expect(fitted.style(.focusedField) != fitted.style(.field), "\(name) at \(depth)")
                #expect(fitted.style(.fieldError) != fitted.style(.field), "\(name) at \(depth)")
                #expect(fitted.style(.selection) != fitted.style(.text), "\(name) at \(depth)")
            }
        }
    }

    @Test func colorsDegradeTo16And8AndNone() {
        #expect(Color.rgb(0x30, 0x30, 0x30).fitted(to: .palette256) == .indexed(236))
        #expect(Color.rgb(0xFF, 0x00, 0x00).fitted(to: .sixteen) == .ansi(9))
        #expect(Color.ansi(9).fitted(to: .eight) == .ansi(1))
        #expect(Color.indexed(196).fitted(to: .eight) == .ansi(1))
        #expect(Color.ansi(2).fitted(to: .none) == nil)
        let theme = testTheme.fitted(to: .none)
        #expect(theme.style(.focusedField) == Style(attributes: [.reverse, .bold]))
    }

    @Test func noColorEnvironmentMeansNoColors() throws {
        let theme = try ThemeLoader(environment: ["NO_COLOR": "1"]).load("green-screen", depth: .palette256)
        #expect(theme.depth == .none)
        #expect(ThemeRole.allCases.allSatisfy { theme.style($0).foreground == nil && theme.style($0).background == nil })
        let empty = try ThemeLoader(environment: ["NO_COLOR": ""]).load("green-screen")
        #expect(empty.depth == .palette256)
    }

    @Test func brokenTomlIsReportedWithItsLine() {
        let text = "name = \"x\"\n[roles]\ntext = { fg = \"white\"\nlabel = {}\n"
        #expect(throws: ThemeError.self) { try ThemeParser.parse(text, origin: "x.toml") }
        do {
            _ = try ThemeParser.parse(text, origin: "x.toml")
        } catch {
            #expect(error.line == 3 || error.line == 4)
            #expect(error.description.hasPrefix("theme x.toml:\(error.line ?? 0)"))
        }
    }

    @Test func unknownRolesColorsAndAttributesAreErrorsWithLines() {
        func failure(_ text: String) -> ThemeError? {
            do { _ = try ThemeParser.parse(text, origin: "t"); return nil } catch { return error }
        }
        let role = failure("name = \"t\"\n[roles]\nfocussed_field = {}\n")
        #expect(role?.line == 3)
        #expect(role?.message.contains("unknown role `focussed_field`") == true)
        #expect(failure("name = \"t\"\n[roles]\ntext = { fg = \"purple-ish\" }\n")?.line == 3)
        #expect(failure("name = \"t\"\n[roles]\n\ntext = { attrs = [\"blink\"] }\n")?.line == 4)
        #expect(failure("[roles]\n")?.message.contains("name") == true)
    }

    @Test func lookupOrderIsPathThenXdgThenRepoThenBuiltIn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let xdgThemes = dir.appendingPathComponent("xdg/leadterm/themes")
        let repoThemes = dir.appendingPathComponent("work/themes")
        try FileManager.default.createDirectory(at: xdgThemes, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: repoThemes, withIntermediateDirectories: true)
        let minimal = { (name: String) in "name = \"\(name)\"\n[roles]\ntext = {}\n" }
        try minimal("from-xdg").write(to: xdgThemes.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        try minimal("from-repo").write(to: repoThemes.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        try minimal("from-repo-only").write(to: repoThemes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        try minimal("by-path").write(to: dir.appendingPathComponent("custom.toml"), atomically: true, encoding: .utf8)

        let loader = ThemeLoader(
            environment: ["XDG_CONFIG_HOME": dir.appendingPathComponent("xdg").path],
            workingDirectory: dir.appendingPathComponent("work").path, executablePath: nil)
        #expect(try loader.loadUnfitted("default").name == "from-xdg")
        #expect(try loader.loadUnfitted("mine").name == "from-repo-only")
        #expect(try loader.loadUnfitted(dir.appendingPathComponent("custom.toml").path).name == "by-path")
        #expect(try loader.loadUnfitted("green-screen").name == "green-screen")
        #expect(throws: ThemeError.self) { try loader.loadUnfitted("no-such-theme") }
        #expect(throws: ThemeError.self) { try loader.loadUnfitted("missing/file.toml") }
    }
}

/// Issue 17: the ASCII theme and `glyphs = "ascii"`.
@Suite struct ASCIIThemeTests {
    @Test func theAsciiNameIsTheDefaultThemeDrawnInASCII() throws {
        let ascii = try ThemeLoader(environment: [:]).load("ascii")
        let plain = try ThemeLoader(environment: [:]).load("default")
        #expect(ascii.asciiOnly && !plain.asciiOnly)
        #expect(ThemeRole.allCases.allSatisfy { ascii.style($0) == plain.style($0) })
    }

    @Test func aThemeFileSaysGlyphsAsciiOrUnicodeAndNothingElse() throws {
        let roles = "\n[roles]\ntext = {}\n"
        #expect(try ThemeParser.parse("name = \"x\"\nglyphs = \"ascii\"" + roles, origin: "x").asciiOnly)
        #expect(try !ThemeParser.parse("name = \"x\"\nglyphs = \"unicode\"" + roles, origin: "x").asciiOnly)
        #expect(throws: ThemeError.self) { try ThemeParser.parse("name = \"x\"\nglyphs = \"fancy\"" + roles, origin: "x") }
    }

    @Test func boxesMarkersAndKeyRangesBecomeASCII() {
        var buffer = Buffer(size: Size(columns: 12, rows: 2))
        buffer.put("┌─▲▼▸▾•…┐│", x: 0, y: 0, style: .plain, sanitize: false)
        buffer.put("1…6 Вход…", x: 0, y: 1, style: .plain, sanitize: false)
        ASCIIGlyphs.apply(to: &buffer)
        #expect(buffer.lines == ["+-^v>v*.+|", "1-6 Вход."])
    }
}
