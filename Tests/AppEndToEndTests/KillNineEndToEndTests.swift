import Foundation
import LeadModel
import Testing

extension AppEndToEndTests {
    /// The app killed outright (SIGKILL: no handler, no flush) while an operator types.
    @Suite struct KillNine {
        /// How much later than one second after a field appeared on screen its save may land:
        /// the app's autosave promises a write at most 1 s after a change it has received (the
        /// field on screen proves it received it); this covers its timer waking late and one
        /// SQLite write on a loaded 2-core machine, never a second of typing.
        static let margin: TimeInterval = 0.3
        static let kills = 6

        enum KillMoment: String, CaseIterable {
            case midField = "mid-field"
            case afterSectionChange = "just after a section change"
            case idle = "idle"
        }

        /// An operator keys a client's person and passport fields at a human pace; the app is
        /// `kill -9`ed at seeded moments (mid-field, just after a section change, idle). After
        /// each kill the app is started again on the same data folder, the draft is resumed from
        /// the drafts screen, and every field finished at least 1 s (+ margin) before the kill,
        /// or before a section change that preceded it, must read back exactly, on screen and in
        /// the SQLite file as the killed process left it; a field typed later may be missing or
        /// part-typed but never anything else. Typing then goes on from there.
        @Test func killNineLosesAtMostTheLastSecondOfTyping() throws {
            let environment = ProcessInfo.processInfo.environment
            let seed = environment["LEADTERM_E2E_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...999_999)
            let app = try AppSession()
            defer { app.close() }
            var typist = KillRoundTypist(app: app, rng: SeededRandom(seed: seed), seed: seed)
            var torn = false
            do {
                try typist.run(kills: Self.kills)
                torn = try typist.tornWriteAfterLastKill()
            } catch {
                throw E2EFailure("\(error)\nseed \(seed) (rerun with LEADTERM_E2E_SEED=\(seed))")
            }
            let f = typist.figures
            print("""
                kill -9 test (seed \(seed); rerun with LEADTERM_E2E_SEED=\(seed)): \(f.kills) kills \
                (\(f.moments.joined(separator: "; "))); \(f.required) checks of fields due on disk, \
                \(f.lost) lost; \(f.recent) fields finished within the last \(1 + Self.margin) s, \
                \(f.recentSaved) of them already saved; sqlite3 check: \(f.diskChecked ? "yes" : "no (no sqlite3)"); \
                torn WAL: \(torn ? "cut and recovered" : "too short to cut")
                """)
        }
    }
}

/// The operator of the kill test, its memory of what was typed when, and the checks.
struct KillRoundTypist {
    typealias Moment = AppEndToEndTests.KillNine.KillMoment

    struct Figures {
        var kills = 0
        var moments: [String] = []
        var required = 0
        var lost = 0
        var recent = 0
        var recentSaved = 0
        var diskChecked = false
    }

    let app: AppSession
    var rng: SeededRandom
    let seed: UInt64
    let script = ScriptField.killTestClient
    var figures = Figures()

    /// The section on screen.
    private var section = ScriptSection.person
    /// When each field finished this round (the screen showed its full value).
    private var finished: [String: Date] = [:]
    /// Fields read back exactly after an earlier kill and not typed since: on disk already.
    private var restored: Set<String> = []
    private var draftIDs: Set<String> = []
    /// The field being typed when the kill came, what of it was typed, and when the screen showed it.
    private var partial: (path: String, typed: String, shownAt: Date)?

    init(app: AppSession, rng: SeededRandom, seed: UInt64) {
        self.app = app
        self.rng = rng
        self.seed = seed
    }

    private var context: String { "seed \(seed) (rerun with LEADTERM_E2E_SEED=\(seed))" }

