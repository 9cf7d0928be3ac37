import CNcursesw
import Glibc

/// The real terminal, through ncursesw.
///
/// ncurses sets the terminal up, decodes input and knows every terminal's control
/// strings (terminfo). Frames are written by ``FrameWriter``: `present` compares each
/// frame with the previous one and sends only the changed cells, keeping the cursor
/// position and attributes between frames (ncurses' own refresh resets the attributes
/// after every frame, which costs a typed letter some 34 bytes). ncurses' windows are
/// left untouched after start-up, so it never repaints over the writer.
/// Input is read with `get_wch`, so Cyrillic arrives as characters;
/// bracketed paste is switched on and arrives as one ``InputEvent/paste(_:)``.
///
/// Only one instance may be open at a time (ncurses keeps process-wide state);
/// call ``close()`` before the process exits or the terminal stays in raw mode.
public final class NcursesBackend: TerminalBackend {
    public private(set) var size: Size
    public let colorDepth: ColorDepth

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Buffer?
    private var cursorVisible: Int32 = -1
    private var writer: FrameWriter
    private var pens: [Style: Pen] = [:]
    private var closed = false
    private let inputFD: Int32
    private let outputFD: Int32

    /// Codes for the bracketed-paste markers; above anything ncurses assigns itself.
    private static let pasteStartCode: Int32 = 0x3000
    private static let pasteEndCode: Int32 = 0x3001
    /// How long to wait for the rest of a paste, or for the key after Esc (Alt).
    private static let pasteStallMilliseconds: Int32 = 1000
    static let escapeDelayMilliseconds: Int32 = 25

    /// Starts ncurses on a terminal. Call ``TerminalCheck/requireUTF8Locale()`` first
    /// (ncurses reads the locale when it starts).
    /// - Parameters:
    ///   - inputFD, outputFD: the terminal (0 and 1 normally; a pty slave in benchmarks).
    ///   - terminalType: the terminfo name; nil uses `$TERM`.
    ///   - endsWhenStopIsNotTaken: the program's own terminal: a stop signal (SIGTERM, SIGHUP,
    ///     SIGINT) that ``nextEvent(timeout:)`` has not returned within 0.6 s, because one
    ///     event's work runs long, ends the process from the signal's side, with the terminal
    ///     given back (see `lt_start_stop_thread` in the shim).
    public init(inputFD: Int32 = 0, outputFD: Int32 = 1, terminalType: String? = nil,
                endsWhenStopIsNotTaken: Bool = false) throws(TerminalUnavailable) {
        lt_save_shell_terminal(inputFD, outputFD)
        let opened: OpaquePointer? =
            if let terminalType {
                terminalType.withCString { lt_newterm($0, outputFD, inputFD) }
            } else {
                lt_newterm(nil, outputFD, inputFD)
            }
        guard let opened, let window = lt_stdscr() else {
            let term = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "unset"
            throw TerminalUnavailable(description: "Unknown terminal type TERM=\(term); try TERM=xterm-256color.")
        }
        // Without cursor addressing every frame would be written as one unreadable stream.
        guard lt_cap("cup") != nil else {
            endwin()
            delscreen(opened)
            let term = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "unset"
            throw TerminalUnavailable(description: """
                The terminal (TERM=\(term)) cannot move the cursor, so leadterm's screens cannot be drawn on it. \
                Use a full-screen terminal, for example TERM=xterm-256color, or the line-by-line mode: leadterm --accessible.
                """)
        }
        screen = opened
        self.window = window
        self.inputFD = inputFD
        self.outputFD = outputFD
        _ = lt_install_winch_pipe()
        _ = lt_install_stop_handlers()
        if endsWhenStopIsNotTaken { _ = lt_start_stop_thread() }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(Self.escapeDelayMilliseconds)
        // Without this ncurses postpones output while keys are queued, which would
        // make fast typists see their text late.
        typeahead(-1)
        if has_colors() {
            start_color()
            use_default_colors()
            colorDepth = ColorDepth(colorCount: Int(lt_colors()))
        } else {
            colorDepth = .none
        }
        size = Size(columns: Int(lt_cols()), rows: Int(lt_lines()))
        define_key("\u{1B}[200~", Self.pasteStartCode)
        define_key("\u{1B}[201~", Self.pasteEndCode)
        for (sequence, code) in Self.alternativeKeySequences { define_key(sequence, code) }
        writer = FrameWriter(controls: Self.controls())
        writeDirect("\u{1B}[?2004h")
        // ncurses' one refresh: its start-up sequences and a clear. stdscr stays untouched
        // from here on, so `get_wch` never refreshes it over the writer's frames.
        wrefresh(window)
    }

