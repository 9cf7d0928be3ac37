/// Something the update function asks the run loop to do.
public enum Effect: Equatable, Sendable {
    /// Stop the loop and return the final state.
    case quit
    /// Ring the bell (a refused key).
    case bell
}

/// An Elm-style screen driver: state, `update(&state, event) -> [Effect]`, and
/// `view(state, &buffer)`. The loop blocks in the backend until input arrives
/// (an idle screen costs no CPU and writes nothing), updates, redraws into a
/// fresh buffer and presents it; the backend writes only the difference.
///
/// When the terminal is smaller than ``minimumSize`` the loop shows
/// ``EnlargeNotice`` instead of the view and holds back keys (so nothing is
/// typed blind), except those in ``keysWhenTooSmall``; resizes always reach
/// `update`, so state and focus survive and the layout is redone.
public struct TerminalApp<State> {
    public var minimumSize: Size
    /// Keys still delivered while the enlarge notice shows (default: Ctrl-C, F10).
    public var keysWhenTooSmall: Set<Key>
    public let update: (inout State, InputEvent) -> [Effect]
    public let view: (State, inout Buffer) -> Void
    /// The theme of the enlarge notice (views carry their own theme in their state).
    public let noticeTheme: (State) -> Theme
    /// The words of the enlarge notice.
    public var text: WidgetText

    public init(
        minimumSize: Size = .minimumTerminal,
        keysWhenTooSmall: Set<Key> = [.ctrl(.character("c")), .function(10)],
        text: WidgetText = .russian,
        noticeTheme: @escaping (State) -> Theme,
        update: @escaping (inout State, InputEvent) -> [Effect],
        view: @escaping (State, inout Buffer) -> Void
    ) {
        self.minimumSize = minimumSize
        self.keysWhenTooSmall = keysWhenTooSmall
        self.text = text
        self.noticeTheme = noticeTheme
        self.update = update
        self.view = view
    }

    /// Draws the frame for `state` on a screen of `size`.
    public func frame(for state: State, size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        if size.fits(minimumSize) {
            view(state, &buffer)
        } else {
            EnlargeNotice.render(into: &buffer, current: size, required: minimumSize, theme: noticeTheme(state), text: text)
        }
        return buffer
    }

    /// Applies one event: returns whether the loop should stop. Bells go to the backend.
    public func step(_ state: inout State, event: InputEvent, backend: some TerminalBackend) -> Bool {
        if case .terminate = event {
            _ = update(&state, event)
            return true
        }
        if case .key(let key) = event, !backend.size.fits(minimumSize), !keysWhenTooSmall.contains(key) {
            backend.bell()
            return false
        }
        var quit = false
        for effect in update(&state, event) {
            switch effect {
            case .quit: quit = true
            case .bell: backend.bell()
            }
        }
        return quit
    }

    /// Runs until an update returns ``Effect/quit`` or the backend has no more
    /// input (a ``MemoryBackend`` whose queue is empty). The initial size is sent
    /// to `update` as a resize first, so the state can lay itself out.
    @discardableResult
    public func run(_ initial: State, on backend: some TerminalBackend) -> State {
        var state = initial
        let size = backend.size
        var done = step(&state, event: .resize(columns: size.columns, rows: size.rows), backend: backend)
        backend.present(frame(for: state, size: backend.size))
        while !done, let event = backend.nextEvent(timeout: nil) {
            done = step(&state, event: event, backend: backend)
            if !done { backend.present(frame(for: state, size: backend.size)) }
        }
        return state
    }
}
