/// An input mask with literal separators, such as `+7 (___) ___-__-__`: how a field looks
/// while typed, which character each slot takes, and how the typed characters become the
/// field text the rules read (`9057357014` → `79057357014`).
///
/// Pattern syntax: `_` is a slot of the mask's default class (digits unless told
/// otherwise), `#` a digit, `@` a letter, `*` any character, `\x` the literal `x`;
/// everything else is a literal shown as is. What is typed holds only the characters
/// typed into slots (`9161234567`), never the literals; the field text adds `textPrefix`
/// and, when `keepsLiterals`, the literals between typed characters (`772-045`).
///
/// Two habits of typists are part of a mask: `absorbs` names what people put before a number
/// for the prefix the mask already shows (`8` or `7` before a Russian number: `8 916…` is
/// `+7 (916)…`), and `padding` fills a group typed short when its separator comes
/// (`1.3.` → `01.03.`).
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
    /// Characters typed or pasted before the number for the prefix the mask shows (`7`, `8`
    /// for `+7`): the first one, before anything is in the slots, is that prefix, not data.
    public let absorbs: Set<Character>
    /// Put before the characters of a group of slots when the separator after it is typed
    /// early (`1.` in a date is `01.`); nil when a short group stays short.
    public let padding: Character?
    /// Index in `slots` of each input slot, in order.
    let inputPositions: [Int]

    public init(_ pattern: String, defaultClass: CharacterClass = .digit, placeholder: Character = "_",
                textPrefix: String = "", keepsLiterals: Bool = false, absorbs: Set<Character> = [],
                padding: Character? = nil) {
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
        self.absorbs = absorbs
        self.padding = padding
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

    /// The input slots (by index among them) of the group `index` is in: the slots between
    /// two literals (`__` of the day in `__.__.____`).
    public func group(containing index: Int) -> Range<Int> {
        guard index >= 0, index < inputPositions.count else { return index..<index }
        var start = index, end = index + 1
        while start > 0, inputPositions[start - 1] == inputPositions[start] - 1 { start -= 1 }
        while end < inputPositions.count, inputPositions[end] == inputPositions[end - 1] + 1 { end += 1 }
        return start..<end
    }

    /// What a paste means as typed characters (`8 (916) 123-45-67` → `9161234567`): the
    /// characters that fit the slots in turn, without what is left over, and without a leading
    /// character of `absorbs` when the rest still fills the mask (`8122345678` is kept: ten
    /// digits of a St Petersburg number). `overflow` says whether something was left over.
    public func pasted(_ text: String) -> (typed: String, overflow: Bool) {
        var fitting: [Character] = []
        var extra = 0
        for ch in text {
            guard let cls = characterClass(at: min(fitting.count, inputSlotCount - 1)), cls.accepts(ch) else { continue }
            if fitting.count < inputSlotCount + 1 { fitting.append(ch) } else { extra += 1 }
        }
        if fitting.count > inputSlotCount, let first = fitting.first, absorbs.contains(first) {
            fitting.removeFirst()
        }
        if fitting.count > inputSlotCount {
            extra += fitting.count - inputSlotCount
            fitting.removeLast(fitting.count - inputSlotCount)
        }
        return (String(fitting), extra > 0)
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