    /// The control strings of the terminal ncurses was started on.
    private static func controls() -> TerminalControls {
        func cap(_ name: String) -> [UInt8]? { lt_cap(name).map { Array(String(cString: $0).utf8) } }
        func param1(_ name: String) -> ((Int) -> [UInt8])? {
            guard let c = lt_cap(name) else { return nil }
            return { n in Array(String(cString: lt_param1(c, Int32(clamping: n))).utf8) }
        }
        let cup = lt_cap("cup")
        var controls = TerminalControls(
            clearScreen: cap("clear") ?? [],
            resetAttributes: cap("sgr0") ?? [],
            moveTo: { row, column in
                guard let cup else { return [] }
                return Array(String(cString: lt_param2(cup, Int32(clamping: row), Int32(clamping: column))).utf8)
            })
        controls.bold = cap("bold") ?? []
        controls.reverse = cap("rev") ?? []
        controls.underline = cap("smul") ?? []
        controls.dim = cap("dim") ?? []
        controls.defaultColors = cap("op") ?? []
        if let setaf = param1("setaf") { controls.foreground = { setaf(Int($0)) } }
        if let setab = param1("setab") { controls.background = { setab(Int($0)) } }
        controls.moveToColumn = param1("hpa")
        controls.eraseCharacters = param1("ech")
        controls.clearToEndOfLine = cap("el")
        controls.backgroundColorErase = lt_flag("bce") != 0
        controls.bottomRightScrolls = lt_flag("am") != 0 && lt_flag("xenl") == 0
        return controls
    }

    deinit { close() }

    /// Switches bracketed paste off and gives the terminal back to the shell.
    public func close() {
        guard !closed else { return }
        closed = true
        lt_remove_winch_handler()
        lt_remove_stop_handlers()
        // ncurses believes the attributes are plain and the cursor home (its last refresh).
        writeAll(writer.controls.resetAttributes + writer.controls.moveTo(0, 0))
        endwin()
        writeDirect("\u{1B}[?2004l")
        delscreen(screen)
    }

    /// Mode switches ncurses has no capability for go straight to the terminal.
    private func writeDirect(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBytes { write(outputFD, $0.baseAddress, $0.count) }
    }

