// Measures the engine on the real ncurses writer through a pseudo-terminal:
// CPU time per typed character (update + view + diff + ncurses output) and the
// bytes the terminal receives for it, on a 60+ field form; list-editor redraw with
// 1 and 500 rows; and what an idle screen costs. Run in release:
//   swift run -c release --scratch-path .build-tui-rel tui-bench
import Glibc
import TerminalUI

struct BenchScreen {
    var form: FormState
    let theme: Theme
    var status = StatusLine("Готово")
    static let legend = Legend([.init(.function(2), "Сохранить"), .init(.function(10), "Выход")])

    static var app: TerminalApp<BenchScreen> {
        TerminalApp(
            noticeTheme: { $0.theme },
            update: { state, event in
                switch event {
                case .key(let key): return state.form.handle(key) == .rejected ? [.bell] : []
                case .paste(let text): _ = state.form.paste(text); return []
                case .resize(_, let rows): state.form.setViewport(height: ScreenLayout.bodyHeight(for: Size(columns: 0, rows: rows))); return []
                case .terminate: return [.quit]
                }
            },
            view: { state, buffer in
                let layout = ScreenLayout(buffer.area)
                ScreenLayout.renderTitle("Заявка на кредит", detail: "№ 000123", into: &buffer, at: layout.title, theme: state.theme)
                state.form.render(into: &buffer, at: layout.body, theme: state.theme)
                state.status.render(into: &buffer, at: layout.status, theme: state.theme)
                legend.render(into: &buffer, at: layout.legend, theme: state.theme)
            })
    }

    /// 64 text fields, then a list editor with `listRows` rows.
    static func make(listRows: Int, theme: Theme) -> BenchScreen {
        var rows: [FormRow] = [.section("Клиент")]
        for i in 0..<64 {
            rows.append(.field(FormField(id: "f\(i)", label: "Поле номер \(i)", state: .text(TextFieldState(value: i % 3 == 0 ? "Значение \(i)" : "", maxLength: 50)))))
        }
        let columns = [
            ListColumn(title: "ФИО", width: 30, editor: TextFieldState(maxLength: 60)),
            ListColumn(title: "Телефон", width: 19, editor: TextFieldState(mask: Mask("+7 (___) ___-__-__"))),
        ]
        let listData = (0..<listRows).map { ["Родственник \($0)", "916\(String(1_000_000 + $0))"] }
        rows.insert(.field(FormField(id: "list", label: "Родственники", state: .list(ListEditorState(columns: columns, rows: listData, visibleRows: 6)))), at: 3)
        return BenchScreen(form: FormState(rows: rows), theme: theme)
    }
}

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

/// Feeds `keys` one at a time; measures CPU of update + frame + present, then
/// drains the pty (outside the timing) to count the bytes written for that key.
func measure(_ keys: [Key], state: inout BenchScreen, backend: NcursesBackend, pty: PseudoTerminal, reset: (inout BenchScreen) -> Void) -> Sample {
    let app = BenchScreen.app
    var sample = Sample()
    for key in keys {
        if case .ctrl(.character("u")) = key {  // untimed: clears the field between runs
            reset(&state)
            backend.present(app.frame(for: state, size: backend.size))
            pty.drain()
            continue
        }
        let start = cpuNanoseconds()
        _ = app.step(&state, event: .key(key), backend: backend)
        backend.present(app.frame(for: state, size: backend.size))
        let elapsed = cpuNanoseconds() - start
        sample.cpu.append(Double(elapsed) / 1000)
        sample.bytes.append(pty.drain())
    }
    return sample
}

func typingKeys(_ text: String, repeats: Int, fieldLength: Int) -> [Key] {
    var keys: [Key] = []
    let chars = Array(text)
    for r in 0..<repeats {
        for i in 0..<fieldLength { keys.append(.character(chars[(r + i) % chars.count])) }
        keys.append(.ctrl(.character("u")))
    }
    return keys
}

func fmt(_ value: Double, _ digits: Int = 1) -> String {
    let scale = pow(10.0, Double(digits))
    return String((value * scale).rounded() / scale)
}

