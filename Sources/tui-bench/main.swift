// Measures the lead form the operator uses on the real ncurses writer through a
// pseudo-terminal: the app's entry screen on a sample lead (LeadApp's `Gallery`: no core,
// no storage), each key through `ScreenState.handle` and each frame from `AppView.frame`.
// Reports CPU time per typed character (update + view + diff + ncurses output) and the
// bytes the terminal receives for it; the relatives list with 1 and 500 rows (moving
// through it, typing into a row's field); and what an idle screen costs. Run in release,
// built as the app is:
//   scripts/build-release --product tui-bench && .build-rel/release/tui-bench
// TUI_BENCH_SHOW=1 prints each measured screen once, to see what is being typed into.
import Glibc
import LeadApp
import LeadModel
import TerminalUI

func cpuNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

struct Sample {
    var cpu: [Double] = []  // microseconds per event
    var bytes: [Int] = []

    var medianMicroseconds: Double { cpu.sorted()[cpu.count / 2] }
    var p99Microseconds: Double { cpu.sorted()[min(cpu.count - 1, cpu.count * 99 / 100)] }
    var meanBytes: Double { Double(bytes.reduce(0, +)) / Double(max(1, bytes.count)) }
    var maxBytes: Int { bytes.max() ?? 0 }
}

/// Ctrl-U in a key list: clears the field between runs, untimed.
let clearField = Key.ctrl(.character("u"))

struct Bench {
    let backend: NcursesBackend
    let pty: PseudoTerminal
    let theme: Theme
    let show: Bool

    /// A key, then the frame presented, as the app's loop does.
    func step(_ gallery: inout Gallery, _ event: InputEvent) {
        if gallery.handle(event) { backend.bell() }
        backend.present(gallery.frame(size: backend.size))
    }

    /// The form with `relatives` rows in its list, after `keys` (untimed) to reach a field.
    func gallery(relatives: Int, keys: [Key] = []) -> Gallery {
        var gallery = Gallery(themes: [theme], language: .ru, today: CalendarDate(year: 2026, month: 12, day: 4) ?? .today(),
                              relatives: relatives)
        step(&gallery, .resize(columns: backend.size.columns, rows: backend.size.rows))
        for key in keys { step(&gallery, .key(key)) }
        pty.drain()
        return gallery
    }

    /// Feeds `keys` one at a time; measures CPU of update + frame + present, then drains the
    /// pty (outside the timing) to count the bytes written for that key.
    func measure(_ keys: [Key], _ gallery: inout Gallery, title: String) -> Sample {
        var sample = Sample()
        var shown = !show
        for key in keys {
            if key == clearField {
                step(&gallery, .key(key))
                pty.drain()
                continue
            }
            let start = cpuNanoseconds()
            step(&gallery, .key(key))
            let elapsed = cpuNanoseconds() - start
            sample.cpu.append(Double(elapsed) / 1000)
            sample.bytes.append(pty.drain())
            if !shown {
                shown = true
                print("--- \(title), after the first key:")
                print(gallery.frame(size: backend.size).lines.joined(separator: "\n"))
            }
        }
        return sample
    }
}

/// `repeats` runs of `length` characters of `text`, each run started on an empty field.
func typingKeys(_ text: String, repeats: Int, length: Int) -> [Key] {
    var keys: [Key] = [clearField]
    let chars = Array(text)
    for r in 0..<repeats {
        for i in 0..<length { keys.append(.character(chars[(r + i) % chars.count])) }
        keys.append(clearField)
    }
    return keys
}

func fmt(_ value: Double, _ digits: Int = 1) -> String {
    let scale = pow(10.0, Double(digits))
    return String((value * scale).rounded() / scale)
}

func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }

func line(_ sample: Sample, unit: String = "key") -> String {
    "CPU median \(fmt(sample.medianMicroseconds)) µs, p99 \(fmt(sample.p99Microseconds)) µs; bytes/\(unit) mean \(fmt(sample.meanBytes)), max \(sample.maxBytes)  (n=\(sample.cpu.count))"
}

/// Alt-4: the relatives section; its first stop is the list.
let relativesSection = Key.alt(.character("4"))

