/// An in-memory terminal for tests: feed it events, run the app, read the screen.
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: Size
    public var colorDepth: ColorDepth
    /// The last frame presented.
    public private(set) var screen: Buffer
    /// How many frames were presented (a redraw-count check for idle behaviour).
    public private(set) var presentCount = 0
    public private(set) var bellCount = 0
    private var pending: [InputEvent] = []

    public init(size: Size = .minimumTerminal, colorDepth: ColorDepth = .palette256) {
        self.size = size
        self.colorDepth = colorDepth
        screen = Buffer(size: size)
    }

    /// Queues events to be returned by ``nextEvent(timeout:)``. A `.resize` changes
    /// ``size`` when it is delivered, as a real terminal would.
    public func feed(_ events: InputEvent...) { pending.append(contentsOf: events) }
    public func feed(_ events: [InputEvent]) { pending.append(contentsOf: events) }

    /// Queues each character of `text` as a key press.
    public func type(_ text: String) { pending.append(contentsOf: text.map { .key(.character($0)) }) }

    /// Returns the next queued event, or nil when the queue is empty (a real
    /// terminal would block; tests stop there).
    public func nextEvent(timeout: Duration?) -> InputEvent? {
        guard !pending.isEmpty else { return nil }
        let event = pending.removeFirst()
        if case .resize(let columns, let rows) = event { size = Size(columns: columns, rows: rows) }
        return event
    }

    public func present(_ buffer: Buffer) {
        screen = buffer
        presentCount += 1
    }

    public func bell() { bellCount += 1 }

    /// The screen's rows, trailing blanks trimmed.
    public var lines: [String] { screen.lines }

    /// The screen as one string, for printing in a failing test.
    public var text: String { screen.lines.joined(separator: "\n") }
}