func run() throws {
    setenv("LC_ALL", "C.UTF-8", 1)
    try TerminalCheck.requireUTF8Locale()
    let size = Size(columns: 80, rows: 24)
    let pty = try PseudoTerminal(size: size)
    let backend = try NcursesBackend(inputFD: pty.replicaFD, outputFD: pty.replicaFD, terminalType: "xterm-256color")
    defer { backend.close() }
    let theme = try ThemeLoader(environment: [:]).load("default", depth: backend.colorDepth)
    print("tui-bench: 80×24 xterm-256color pty, theme default, \(backend.colorDepth) colors")
    print("form: 64 text fields + list editor (65 fields); field being typed in is focused")
    print("")

    func screen(listRows: Int, focus: String) -> BenchScreen {
        var state = BenchScreen.make(listRows: listRows, theme: theme)
        state.form.focus(id: focus)
        _ = BenchScreen.app.step(&state, event: .resize(columns: size.columns, rows: size.rows), backend: backend)
        backend.present(BenchScreen.app.frame(for: state, size: backend.size))
        pty.drain()
        return state
    }
    let clearField: (String) -> (inout BenchScreen) -> Void = { id in
        { state in
            if var field = state.form[id] { field.state = .text(TextFieldState(maxLength: 50)); state.form[id] = field }
        }
    }

    // Warm-up so first-use allocations and ncurses' pair setup are not counted.
    var warm = screen(listRows: 1, focus: "f1")
    _ = measure(typingKeys("abc", repeats: 20, fieldLength: 40), state: &warm, backend: backend, pty: pty, reset: clearField("f1"))

    print("typing one character in a focused field (incl. redraw + ncurses output):")
    for (name, text) in [("Latin", "Ivanov Petr "), ("Cyrillic", "Иванов Пётр ")] {
        for listRows in [1, 500] {
            var state = screen(listRows: listRows, focus: "f1")
            let sample = measure(typingKeys(text, repeats: 100, fieldLength: 40), state: &state, backend: backend, pty: pty, reset: clearField("f1"))
            print("  \(name.padding(toLength: 8, withPad: " ", startingAt: 0)) list=\(String(listRows).padding(toLength: 3, withPad: " ", startingAt: 0)) rows: CPU median \(fmt(sample.medianMicroseconds)) µs, p99 \(fmt(sample.p99Microseconds)) µs; bytes/char mean \(fmt(sample.meanBytes)), max \(sample.maxBytes)  (n=\(sample.cpu.count))")
        }
    }

    print("")
    print("list editor, typing into a row's cell (row editor open), 6 rows visible:")
    for listRows in [1, 500] {
        var state = screen(listRows: listRows, focus: "list")
        _ = BenchScreen.app.step(&state, event: .key(.enter), backend: backend)
        backend.present(BenchScreen.app.frame(for: state, size: backend.size))
        pty.drain()
        let keys = typingKeys("Иванов Пётр ", repeats: 50, fieldLength: 40)
        let sample = measure(keys, state: &state, backend: backend, pty: pty, reset: { _ = $0.form.handle(.ctrl(.character("u"))) })
        print("  rows=\(String(listRows).padding(toLength: 3, withPad: " ", startingAt: 0)): CPU median \(fmt(sample.medianMicroseconds)) µs, p99 \(fmt(sample.p99Microseconds)) µs; bytes/key mean \(fmt(sample.meanBytes))  (n=\(sample.cpu.count))")
    }
    print("list editor, moving the selection through 500 rows (every step scrolls the 6 visible rows):")
    do {
        var state = screen(listRows: 500, focus: "list")
        var keys: [Key] = []
        for _ in 0..<2 { keys += Array(repeating: .down, count: 499) + Array(repeating: .up, count: 499) }
        let sample = measure(keys, state: &state, backend: backend, pty: pty, reset: { _ in })
        print("  rows=500: CPU median \(fmt(sample.medianMicroseconds)) µs, p99 \(fmt(sample.p99Microseconds)) µs; bytes/key mean \(fmt(sample.meanBytes))  (n=\(sample.cpu.count))")
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

do {
    try run()
} catch {
    print("tui-bench: \(error)")
    exit(1)
}