func run() throws {
    setenv("LC_ALL", "C.UTF-8", 1)
    try TerminalCheck.requireUTF8Locale()
    let size = Size(columns: 80, rows: 24)
    let pty = try PseudoTerminal(size: size)
    let backend = try NcursesBackend(inputFD: pty.replicaFD, outputFD: pty.replicaFD, terminalType: "xterm-256color")
    defer { backend.close() }
    let theme = try ThemeLoader(environment: [:]).load("default", depth: backend.colorDepth)
    let bench = Bench(backend: backend, pty: pty, theme: theme, show: getenv("TUI_BENCH_SHOW") != nil)
    print("tui-bench: 80×24 xterm-256color pty, theme default, \(backend.colorDepth) colors")
    print("form: the app's entry screen (LeadApp) on the gallery's sample lead, Russian, minimal profile")
    print("")

    // Warm-up so first-use allocations and ncurses' pair setup are not counted.
    var warm = bench.gallery(relatives: 1)
    _ = bench.measure(typingKeys("abc", repeats: 20, length: 40), &warm, title: "warm-up")

    print("typing one character into the focused field (person: last name, 50 characters at most):")
    for (name, text) in [("Latin", "Ivanov Petr "), ("Cyrillic", "Иванов Пётр ")] {
        for relatives in [1, 500] {
            var gallery = bench.gallery(relatives: relatives)
            let sample = bench.measure(typingKeys(text, repeats: 100, length: 40), &gallery,
                                       title: "\(name), \(relatives) relatives")
            print("  \(pad(name, 8)) relatives=\(pad(String(relatives), 3)): \(line(sample, unit: "char"))")
        }
    }

    print("")
    print("relatives list, typing into the selected row's last name (list, kinship, last name):")
    for relatives in [1, 500] {
        var gallery = bench.gallery(relatives: relatives, keys: [relativesSection, .tab, .tab])
        let sample = bench.measure(typingKeys("Иванов Пётр ", repeats: 50, length: 40), &gallery,
                                   title: "row field, \(relatives) relatives")
        print("  rows=\(pad(String(relatives), 3)): \(line(sample))")
    }
    print("relatives list, moving the selection (500 rows: ↓ to the end, ↑ back, twice; 1 row: ↓↑ in turn):")
    for relatives in [1, 500] {
        var gallery = bench.gallery(relatives: relatives, keys: [relativesSection])
        // A one-row list cannot move: ↓↑ in turn, each a frame drawn again for nothing.
        let steps = relatives - 1
        var keys: [Key] = []
        if steps > 0 {
            for _ in 0..<2 { keys += Array(repeating: .down, count: steps) + Array(repeating: .up, count: steps) }
        } else {
            for _ in 0..<998 { keys += [.down, .up] }
        }
        let sample = bench.measure(keys, &gallery, title: "list moves, \(relatives) rows")
        print("  rows=\(pad(String(relatives), 3)): \(line(sample))")
    }

    print("")
    print("idle: blocking in nextEvent with nothing typed for 2 s:")
    pty.drain()
    let idleStart = cpuNanoseconds()
    var wallStart = timespec()
    clock_gettime(CLOCK_MONOTONIC, &wallStart)
    let event = backend.nextEvent(timeout: .seconds(2))
    var wallEnd = timespec()
    clock_gettime(CLOCK_MONOTONIC, &wallEnd)
    let idleCPU = Double(cpuNanoseconds() - idleStart) / 1000
    let wall = Double(wallEnd.tv_sec - wallStart.tv_sec) + Double(wallEnd.tv_nsec - wallStart.tv_nsec) / 1e9
    print("  event: \(event.map { "\($0)" } ?? "none"), wall \(fmt(wall, 2)) s, CPU \(fmt(idleCPU)) µs, bytes written \(pty.drain())")
}

if CommandLine.arguments.dropFirst().first == "open" {
    exit(openMain(Array(CommandLine.arguments.dropFirst(2))))
}
if CommandLine.arguments.dropFirst().first == "keys" {
    exit(keysMain(Array(CommandLine.arguments.dropFirst(2))))
}

do {
    try run()
} catch {
    print("tui-bench: \(error)")
    exit(1)
}
