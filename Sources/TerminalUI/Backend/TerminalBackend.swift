/// Where frames are shown and input comes from: the real terminal
/// (``NcursesBackend``) or an in-memory screen for tests (``MemoryBackend``).
public protocol TerminalBackend: AnyObject {
    /// The current screen size.
    var size: Size { get }
    /// How many colors the screen can show; themes are fitted to it.
    var colorDepth: ColorDepth { get }
    /// The next input event. `timeout` nil blocks until there is one (an idle
    /// screen costs no CPU); otherwise returns nil when nothing arrives in time.
    func nextEvent(timeout: Duration?) -> InputEvent?
    /// Shows `buffer`, writing only what differs from the previous frame.
    func present(_ buffer: Buffer)
    /// Sounds the terminal bell (a rejected keystroke).
    func bell()
    /// The next frame is drawn whole, not as a difference (Ctrl-L: something else wrote
    /// to the terminal).
    func redrawWhole()
    /// Gives the terminal back and stops the process (Ctrl-Z); once it is continued, takes
    /// the terminal again. Returns the event that lays the screen out again.
    func suspendAndResume() -> InputEvent
    /// What background work calls, from any thread, when its result is waiting: the input
    /// wait returns early (nil when the backend only polls).
    var waker: (@Sendable () -> Void)? { get }
}

extension TerminalBackend {
    public func redrawWhole() {}
    public func suspendAndResume() -> InputEvent { .resize(columns: size.columns, rows: size.rows) }
    public var waker: (@Sendable () -> Void)? { nil }
}
