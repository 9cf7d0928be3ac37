import CNcursesw
import Glibc

/// A pseudo-terminal pair, for driving the real ncurses writer without a screen:
/// the benchmark counts the bytes it sends, tests type into it.
/// The app side opens ``NcursesBackend`` on ``replicaFD``; the test side reads and
/// writes ``controllerFD`` as a terminal emulator would.
public final class PseudoTerminal {
    public let controllerFD: Int32
    public let replicaFD: Int32

    public init(size: Size) throws(TerminalUnavailable) {
        var controller: Int32 = -1, replica: Int32 = -1
        guard lt_openpty(&controller, &replica, Int32(size.columns), Int32(size.rows)) == 0 else {
            throw TerminalUnavailable(description: "openpty failed (errno \(errno))")
        }
        controllerFD = controller
        replicaFD = replica
        let flags = fcntl(controller, F_GETFL)
        _ = fcntl(controller, F_SETFL, flags | O_NONBLOCK)
    }

    deinit {
        Glibc.close(controllerFD)
        Glibc.close(replicaFD)
    }

    /// Reads everything the app has written so far; returns the byte count.
    @discardableResult
    public func drain(into sink: inout [UInt8]) -> Int {
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(controllerFD, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            sink.append(contentsOf: chunk[0..<n])
            total += n
        }
        return total
    }

    /// Discards pending output and returns how many bytes it was.
    @discardableResult
    public func drain() -> Int {
        var sink: [UInt8] = []
        return drain(into: &sink)
    }

    /// Sends bytes as if typed on the terminal.
    public func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(controllerFD, $0.baseAddress, $0.count) }
    }

    /// Changes the window size and signals the process, as a terminal emulator does.
    public func resize(to size: Size) {
        _ = lt_set_winsize(replicaFD, Int32(size.columns), Int32(size.rows))
        kill(getpid(), SIGWINCH)
    }
}