    mutating func run(kills: Int) throws {
        try app.waitForMenu()
        try app.tmux.press("1")
        try app.tmux.waitFor("the new lead form") { $0.contains("Новая заявка · Клиент") }
        // Every kind of moment at least once, in a seeded order, then seeded extras: pauses,
        // where the timing shows (a section change saves at once whatever the timer does).
        var moments = Moment.allCases.shuffled(using: &rng)
        while moments.count < kills { moments.append(Bool.random(using: &rng) ? .midField : .idle) }

        var next = 0
        for moment in moments.prefix(kills) {
            var moment = moment
            let remaining = script.count - next
            let room = moment == .midField ? remaining - 1 : remaining
            let count = min(Int.random(in: 2...3, using: &rng), max(0, room))
            for field in script[next..<(next + count)] { try complete(field) }
            next += count

            var sectionChangedAt: Date?
            var label = moment.rawValue
            switch moment {
            case .midField where next < script.count:
                let field = script[next]
                let typed = String(field.keys.prefix(Int.random(in: 1..<field.keys.count, using: &rng)))
                try type(field, characters: typed.count)
                if Bool.random(using: &rng) {
                    // Killed with the last keys still on their way: nothing of this field is due.
                    label = "mid-field (keys in flight)"
                } else {
                    // The operator stops mid-word (looks at the passport), then the kill.
                    try app.tmux.waitFor("«\(typed)» begun in \(field.label)", seconds: 10) { screen in
                        FormScreen.value(of: field.label, in: screen).map { Self.letters($0).hasSuffix(Self.letters(typed)) } ?? false
                    }
                    partial = (field.path, typed, Date())
                    label = "mid-field (paused)"
                    Thread.sleep(forTimeInterval: pause())
                }
            case .midField, .idle:
                moment = .idle
                label = moment.rawValue
                Thread.sleep(forTimeInterval: pause())
            case .afterSectionChange:
                try open(section == .person ? .passport : .person)
                sectionChangedAt = Date()
                Thread.sleep(forTimeInterval: Double.random(in: 0...0.2, using: &rng))
            }
            let killedAt = Date()
            try app.killApp()
            figures.kills += 1
            figures.moments.append(label)
            next = try checkAfterRestart(killedAt: killedAt, sectionChangedAt: sectionChangedAt, moment: moment)
        }
        #expect(draftIDs.count <= 1, "resuming made new drafts instead of writing on: \(draftIDs.sorted()); \(context)")
    }

    /// The operator's pause before the kill: either well inside the last second (typing that
    /// may be lost) or just past it plus the margin (typing that must be on disk), where a
    /// slower autosave would show.
    private mutating func pause() -> TimeInterval {
        Bool.random(using: &rng) ? Double.random(in: 0.1...0.9, using: &rng) : Double.random(in: 1.35...1.9, using: &rng)
    }

    /// Letters and digits only: what a mask adds is left out.
    static func letters(_ text: String) -> String { text.filter { $0.isLetter || $0.isNumber } }

    // MARK: typing

    /// Opens `target` with its Alt key and waits until the title shows it.
    private mutating func open(_ target: ScriptSection) throws {
        try app.tmux.press(target.hotkey)
        try app.tmux.waitFor("section «\(target.title)»") { $0.contains("· \(target.title)") }
        section = target
    }

    /// Moves the focus to `field` the way an operator does: its section's Alt key, then Tab.
    private mutating func focus(_ field: ScriptField) throws {
        if section != field.section { try open(field.section) }
        let labels = field.section.labels
        guard let target = labels.firstIndex(of: field.label) else { throw E2EFailure("\(field.label) not in \(labels)") }
        for _ in 0..<(2 * labels.count) {
            let line = app.cursorLine().line
            guard let current = FormScreen.focusedLabel(line, among: labels).flatMap(labels.firstIndex(of:)) else {
                // Focus outside the script's stops (or the screen not drawn yet): start the section over.
                try open(field.section)
                Thread.sleep(forTimeInterval: 0.05)
                continue
            }
            if current == target { return }
            try app.tmux.press(current < target ? "Tab" : "BTab")
            try app.expectFocus(labels[current < target ? current + 1 : current - 1])
        }
        try app.expectFocus(field.label)
    }

    /// Types the first `characters` keys of `field` one by one at a typist's pace, after
    /// clearing whatever an earlier, killed attempt left in it.
    private mutating func type(_ field: ScriptField, characters: Int) throws {
        try focus(field)
        if FormScreen.value(of: field.label, in: app.tmux.capture()) != "" {
            try app.tmux.press("C-u")
        }
        for character in field.keys.prefix(characters) {
            try app.tmux.type(String(character))
            Thread.sleep(forTimeInterval: Double.random(in: 0.045...0.13, using: &rng))
        }
    }

