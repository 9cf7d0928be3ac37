/// Turns what the terminal delivers into ``Key`` values. The parts here are pure
/// so they can be tested without a terminal; ``NcursesBackend`` feeds them.
public enum KeyDecoder {
    /// The key for a character code point delivered as text. With `raw()` the
    /// terminal delivers Ctrl-letters as 1…26, Backspace as 8 or 127, Enter as 13.
    public static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 0: return .ctrl(.character(" "))
        case 1...26: return .ctrl(.character(Character(Unicode.Scalar(value + 96) ?? "a")))
        case 28...31: return nil  // Ctrl-\ ] ^ _: no meaning here
        default:
            guard let scalar = Unicode.Scalar(value), !(0x80..<0xA0).contains(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key for an xterm modified-key capability name, as ncurses' `keyname`
    /// returns it for codes above KEY_MAX: `kLFT5` is Ctrl-←, `kDN3` Alt-↓,
    /// `kHOM2` Shift-Home. The digit is xterm's modifier code (1 + bits
    /// shift=1, alt=2, ctrl=4).
    static func key(forModifiedKeyName name: String) -> Key? {
        guard let digit = name.last?.wholeNumberValue, (2...8).contains(digit) else { return nil }
        let bases: [String: Key] = [
            "kLFT": .left, "kRIT": .right, "kUP": .up, "kDN": .down, "kHOM": .home, "kEND": .end,
            "kPRV": .pageUp, "kNXT": .pageDown, "kDC": .delete, "kIC": .insert,
        ]
        guard let base = bases[String(name.dropLast())] else { return nil }
        let bits = digit - 1
        var key = base
        if bits & 1 != 0 { key = .shift(key) }
        if bits & 2 != 0 { key = .alt(key) }
        if bits & 4 != 0 { key = .ctrl(key) }
        return key
    }

    /// F13–F24 arrive for Shift-F1…F12 and F25–F36 for Ctrl-F1…F12 on xterm-likes.
    static func key(forFunctionNumber n: Int) -> Key? {
        switch n {
        case 1...12: return .function(n)
        case 13...24: return .shift(.function(n - 12))
        case 25...36: return .ctrl(.function(n - 24))
        default: return nil
        }
    }
}
