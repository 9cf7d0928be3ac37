/// A key press, decoded from whatever the terminal sent.
///
/// Modifiers wrap the key they modify, so patterns read naturally:
/// `case .ctrl(.character("s"))`, `case .alt(.down)`. Control letters are always
/// lowercase Latin (`.ctrl(.character("a"))` for Ctrl-A), the way terminals send them.
public indirect enum Key: Hashable, Sendable {
    /// A printable character, any script (`"ж"`, `"7"`, `" "`).
    case character(Character)
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12 (`.function(1)` is F1).
    case function(Int)
    case ctrl(Key)
    case alt(Key)
    case shift(Key)

    /// The key with its modifiers removed.
    public var base: Key {
        switch self {
        case .ctrl(let key), .alt(let key), .shift(let key): return key.base
        default: return self
        }
    }

    /// A short human name such as `F2`, `Ctrl-S`, `Alt-↓`, used by legends and tests.
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c).uppercased()
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .ctrl(let key): return "Ctrl-" + key.displayName
        case .alt(let key): return "Alt-" + key.displayName
        case .shift(let key): return "Shift-" + key.displayName
        }
    }
}

/// Everything the run loop can receive from the terminal.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// A bracketed paste, delivered whole: control characters already removed
    /// (line breaks kept as `\n`; one-line fields turn them into spaces),
    /// at most ``Paste/maximumBytes`` of UTF-8.
    case paste(String)
    /// The terminal now has this many columns and rows.
    case resize(columns: Int, rows: Int)
    /// The program was asked to stop from outside (SIGTERM, SIGHUP, SIGINT): keep what must
    /// be kept and leave; the backend gives the terminal back when it is closed.
    case terminate
}

/// Limits that apply to pasted text.
public enum Paste {
    /// Pastes are cut at 1 MiB: more is never meant for a data-entry field and
    /// would only stall the screen.
    public static let maximumBytes = 1 << 20

    /// Cleans raw pasted text and cuts it to ``maximumBytes`` on a code point boundary.
    public static func clean(_ raw: String) -> String {
        let text = raw.sanitizedForPaste(singleLine: false)
        let utf8 = text.utf8
        guard utf8.count > maximumBytes else { return text }
        var cut = utf8.index(utf8.startIndex, offsetBy: maximumBytes)
        // Step back over UTF-8 continuation bytes (10xxxxxx) so no code point is split.
        while cut > utf8.startIndex, utf8[cut] & 0xC0 == 0x80 { cut = utf8.index(before: cut) }
        return String(text[..<cut])
    }
}