    /// Types all of `field`, notes when the app showed it whole, and moves on (Tab unless the
    /// field moves on by itself).
    private mutating func complete(_ field: ScriptField) throws {
        try type(field, characters: field.keys.count)
        try app.tmux.waitFor("«\(field.shown)» in \(field.label)", seconds: 10) {
            FormScreen.value(of: field.label, in: $0) == field.shown
        }
        finished[field.path] = Date()
        restored.remove(field.path)
        if !field.movesOn { try app.tmux.press("Tab") }
        // Wait for the focus to leave, so the next keys cannot land here.
        let labels = field.section.labels
        if let index = labels.firstIndex(of: field.label), index + 1 < labels.count {
            try app.expectFocus(labels[index + 1])
        }
    }

    // MARK: checking

    /// The script's fields as the form shows them, section by section.
    private mutating func readForm() throws -> [String: String] {
        var onScreen: [String: String] = [:]
        for part in [ScriptSection.person, .passport] {
            try open(part)
            let screen = try app.tmux.waitFor("the \(part.rawValue) fields") { screen in
                part.labels.allSatisfy { FormScreen.value(of: $0, in: screen) != nil }
            }
            for field in script where field.section == part {
                onScreen[field.path] = FormScreen.value(of: field.label, in: screen) ?? ""
            }
        }
        return onScreen
    }

    /// What kill -9 cannot do but a power cut can: the WAL's last frame half-written. The app
    /// is killed, the WAL cut in the middle of its last frame, and the app must start, offer
    /// the draft and resume a consistent form (SQLite drops the torn transaction, so the form
    /// may be one save older).
    mutating func tornWriteAfterLastKill() throws -> Bool {
        try app.killApp()
        let wal = app.dataDirectory.appendingPathComponent("leadterm.sqlite-wal")
        let size = (try? FileManager.default.attributesOfItem(atPath: wal.path)[.size] as? Int) ?? 0
        // WAL header 32 bytes, then frames of 24 + page size (4096): cut into the last one.
        guard size >= 32 + 2 * (24 + 4096) else {
            try app.restartApp()
            return false
        }
        let handle = try FileHandle(forWritingTo: wal)
        try handle.truncate(atOffset: UInt64(size - 2000))
        try handle.close()

        try app.restartApp()
        let first = try app.tmux.waitFor("the drafts screen after a torn WAL") {
            $0.contains("Незавершённые черновики") || $0.contains("Открыть заявку по номеру")
        }
        #expect(first.contains("Незавершённые черновики"), "no draft offered after a torn WAL; \(context)\n\(first)")
        try app.tmux.press("Enter")
        try app.tmux.waitFor("the resumed draft") { $0.contains("Новая заявка ·") }
        let onScreen = try readForm()
        for field in script {
            let shown = onScreen[field.path] ?? ""
            #expect(field.isPrefix(shown), "\(field.path) after a torn WAL: «\(shown)» is not part of «\(field.shown)»; \(context)")
        }
        if DraftTable.shellAvailable {
            let snapshot = try app.snapshotDatabase()
            defer { try? FileManager.default.removeItem(at: snapshot.deletingLastPathComponent()) }
            let integrity = try DraftTable.integrity(at: snapshot)
            #expect(integrity == "ok", "the database after a torn WAL is damaged: \(integrity); \(context)")
        }
        return true
    }

