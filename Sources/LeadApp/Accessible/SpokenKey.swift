import TerminalUI

/// A key written as a line: the names the legend and F1 use (`F2`, `Esc`, `Enter`, `PgDn`,
/// `Ctrl-S`, `Alt-3`), and the arrows in words, since `↑` is hard to type.
enum SpokenKey {
    static func key(_ line: String) -> Key? {
        let word = line.trimmingCharacters(in: .whitespaces).lowercased()
        guard !word.isEmpty, word.count <= 12 else { return nil }
        if let named = named[word] { return named }
        for (prefix, wrap) in [("ctrl-", Key.ctrl), ("alt-", Key.alt), ("shift-", Key.shift)] where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if let inner = named[rest] { return wrap(inner) }
            if rest.count == 1, let c = rest.first { return wrap(.character(c)) }
        }
        if word.hasPrefix("f"), let n = Int(word.dropFirst()), (1...12).contains(n) { return .function(n) }
        return nil
    }

    private static let named: [String: Key] = [
        "enter": .enter, "tab": .tab, "shift-tab": .backTab, "esc": .escape, "escape": .escape,
        "backspace": .backspace, "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
        "up": .up, "↑": .up, "вверх": .up, "down": .down, "↓": .down, "вниз": .down,
        "left": .left, "←": .left, "right": .right, "→": .right,
        "home": .home, "end": .end, "pgup": .pageUp, "pgdn": .pageDown, "space": .character(" "),
    ]
}
