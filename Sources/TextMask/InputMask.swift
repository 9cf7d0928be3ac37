/// An input mask with literal separators, such as `+7 (___) ___-__-__`: how a field looks
/// while typed, which character each slot takes, and how the typed characters become the
/// field text the rules read (`9057357014` → `79057357014`).
///
/// Pattern syntax: `_` is a slot of the mask's default class (digits unless told
/// otherwise), `#` a digit, `@` a letter, `*` any character, `\x` the literal `x`;
/// everything else is a literal shown as is. What is typed holds only the characters
/// typed into slots (`9161234567`), never the literals; the field text adds `textPrefix`
/// and, when `keepsLiterals`, the literals between typed characters (`772-045`).
public struct InputMask: Hashable, Sendable {
    public enum Slot: Hashable, Sendable {
        case literal(Character)
        case input(CharacterClass)
    }

    public let slots: [Slot]
    /// Shown in slots not yet typed.
    public let placeholder: Character
    /// Text the field text starts with that the mask shows as a literal (the `7` of `+7`).
    public let textPrefix: String
    /// Whether the literals are part of the field text (`989-098`) or only shown (`+7 (…)`).
    public let keepsLiterals: Bool
    /// Index in `slots` of each input slot, in order.
    let inputPositions: [Int]

    public init(_ pattern: String, defaultClass: CharacterClass = .digit, placeholder: Character = "_",
                textPrefix: String = "", keepsLiterals: Bool = false) {
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
        self.textPrefix = textPrefix
        self.keepsLiterals = keepsLiterals
        inputPositions = slots.indices.filter {
            if case .input = slots[$0] { return true }
            return false
        }
    }

    /// How many characters are typed into the mask when it is complete.
    public var inputSlotCount: Int { inputPositions.count }

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

    /// `typed` laid into the mask, placeholders in untyped slots.
    public func format(_ typed: [Character]) -> String {
        var text = ""
        var next = 0
        for slot in slots {
            switch slot {
            case .literal(let c): text.append(c)
            case .input:
                text.append(next < typed.count ? typed[next] : placeholder)
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

    // MARK: typed ⇄ field text

    /// The field text for what the user typed into the slots (only the typed characters,
    /// in order; characters that do not fit their slot are skipped). Nothing typed is an
    /// empty text, not the bare prefix.
    public func text(fromTyped typed: String) -> String {
        guard !typed.isEmpty else { return "" }
        var out = textPrefix
        var input = typed[...]
        for slot in slots {
            guard !input.isEmpty else { break }
            switch slot {
            case .literal(let ch):
                if keepsLiterals { out.append(ch) }
            case .input(let cls):
                while let ch = input.first {
                    input = input.dropFirst()
                    if cls.accepts(ch) { out.append(ch); break }
                }
            }
        }
        return out
    }

    /// The characters typed into the slots for a field text (`79057357014` → `9057357014`,
    /// `29.07.1987` → `29071987`): the prefix goes, and so does whatever fits no slot.
    public func typed(fromText text: String) -> String {
        var source = Substring(text)
        if !textPrefix.isEmpty, source.hasPrefix(textPrefix) { source = source.dropFirst(textPrefix.count) }
        var out = ""
        for ch in source {
            guard let cls = characterClass(at: out.count) else { break }
            if cls.accepts(ch) { out.append(ch) }
        }
        return out
    }

    /// The masked display of a field text (`79057357014` → `+7 (905) 735-70-14`); unfilled
    /// slots show the placeholder.
    public func display(text: String) -> String {
        var source = Substring(text)
        if source.hasPrefix(textPrefix) { source = source.dropFirst(textPrefix.count) }
        var out = ""
        for slot in slots {
            switch slot {
            case .literal(let ch):
                out.append(ch)
                if keepsLiterals, source.first == ch { source = source.dropFirst() }
            case .input:
                if let ch = source.first { out.append(ch); source = source.dropFirst() } else { out.append(placeholder) }
            }
        }
        return out
    }
}