    /// Sequences terminals send whatever terminfo says: cursor keys in normal
    /// rather than application mode, PuTTY/Linux-console Home/End and F1–F4.
    private static let alternativeKeySequences: [(String, Int32)] = [
        ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
        ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[11~", lt_key_f(1)), ("\u{1B}[12~", lt_key_f(2)), ("\u{1B}[13~", lt_key_f(3)), ("\u{1B}[14~", lt_key_f(4)),
        ("\u{1B}[[A", lt_key_f(1)), ("\u{1B}[[B", lt_key_f(2)), ("\u{1B}[[C", lt_key_f(3)), ("\u{1B}[[D", lt_key_f(4)),
        ("\u{1B}[[E", lt_key_f(5)), ("\u{1B}[Z", KEY_BTAB),
    ]

    // MARK: input

    public func nextEvent(timeout: Duration?) -> InputEvent? {
        let waitMilliseconds = timeout.map(Self.milliseconds) ?? -1
        // Wake-ups that found input ready but nothing to read: a terminal that reports
        // readable forever without giving a byte is gone, not busy.
        var emptyWakeups = 0
        while true {
            if lt_take_stop() == 1 { return .terminate }
            if lt_take_wake() == 1 { return nil }
            if lt_take_tstp() == 1 { return suspendAndResume() }
            if lt_take_cont() == 1 { return resumed() }
            if lt_take_winch() == 1, let event = applyResize() { return event }
            // Keys ncurses already holds (pushed back after an escape sequence)
            // never show up in poll, so ask it first without waiting.
            wtimeout(window, 0)
            switch readRaw() {
            case .lost:
                wtimeout(window, -1)
                return .terminate
            case .value(let isCode, let value):
                wtimeout(window, -1)
                emptyWakeups = 0
                if let event = decode(isCode: isCode, value: value) { return event }
                continue
            case .nothing:
                wtimeout(window, -1)
            }
            // Block here, not in a loop: an idle screen uses no CPU.
            switch lt_wait_input(inputFD, waitMilliseconds) {
            case 0: return nil
            case 1:
                emptyWakeups += 1
                if emptyWakeups > Self.emptyWakeupLimit { return .terminate }
            case 3: return .terminate  // hung up or closed: the program ends, the draft is saved
            default: emptyWakeups = 0
            }
        }
    }

    public var waker: (@Sendable () -> Void)? { { lt_wake() } }

    /// Far more than any real input produces in a row (an escape sequence is a few).
    private static let emptyWakeupLimit = 1_000

    /// Ctrl-Z (outside a kiosk) or SIGTSTP: gives the terminal back as the shell had it,
    /// stops the process, and when it is continued takes the terminal again and has the
    /// next frame drawn whole. Returns the event that lays the screen out again.
    public func suspendAndResume() -> InputEvent {
        guard !closed else { return .resize(columns: size.columns, rows: size.rows) }
        writeAll(writer.controls.resetAttributes + writer.controls.moveTo(max(0, size.rows - 1), 0))
        endwin()
        writeDirect("\u{1B}[?2004l")
        lt_stop_self()
        _ = lt_take_cont()
        return resumed()
    }

    /// After a stop (SIGSTOP or SIGTSTP) and SIGCONT: the shell may have used the terminal
    /// meanwhile, so program mode is set again and the whole screen is drawn again.
    private func resumed() -> InputEvent {
        reset_prog_mode()
        writeDirect("\u{1B}[?2004h")
        var columns: Int32 = 0, rows: Int32 = 0
        if lt_get_winsize(outputFD, &columns, &rows) == 0, columns > 0, rows > 0,
           Size(columns: Int(columns), rows: Int(rows)) != size {
            resize_term(rows, columns)
            size = Size(columns: Int(columns), rows: Int(rows))
        }
        forgetScreen()
        cursorVisible = -1
        return .resize(columns: size.columns, rows: size.rows)
    }

    /// Ctrl-L: the next frame is drawn whole, over whatever else wrote to the terminal.
    public func redrawWhole() {
        previous = nil
        writer.invalidate()
        cursorVisible = -1
    }

    /// Re-reads the terminal size after SIGWINCH and resizes ncurses' screen.
    private func applyResize() -> InputEvent? {
        var columns: Int32 = 0, rows: Int32 = 0
        guard lt_get_winsize(outputFD, &columns, &rows) == 0, columns > 0, rows > 0 else { return nil }
        let newSize = Size(columns: Int(columns), rows: Int(rows))
        guard newSize != size else { return nil }
        resize_term(rows, columns)
        size = newSize
        forgetScreen()
        return .resize(columns: newSize.columns, rows: newSize.rows)
    }

    private enum RawRead {
        case value(isCode: Bool, UInt32)
        case nothing
        /// The terminal cannot be read any more (EIO).
        case lost
    }

    private func readRaw() -> RawRead {
        var value: wint_t = 0
        var lost: Int32 = 0
        let result = lt_get_wch(window, &value, &lost)
        if result == lt_err() { return lost != 0 ? .lost : .nothing }
        return .value(isCode: result == lt_key_code_yes(), UInt32(value))
    }

    private func readKey() -> (Bool, UInt32)? {
        if case .value(let isCode, let value) = readRaw() { return (isCode, value) }
        return nil
    }

    private func decode(isCode: Bool, value: UInt32) -> InputEvent? {
        guard isCode else {
            if value == 27 { return .key(altOrEscape()) }
            return KeyDecoder.key(forCharacter: value).map(InputEvent.key)
        }
        let code = Int32(value)
        if code == KEY_RESIZE {
            size = Size(columns: Int(lt_cols()), rows: Int(lt_lines()))
            forgetScreen()
            return .resize(columns: size.columns, rows: size.rows)
        }
        if code == Self.pasteStartCode { return .paste(readPaste()) }
        return Self.functionKeys[code].map(InputEvent.key) ?? modifiedKey(code).map(InputEvent.key)
    }

    /// Esc followed at once by a character is Alt+character (how terminals send
    /// Alt); a lone Esc is Escape after the short ESC delay.
    private func altOrEscape() -> Key {
        wtimeout(window, 0)
        defer { wtimeout(window, -1) }
        guard let (isCode, value) = readKey() else { return .escape }
        if isCode {
            if let key = Self.functionKeys[Int32(value)] ?? modifiedKey(Int32(value)) { return .alt(key) }
            return .escape
        }
        return KeyDecoder.key(forCharacter: value).map { .alt($0) } ?? .escape
    }

    private func modifiedKey(_ code: Int32) -> Key? {
        guard let name = keyname(code) else { return nil }
        return KeyDecoder.key(forModifiedKeyName: String(cString: name))
    }

    /// Reads up to the paste-end marker; keeps at most ``Paste/maximumBytes``.
    private func readPaste() -> String {
        wtimeout(window, Self.pasteStallMilliseconds)
        defer { wtimeout(window, -1) }
        var scalars = String.UnicodeScalarView()
        var bytes = 0
        while let (isCode, value) = readKey() {
            if isCode {
                if Int32(value) == Self.pasteEndCode { break }
                continue
            }
            guard let scalar = Unicode.Scalar(value), bytes < Paste.maximumBytes else { continue }
            scalars.append(scalar)
            bytes += scalar.utf8.count
        }
        return Paste.clean(String(scalars))
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, total))
    }

    private static let functionKeys: [Int32: Key] = {
        var keys: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
            KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
            KEY_IC: .insert, KEY_DC: .delete, KEY_BACKSPACE: .backspace, KEY_ENTER: .enter,
            KEY_BTAB: .backTab, KEY_SLEFT: .shift(.left), KEY_SRIGHT: .shift(.right),
            KEY_SHOME: .shift(.home), KEY_SEND: .shift(.end), KEY_SDC: .shift(.delete),
            KEY_SR: .shift(.up), KEY_SF: .shift(.down),
        ]
        for n in 1...36 {
            if let key = KeyDecoder.key(forFunctionNumber: n) { keys[lt_key_f(Int32(n))] = key }
        }
        return keys
    }()

    // MARK: output

    public func present(_ buffer: Buffer) {
        if buffer.size != size || previous?.size != buffer.size { previous = nil }
        let visible: Int32 = buffer.cursor.map { buffer.contains(x: $0.x, y: $0.y) } == true ? 1 : 0
        // Hide the cursor before drawing, show it after, so it never flickers across the screen.
        if visible == 0 { setCursorVisible(0) }
        let bytes = writer.update(from: previous, to: buffer, pen: pen(for:))
        writeAll(bytes)
        if visible == 1 { setCursorVisible(1) }
        previous = buffer
    }

    public func bell() { beep() }

    /// After a resize ncurses repaints its (blank) screen once; the next frame is drawn whole.
    private func forgetScreen() {
        wrefresh(window)
        previous = nil
        writer.invalidate()
    }

    private func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = write(outputFD, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return
                }
                offset += n
            }
        }
    }

    private func setCursorVisible(_ visibility: Int32) {
        guard visibility != cursorVisible else { return }
        cursorVisible = visibility
        curs_set(visibility)
    }

    private func pen(for style: Style) -> Pen {
        if let cached = pens[style] { return cached }
        let resolved = Pen(attributes: style.attributes,
                           foreground: colorDepth == .none ? -1 : colorNumber(style.foreground),
                           background: colorDepth == .none ? -1 : colorNumber(style.background))
        pens[style] = resolved
        return resolved
    }

    private func colorNumber(_ color: Color?) -> Int16 {
        switch color?.fitted(to: colorDepth) {
        case .ansi(let n)?: return Int16(n)
        case .indexed(let n)?: return Int16(n)
        default: return -1
        }
    }
}