    /// Restarts the app, resumes the draft through the drafts screen and checks every field
    /// on screen and on disk. Returns the index of the first field to type next.
    private mutating func checkAfterRestart(killedAt: Date, sectionChangedAt: Date?, moment: Moment) throws -> Int {
        // What the killed process left, read before the new process can touch it.
        var disk: DraftTable.Row?
        var diskRead = false
        if DraftTable.shellAvailable {
            let snapshot = try app.snapshotDatabase()
            defer { try? FileManager.default.removeItem(at: snapshot.deletingLastPathComponent()) }
            let integrity = try DraftTable.integrity(at: snapshot)
            #expect(integrity == "ok", "the database the killed app left is damaged: \(integrity); \(context)")
            let rows = try DraftTable.rows(at: snapshot, keyFile: app.storageKeyURL)
            try #require(rows.count <= 1, "more than one draft after a kill: \(rows.map(\.id)); \(context)")
            disk = rows.first
            diskRead = true
            figures.diskChecked = true
            if let id = disk?.id { draftIDs.insert(id) }
        }

        try app.restartApp()
        let first = try app.tmux.waitFor("the drafts screen or the menu after the restart") {
            $0.contains("Незавершённые черновики") || $0.contains("Открыть заявку по номеру")
        }
        let offered = first.contains("Незавершённые черновики")
        if diskRead {
            #expect(offered == (disk != nil), "resume offered: \(offered), a draft on disk: \(disk != nil); \(context)\n\(first)")
        }
        if offered {
            if let lastName = disk?.fields["lastName"] {
                #expect(first.contains(lastName), "the drafts screen does not name «\(lastName)»; \(context)\n\(first)")
            }
            try app.tmux.press("Enter")
            let form = try app.tmux.waitFor("the resumed draft") { $0.contains("Новая заявка ·") }
            if let saved = disk?.section, let savedSection = ScriptSection(rawValue: saved) {
                #expect(form.contains("Новая заявка · \(savedSection.title)"),
                        "the draft resumed elsewhere than its saved section \(saved); \(context)")
            }
        } else {
            try app.tmux.press("1")
            try app.tmux.waitFor("a new lead form") { $0.contains("Новая заявка · Клиент") }
        }
        if moment == .afterSectionChange, diskRead {
            #expect(disk?.section == section.rawValue,
                    "killed just after switching to \(section.rawValue), the draft says \(disk?.section ?? "nothing"); \(context)")
        }

        let onScreen = try readForm()

        let window = 1 + AppEndToEndTests.KillNine.margin
        var nextToType: Int?
        for (index, field) in script.enumerated() {
            let shown = onScreen[field.path] ?? ""
            let saved = disk?.fields[field.path] ?? ""
            if diskRead {
                // Masks: a part-typed date is kept as typed ("14") and shown as "14.__.____";
                // a phone is kept as digits and shown as "+7 (912) …".
                #expect(shown == saved || Self.letters(shown) == Self.letters(saved), "\(field.path): the resumed form shows «\(shown)», the file holds «\(saved)»; \(context)")
            }
            let finishedAt = finished[field.path]
            let age = finishedAt.map { killedAt.timeIntervalSince($0) }
            let beforeSwitch = finishedAt.flatMap { f in sectionChangedAt.map { f <= $0 } } ?? false
            let due = restored.contains(field.path) || (age ?? 0) >= window || beforeSwitch
            if due {
                figures.required += 1
                let why = restored.contains(field.path) ? "restored after an earlier kill"
                    : beforeSwitch ? "finished before the section change"
                    : String(format: "finished %.2f s before the kill", age ?? 0)
                let ok = shown == field.shown && (!diskRead || saved == field.stored)
                if !ok { figures.lost += 1 }
                #expect(ok, "\(field.path) (\(why), \(moment.rawValue)) lost: want «\(field.shown)», screen «\(shown)», file «\(saved)»; \(context)")
            } else if let partial, partial.path == field.path, killedAt.timeIntervalSince(partial.shownAt) >= window {
                // Part-typed, then a pause longer than the window: what was typed is due too.
                figures.required += 1
                let ok = field.isPrefix(shown) && Self.letters(shown).hasSuffix(Self.letters(partial.typed))
                if !ok { figures.lost += 1 }
                #expect(ok, "\(field.path) (part-typed «\(partial.typed)» \(String(format: "%.2f", killedAt.timeIntervalSince(partial.shownAt))) s before the kill) lost: screen «\(shown)», file «\(saved)»; \(context)")
            } else {
                if finishedAt != nil {
                    figures.recent += 1
                    if shown == field.shown { figures.recentSaved += 1 }
                }
                #expect(field.isPrefix(shown), "\(field.path): «\(shown)» is not part of «\(field.shown)»; \(context)")
            }
            if shown != field.shown, nextToType == nil { nextToType = index }
        }
        restored = Set(script.filter { onScreen[$0.path] == $0.shown }.map(\.path))
        finished = [:]
        partial = nil
        return nextToType ?? script.count
    }
}
