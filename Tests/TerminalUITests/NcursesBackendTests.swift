import Glibc
import Testing
import TerminalUI

/// The real ncurses backend on a pseudo-terminal. Serialized: ncurses keeps
/// process-wide state, so only one backend may be open at a time.
@Suite(.serialized) struct NcursesBackendTests {
    init() throws {
        setenv("LC_ALL", "C.UTF-8", 1)
        try TerminalCheck.requireUTF8Locale()
    }

    private func withBackend(_ body: (NcursesBackend, PseudoTerminal) throws -> Void) throws {
        let pty = try PseudoTerminal(size: Size(columns: 80, rows: 24))
        let backend = try NcursesBackend(inputFD: pty.replicaFD, outputFD: pty.replicaFD, terminalType: "xterm-256color")
        defer { backend.close() }
        try body(backend, pty)
    }

    @Test func secondFrameWritesOnlyTheChangedCell() throws {
        try withBackend { backend, pty in
            var frame = Buffer(size: backend.size)
            frame.put("Фамилия", x: 0, y: 0, style: testTheme.style(.label))
            frame.fill(Rect(x: 10, y: 0, width: 20, height: 1), style: testTheme.style(.focusedField))
            frame.cursor = Point(x: 10, y: 0)
            backend.present(frame)
            var first: [UInt8] = []
            pty.drain(into: &first)
            #expect(String(decoding: first, as: UTF8.self).contains("Фамилия"))

            frame.put("Ж", x: 10, y: 0, style: testTheme.style(.focusedField))
            frame.cursor = Point(x: 11, y: 0)
            backend.present(frame)
            var second: [UInt8] = []
            pty.drain(into: &second)
            let text = String(decoding: second, as: UTF8.self)
            #expect(text.contains("Ж"))
            #expect(!text.contains("Фамилия"))
            #expect(second.count <= 40, "wrote \(second.count) bytes: \(text.debugDescription)")

            backend.present(frame)
            #expect(pty.drain() == 0)
        }
    }

    @Test func cyrillicArrowsFunctionKeysAndCtrlDecode() throws {
        try withBackend { backend, pty in
            pty.type("ж\u{1B}[A\u{1B}OQ\u{3}\u{1B}[1;5D")
            var keys: [InputEvent] = []
            while let event = backend.nextEvent(timeout: .milliseconds(200)) { keys.append(event) }
            #expect(keys == [.key(.character("ж")), .key(.up), .key(.function(2)), .key(.ctrl(.character("c"))), .key(.ctrl(.left))])
        }
    }

    @Test func loneEscapeAndAltLetter() throws {
        try withBackend { backend, pty in
            pty.type("\u{1B}x")
            #expect(backend.nextEvent(timeout: .milliseconds(200)) == .key(.alt(.character("x"))))
            pty.type("\u{1B}")
            #expect(backend.nextEvent(timeout: .milliseconds(500)) == .key(.escape))
        }
    }

    @Test func bracketedPasteArrivesAsOneCleanEvent() throws {
        try withBackend { backend, pty in
            pty.type("\u{1B}[200~Иван\r\nПетров\u{7}\u{1B}[201~z")
            #expect(backend.nextEvent(timeout: .milliseconds(500)) == .paste("Иван\nПетров"))
            #expect(backend.nextEvent(timeout: .milliseconds(200)) == .key(.character("z")))
        }
    }

    @Test func resizeIsReportedWhileIdle() throws {
        try withBackend { backend, pty in
            pty.resize(to: Size(columns: 100, rows: 30))
            #expect(backend.nextEvent(timeout: .milliseconds(500)) == .resize(columns: 100, rows: 30))
            #expect(backend.size == Size(columns: 100, rows: 30))
        }
    }

    @Test func idleWaitTimesOutWithoutWriting() throws {
        try withBackend { backend, pty in
            backend.present(Buffer(size: backend.size))
            pty.drain()
            #expect(backend.nextEvent(timeout: .milliseconds(50)) == nil)
            #expect(pty.drain() == 0)
        }
    }
}
