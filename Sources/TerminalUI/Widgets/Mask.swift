/// Which characters a field or a mask slot accepts.
public enum CharacterClass: Hashable, Sendable {
    /// ASCII 0–9 only (a Cyrillic keyboard still types these from the number row).
    case digit
    /// Any letter, Latin or Cyrillic.
    case letter
    case letterOrDigit
    /// Any printable character.
    case any

    public func accepts(_ character: Character) -> Bool {
        switch self {
        case .digit: return character.isASCII && character.isWholeNumber
        case .letter: return character.isLetter
        case .letterOrDigit: return character.isLetter || (character.isASCII && character.isWholeNumber)
        case .any: return !(character.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false)
        }
    }
}

/// An input mask with literal separators, such as `+7 (___) ___-__-__`.
///
/// Pattern syntax: `_` is a slot of the mask's default class (digits unless told
/// otherwise), `#` a digit, `@` a letter, `*` any character, `\x` the literal `x`;
/// everything else is a literal shown as is. The field's value holds only what was
/// typed into slots (`9161234567`), never the literals.
public struct Mask: Hashable, Sendable {
    public enum Slot: Hashable, Sendable {
        case literal(Character)
        case input(CharacterClass)
    }

    public let slots: [Slot]
    /// Shown in slots not yet typed.
    public let placeholder: Character
    /// Index in `slots` of each input slot, in order.
    let inputPositions: [Int]

    public init(_ pattern: String, defaultClass: CharacterClass = .digit, placeholder: Character = "_") {
        var slots: [Slot] = []
        var escaped = false
        for c in pattern {
            if escaped {
                slots.append(.literal(c))
                escaped = false
                continue
            }
            switch c {
            case "\\": escaped = true
            case "_": slots.append(.input(defaultClass))
            case "#": slots.append(.input(.digit))
            case "@": slots.append(.input(.letter))
            case "*": slots.append(.input(.any))
            default: slots.append(.literal(c))
            }
        }
        self.slots = slots
        self.placeholder = placeholder
        inputPositions = slots.indices.filter {
            if case .input = slots[$0] { return true }
            return false
        }
    }

    /// How many characters the value holds when complete.
    public var capacity: Int { inputPositions.count }

    /// The class of the `index`-th input slot.
    public func characterClass(at index: Int) -> CharacterClass? {
        guard index >= 0, index < inputPositions.count,
            case .input(let cls) = slots[inputPositions[index]]
        else { return nil }
        return cls
    }

    /// The literals between input slot `index - 1` and input slot `index`
    /// (staff often type them out of habit; the field accepts and skips them).
    public func literals(before index: Int) -> [Character] {
        let end = index < inputPositions.count ? inputPositions[index] : slots.count
        let start = index == 0 ? 0 : inputPositions[index - 1] + 1
        guard start < end else { return [] }
        return slots[start..<end].compactMap {
            if case .literal(let c) = $0 { return c }
            return nil
        }
    }

    /// `value` laid into the mask, placeholders in untyped slots.
    public func format(_ value: [Character]) -> String {
        var text = ""
        var next = 0
        for slot in slots {
            switch slot {
            case .literal(let c): text.append(c)
            case .input:
                text.append(next < value.count ? value[next] : placeholder)
                next += 1
            }
        }
        return text
    }

    /// Index in the formatted text (in characters) where the cursor sits when it is
    /// before the `index`-th typed character; past the last slot when complete.
    public func displayIndex(forValueIndex index: Int) -> Int {
        index < inputPositions.count ? inputPositions[index] : slots.count
    }
}
