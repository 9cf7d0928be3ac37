import Foundation
import LeadApp
import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp
@testable import leadterm

/// Feeds the app's real key routing, view-models and widgets with 100,000 random keys,
/// escape sequences, control characters, invalid UTF-8 and huge pastes, and draws the screen
/// as it goes: nothing may crash, and no field may ever hold more than its maximum length.
struct FormFuzzTests {
    static let eventCount = 100_000

    @Test func randomInputNeverCrashesOrOverfillsAField() throws {
        var rng = SeededRandom(seed: 0x1EAD_7E27)
        var screen = try Self.freshScreen()
        var counts: [String: Int] = [:]
        var longest = 0
        for i in 0..<Self.eventCount {
            // Twenty 1 MiB pastes over the run; the rest are ordinary events.
            let event = i % 5_000 == 4_999 ? Self.hugePaste(&rng, counts: &counts) : Self.randomEvent(&rng, counts: &counts)
            let result = screen.handle(event)
            Self.answer(result.effects, on: &screen)
            if !screen.model.running { screen = try Self.freshScreen() }
            if i % 7 == 0 { Self.draw(&screen) }
            if case .entry(let entry) = screen.model.screen {
                for (path, text) in entry.form.values {
                    let limit = Self.limit(for: path)
                    longest = max(longest, text.count)
                    if let limit, text.count > limit {
                        Issue.record("\(path) holds \(text.count) characters, more than \(limit) (event \(i): \(event))")
                        return
                    }
                }
            }
        }
        print("fuzz: \(Self.eventCount) events fed — \(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")); longest field text \(longest)")
        #expect(counts.values.reduce(0, +) == Self.eventCount)
    }

    /// A resize storm while a field is half typed: the text, the focus and the section stay.
    @Test func aResizeStormLosesNoInput() throws {
        var rng = SeededRandom(seed: 42)
        var screen = try Self.freshScreen()
        _ = screen.handle(.key(.character("1")))
        for c in "Иванова" { _ = screen.handle(.key(.character(c))) }
        for _ in 0..<2_000 {
            let columns = Int(rng.next() % 220) + 10, rows = Int(rng.next() % 70) + 3
            _ = screen.handle(.resize(columns: columns, rows: rows))
            var buffer = Buffer(size: Size(columns: columns, rows: rows))
            if buffer.size.fits(.minimumTerminal) { AppView.render(&screen, into: &buffer) }
        }
        for c in "-Петрова" { _ = screen.handle(.key(.character(c))) }
        // Typed at whatever size the storm ended on: held while the form was hidden, in once it shows.
        _ = screen.handle(.resize(columns: 80, rows: 24))
        guard case .entry(let entry) = screen.model.screen else {
            Issue.record("the form is gone")
            return
        }
        #expect(entry.form.text("lastName") == "Иванова-Петрова")
        #expect(entry.form.focus == "lastName")
        #expect(entry.form.section == .person)
    }

    // MARK: support

    static func freshScreen(profile name: String = "branch", language: Language = .ru) throws -> ScreenState {
        let country = try #require(CountryProfiles.profile(code: "RU"))
        let profile = try #require(RequirementProfile.builtIn(named: name))
        let context = FormContext(
            rules: FieldRules(country: country),
            validator: LeadValidator(profile: profile, country: country, ageRange: 18...100,
                                     today: try #require(CalendarDate(year: 2026, month: 11, day: 21))),
            profile: profile, language: language)
        let theme = try ThemeLoader().load("default", depth: .palette256)
        var screen = ScreenState(model: AppModel(), context: context, theme: theme, operatorName: "fuzz")
        screen.size = Size(columns: 100, rows: 30)
        return screen
    }

    /// What the effect runner would answer, without a network: every send is refused,
    /// every lookup fails, so the fuzzer keeps typing into forms.
    static func answer(_ effects: [AppModel.Effect], on screen: inout ScreenState) {
        for effect in effects {
            let reply: AppModel.Event?
            switch effect {
            case .entry(.send, _): reply = .entry(.submitted(.rejected(outboxId: nil, message: LocalizedText(ru: "нет", en: "no"))))
            case .lookup: reply = .lookup(.failed(LocalizedText(ru: "нет", en: "no")))
            case .fetchLead: reply = .leadLoadFailed(LocalizedText(ru: "нет", en: "no"))
            case .logIn: reply = .loginFailed(LocalizedText(ru: "нет", en: "no"))
            case .listDrafts: reply = .draftsListed([])
            default: reply = nil
            }
            if let reply { answer(screen.send(reply), on: &screen) }
        }
    }

    static func draw(_ screen: inout ScreenState) {
        _ = AppView.frame(&screen, size: screen.size)
    }

    /// The most characters a field may hold: the catalog's maximum, a date's 10.
    static func limit(for path: FieldPath) -> Int? {
        let rulesPath = EntryForm.rulesPath(path)
        if FormLayout.widget(for: rulesPath) == .date { return 10 }
        return FieldCatalog.spec(for: rulesPath)?.maxLength
    }

    static let keys: [Key] = [
        .tab, .backTab, .enter, .escape, .backspace, .delete, .insert, .up, .down, .left, .right,
        .home, .end, .pageUp, .pageDown, .alt(.up), .alt(.down), .ctrl(.pageUp), .ctrl(.pageDown),
        .ctrl(.character("s")), .ctrl(.character("z")), .ctrl(.character("\\")), .shift(.tab),
        .alt(.character("x")), .ctrl(.home), .ctrl(.end),
    ] + (1...12).map { Key.function($0) } + (0...9).map { Key.alt(.character(Character(String($0)))) }

    static let alphabet = Array("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяABCxyz0123456789 .,-/@_\"'\\<>№")

    static func randomEvent(_ rng: inout SeededRandom, counts: inout [String: Int]) -> InputEvent {
        let roll = rng.next() % 1000
        switch roll {
        case 0..<420:
            counts["typed", default: 0] += 1
            return .key(.character(alphabet[Int(rng.next() % UInt64(alphabet.count))]))
        case 420..<520:
            counts["digits", default: 0] += 1
            return .key(.character(Character(String(rng.next() % 10))))
        case 520..<600:
            // Any code point a terminal could deliver: controls, combining marks, wide CJK,
            // emoji, private use — decoded as the backend does.
            counts["scalars", default: 0] += 1
            let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x24F, 0x300...0x36F, 0x4E00...0x9FFF,
                                                 0x1F300...0x1FAFF, 0xE000...0xF8FF, 0xFFF0...0xFFFF]
            let range = ranges[Int(rng.next() % UInt64(ranges.count))]
            let value = range.lowerBound + UInt32(rng.next() % UInt64(range.count))
            if let key = KeyDecoder.key(forCharacter: value) { return .key(key) }
            return .key(.character("\u{FFFD}"))
        case 600..<940:
            counts["keys", default: 0] += 1
            return .key(keys[Int(rng.next() % UInt64(keys.count))])
        case 940..<992:
            counts["pastes", default: 0] += 1
            return .paste(Paste.clean(randomPaste(&rng)))
        default:
            counts["resizes", default: 0] += 1
            return .resize(columns: Int(rng.next() % 200) + 20, rows: Int(rng.next() % 60) + 5)
        }
    }

    /// Just over 1 MiB of random bytes: cut to the cap, cleaned, and still no field overflows.
    static func hugePaste(_ rng: inout SeededRandom, counts: inout [String: Int]) -> InputEvent {
        counts["huge pastes", default: 0] += 1
        var bytes = [UInt8](repeating: 0, count: (1 << 20) + 4096)
        bytes.withUnsafeMutableBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for i in words.indices { words[i] = rng.next() }
        }
        return .paste(Paste.clean(String(decoding: bytes, as: UTF8.self)))
    }

    /// Random bytes, escape sequences and invalid UTF-8, decoded the lossy way a paste is.
    static func randomPaste(_ rng: inout SeededRandom) -> String {
        let length = Int(rng.next() % 300)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        let pieces: [[UInt8]] = [Array("\u{1B}[31m".utf8), Array("\u{1B}]0;title\u{07}".utf8), [0xFF, 0xFE],
                                 [0xC3], Array("\r\n".utf8), Array("Иван".utf8), [0x00], Array("\u{1B}[201~".utf8)]
        while bytes.count < length {
            if rng.next() % 4 == 0 {
                bytes += pieces[Int(rng.next() % UInt64(pieces.count))]
            } else {
                bytes.append(UInt8(truncatingIfNeeded: rng.next()))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

