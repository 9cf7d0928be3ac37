import Testing
@testable import TerminalUI

@Suite struct KeyDecoderTests {
    @Test func controlCharactersInRawMode() {
        #expect(KeyDecoder.key(forCharacter: 3) == .ctrl(.character("c")))
        #expect(KeyDecoder.key(forCharacter: 9) == .tab)
        #expect(KeyDecoder.key(forCharacter: 13) == .enter)
        #expect(KeyDecoder.key(forCharacter: 127) == .backspace)
        #expect(KeyDecoder.key(forCharacter: 27) == .escape)
        #expect(KeyDecoder.key(forCharacter: 0x436) == .character("ж"))
        #expect(KeyDecoder.key(forCharacter: 0x9B) == nil)
    }

    @Test func xtermModifiedKeyNames() {
        #expect(KeyDecoder.key(forModifiedKeyName: "kLFT5") == .ctrl(.left))
        #expect(KeyDecoder.key(forModifiedKeyName: "kDN3") == .alt(.down))
        #expect(KeyDecoder.key(forModifiedKeyName: "kHOM2") == .shift(.home))
        #expect(KeyDecoder.key(forModifiedKeyName: "kUP7") == .ctrl(.alt(.up)))
        #expect(KeyDecoder.key(forModifiedKeyName: "kxIN") == nil)
    }

    @Test func shiftedAndControlFunctionKeys() {
        #expect(KeyDecoder.key(forFunctionNumber: 2) == .function(2))
        #expect(KeyDecoder.key(forFunctionNumber: 14) == .shift(.function(2)))
        #expect(KeyDecoder.key(forFunctionNumber: 34) == .ctrl(.function(10)))
    }

    @Test func displayNames() {
        #expect(Key.ctrl(.character("s")).displayName == "Ctrl-S")
        #expect(Key.alt(.down).displayName == "Alt-↓")
        #expect(Key.function(10).displayName == "F10")
    }
}
