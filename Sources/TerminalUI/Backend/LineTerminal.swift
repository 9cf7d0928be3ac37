import Dispatch
import Glibc

/// Accessible mode's terminal (issue 17): plain lines out, one answer line in, the
/// terminal's own line editing and echo (what screen readers and braille displays follow),
/// no alternate screen, no colours, no cursor movement. A stop signal (SIGTERM, SIGHUP,
/// SIGINT) or the end of input ends the reading, so the app can save and leave.
///
/// It is a `TerminalBackend` only so the run loop's effects can ring (silently: the words
/// say what a bell would) and know a size (80×24, for the pages of results).
public final class LineTerminal: TerminalBackend {
    /// What reading a line gave.
    public enum Read: Equatable, Sendable {
        case line(String)
        /// End of input, or the terminal is gone (EIO).
        case ended
        /// A stop signal.
        case stopped
    }

    /// An answer longer than this is cut: nothing typed or pasted can grow the buffer without bound.
    public static let maximumLineBytes = 8192

    public let size = Size(columns: 80, rows: 24)
    public let colorDepth = ColorDepth.none
    private let inputFD: Int32
    private let outputFD: Int32
    private var pending: [UInt8] = []
    private var discardingToNewline = false
    private var ended = false
    private let stopPipe: (read: Int32, write: Int32)
    private var signalSources: [any DispatchSourceSignal] = []
    private var savedTermios: termios?
    /// A question is waiting for its answer: lines said before it comes start on a new line.
    private var questionOpen = false
    /// The open question's answer is not to be echoed.
    private var secretAsked = false
    private lazy var inputIsTerminal = isatty(inputFD) == 1

    public init(inputFD: Int32 = 0, outputFD: Int32 = 1) {
        self.inputFD = inputFD
        self.outputFD = outputFD
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) != 0 { fds = [-1, -1] }
        for fd in fds where fd >= 0 {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        stopPipe = (fds[0], fds[1])
        let writeEnd = fds[1]
        for number in [SIGTERM, SIGHUP, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                var byte: UInt8 = 1
                _ = Glibc.write(writeEnd, &byte, 1)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    deinit { close() }

    /// Gives the terminal back as it was (echo on) and the signals their defaults.
    public func close() {
        restoreEcho()
        for source in signalSources { source.cancel() }
        signalSources = []
        for number in [SIGTERM, SIGHUP, SIGINT] { signal(number, SIG_DFL) }
        if stopPipe.read >= 0 { Glibc.close(stopPipe.read); Glibc.close(stopPipe.write) }
    }

    // MARK: output

    /// Writes each line whole, in order.
    public func say(_ lines: [String]) {
        if questionOpen, !lines.isEmpty {
            write("\n")
            questionOpen = false
        }
        for line in lines { write(line + "\n") }
    }

    /// Writes the question, on its own line, and leaves the answer to follow it; `secret`
    /// turns the terminal's echo off until the answer is read.
    public func ask(_ question: String, secret: Bool) {
        if questionOpen { write("\n") }
        write(question + " ")
        questionOpen = true
        secretAsked = secret
        if secret { hideEcho() }
    }

    /// Clears the screen and the scrollback (a kiosk's next person must not scroll back to
    /// the last one's answers). Only on a terminal: a pipe or a file is the operator's own record.
    public func clearForNextPerson() {
        guard isatty(outputFD) == 1 else { return }
        if questionOpen { write("\n") }
        questionOpen = false
        write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
    }

    private func write(_ text: String) {
        var bytes = ArraySlice(text.utf8)
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(outputFD, $0.baseAddress, $0.count) }
            if n > 0 { bytes = bytes.dropFirst(n) } else if n < 0, errno == EINTR { continue } else { return }
        }
    }

    // MARK: input

    /// The next answer, without its line end and control characters; nil when `timeout`
    /// passed first (nil waits for as long as it takes).
    public func nextLine(timeout: Duration?) -> Read? {
        if let line = takeLine() { return finish(.line(line)) }
        if ended { return finish(.ended) }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
            let wait: Int32
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                wait = left <= .zero ? 0 : Int32(min(60_000, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1))
            } else {
                wait = -1
            }
            let ready = poll(&fds, 2, wait)
            if ready < 0 {
                if errno == EINTR { continue }
                return finish(.ended)
            }
            if fds[1].revents != 0 { return finish(.stopped) }
            if fds[0].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = chunk.withUnsafeMutableBytes { read(inputFD, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR || errno == EAGAIN { continue }
                if n <= 0 {
                    // EOF or EIO: what was typed without a line end is the last answer.
                    ended = true
                    if !pending.isEmpty, !discardingToNewline {
                        let last = pending
                        pending = []
                        return finish(.line(Self.clean(last)))
                    }
                    return finish(.ended)
                }
                append(chunk[0..<n])
                if let line = takeLine() { return finish(.line(line)) }
                continue
            }
            if ready == 0 { return nil }
        }
    }

    private func finish(_ read: Read) -> Read {
        let wasOpen = questionOpen
        questionOpen = false
        if savedTermios != nil {
            restoreEcho()
            write("\n")  // the line end the hidden answer did not echo
        } else if wasOpen, !inputIsTerminal, case .line(let answer) = read {
            // Answers from a pipe or a file are not echoed by a terminal: said here, so the
            // transcript reads as a dialogue (a secret one was asked with echo off: not said).
            write(secretAsked ? "\n" : answer + "\n")
        }
        secretAsked = false
        return read
    }

    private func append(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes {
            if discardingToNewline {
                if byte == 10 { discardingToNewline = false; pending.append(10) }
                continue
            }
            pending.append(byte)
            if pending.count >= Self.maximumLineBytes, !pending.contains(10) {
                // Cut here; the rest of this line is dropped.
                pending.append(10)
                discardingToNewline = true
            }
        }
    }

    private func takeLine() -> String? {
        guard let end = pending.firstIndex(of: 10) else { return nil }
        let line = Array(pending[..<end])
        pending.removeSubrange(...end)
        return Self.clean(line)
    }

    /// Control characters (a carriage return, an escape sequence pasted in) are not data.
    static func clean(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0 == "\t" || $0.properties.generalCategory != .control
        })).replacingOccurrences(of: "\t", with: " ")
    }

    // MARK: echo

    private func hideEcho() {
        guard isatty(inputFD) == 1, savedTermios == nil else { return }
        var attributes = termios()
        guard tcgetattr(inputFD, &attributes) == 0 else { return }
        savedTermios = attributes
        attributes.c_lflag &= ~tcflag_t(ECHO)
        _ = tcsetattr(inputFD, TCSANOW, &attributes)
    }

    private func restoreEcho() {
        guard var saved = savedTermios else { return }
        _ = tcsetattr(inputFD, TCSANOW, &saved)
        savedTermios = nil
    }

    // MARK: TerminalBackend

    public func nextEvent(timeout: Duration?) -> InputEvent? { nil }
    public func present(_ buffer: Buffer) {}
    /// The refusal is said in words; a bell would only be noise for a screen reader.
    public func bell() {}
}
