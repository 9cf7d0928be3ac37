/// Which characters a field or a mask slot accepts.
public enum CharacterClass: Hashable, Sendable {
    /// ASCII 0–9 only (a Cyrillic keyboard still types these from the number row).
    case digit
    /// Any letter, Latin or Cyrillic.
    case letter
    case letterOrDigit
    /// 0–9, a–f, A–F (a UUID such as a FIAS id).
    case hexDigit
    /// Any printable character.
    case any

    public func accepts(_ character: Character) -> Bool {
        switch self {
        case .digit: return character.isASCII && character.isWholeNumber
        case .letter: return character.isLetter
        case .letterOrDigit: return character.isLetter || (character.isASCII && character.isWholeNumber)
        case .hexDigit: return character.isASCII && character.isHexDigit
        case .any: return !(character.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false)
        }
    }
}
