import Foundation
import TextMask

/// Editing state of a one-line text field: value, cursor, insert/overwrite, limits.
///
/// A pure value: ``handle(_:)`` applies a key and says what happened; nothing here
/// draws. With an ``InputMask`` the value holds only the typed characters and the
/// field is fixed-length, so filling it returns ``EditOutcome/filled``.
public struct TextFieldState: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position in characters, `0...characters.count`.
    public private(set) var cursor: Int
    public let mask: InputMask?
    /// The most characters the value may hold; a mask implies its slot count.
    public let maxLength: Int?
    /// Characters accepted in an unmasked field.
    public let allowed: CharacterClass
    /// Typing replaces the character under the cursor (toggled with Ins).
    public var overwrite: Bool
    /// Whether filling a fixed-length field reports ``EditOutcome/filled``.
    public var autoAdvance: Bool
    /// Whether the mask's prefix was typed (`8` or `7` before a phone number, see
    /// ``InputMask/absorbs``): a second `8` is then the number's own.
    public private(set) var prefixAbsorbed = false

    public init(
        value: String = "", maxLength: Int? = nil, mask: InputMask? = nil, allowed: CharacterClass = .any,
        autoAdvance: Bool = true
    ) {
        self.mask = mask
        self.maxLength = mask.map(\.inputSlotCount) ?? maxLength
        self.allowed = allowed
        overwrite = false
        self.autoAdvance = autoAdvance
        characters = []
        cursor = 0
        _ = replaceValue(value)
    }

    /// The typed value (for a masked field: without the literals).
    public var value: String {
        get { String(characters) }
        set { _ = replaceValue(newValue) }
    }

    /// The value as shown: laid into the mask when there is one.
    public var displayText: String {
        guard let mask else { return String(characters) }
        return mask.format(characters)
    }

    /// True when the value holds as many characters as it may.
    public var isFull: Bool { maxLength.map { characters.count >= $0 } ?? false }

    /// A masked field is complete when every slot is typed; others always are.
    public var isComplete: Bool { mask == nil || isFull }

    public var isEmpty: Bool { characters.isEmpty }

    /// Moves the cursor (clamped to the value).
    public mutating func moveCursor(to position: Int) {
        cursor = min(max(0, position), characters.count)
    }

    // MARK: keys

    public mutating func handle(_ key: Key) -> EditOutcome {
        switch key {
        case .character(let c): return type(c)
        case .backspace:
            guard cursor > 0 else {
                // Backspace over the absorbed prefix takes it back.
                guard prefixAbsorbed, characters.isEmpty else { return .unchanged }
                prefixAbsorbed = false
                return .moved
            }
            cursor -= 1
            characters.remove(at: cursor)
            return .changed
        case .delete:
            guard cursor < characters.count else { return .unchanged }
            characters.remove(at: cursor)
            return .changed
        case .left: return move(to: cursor - 1)
        case .right: return move(to: cursor + 1)
        case .home: return move(to: 0)
        case .end: return move(to: characters.count)
        case .ctrl(.left): return move(to: wordStart(before: cursor))
        case .ctrl(.right): return move(to: wordEnd(after: cursor))
        case .insert:
            overwrite.toggle()
            return .moved
        case .ctrl(.character("u")):
            guard !characters.isEmpty else { return .unchanged }
            characters.removeAll()
            cursor = 0
            prefixAbsorbed = false
            return .changed
        case .ctrl(.character("k")):
            guard cursor < characters.count else { return .unchanged }
            characters.removeSubrange(cursor...)
            return .changed
        default:
            return FieldNavigation.exit(for: key) ?? .ignored
        }
    }

    /// Inserts pasted text at the cursor: line breaks become spaces, control
    /// characters go, characters the field does not accept are skipped (so a pasted
    /// `8 (916) 123-45-67` fills a phone mask), and nothing goes past the limit: what is left
    /// over is dropped and reported as ``EditOutcome/overflowed``.
    public mutating func paste(_ text: String) -> EditOutcome {
        var changed = false
        var clean = Substring(text.sanitizedForPaste(singleLine: true))
        // "+7 (916) ..." pasted into "+7 (___) ...": the mask's own prefix is not data.
        if let mask, cursor == 0 {
            let prefix = String(mask.literals(before: 0)).trimmingCharacters(in: [" ", "("])
            let trimmed = clean.drop(while: { $0 == " " })
            if !prefix.isEmpty, trimmed.hasPrefix(prefix) { clean = trimmed.dropFirst(prefix.count) }
        }
        var overflow = false
        // `1.3.1985` pasted into a date is what typing it makes (`01.03.1985`).
        if let mask, mask.padding != nil, characters.isEmpty, !overwrite {
            for c in clean {
                if isFull { overflow = overflow || accepts(c, at: characters.count - 1); continue }
                let outcome = type(c)
                changed = changed || outcome == .changed || outcome == .filled
            }
            clean = ""
        } else if let mask, characters.isEmpty {
            // Into an empty mask the whole paste is read at once: a leading `8` of eleven digits is
            // the prefix, ten digits are the number.
            let read = mask.pasted(String(clean))
            clean = Substring(read.typed)
            overflow = read.overflow
        }
        for c in clean {
            if isFull && !(overwrite && cursor < characters.count) {
                if accepts(c, at: min(cursor, max(0, (maxLength ?? 1) - 1))) { overflow = true }
                break
            }
            guard accepts(c, at: cursor) else { continue }
            if insertOrReplace(c) { changed = true }
        }
        guard changed else { return .rejected }
        if overflow && mask != nil { return .overflowed }
        return filledOrChanged()
    }

    // MARK: internals

    private mutating func type(_ c: Character) -> EditOutcome {
        if let mask, characters.isEmpty, !prefixAbsorbed, mask.absorbs.contains(c) {
            // `8 916…` or `+7 916…` into `+7 (___)…`: the mask shows that prefix already.
            prefixAbsorbed = true
            return .moved
        }
        if let mask, let padded = padGroup(mask, before: c) { return padded }
        if let mask, !accepts(c, at: cursor) {
            // A separator typed out of habit ("12.03.2024") is accepted and skipped.
            return mask.literals(before: cursor).contains(c) || c == " " ? .unchanged : .rejected
        }
        guard accepts(c, at: cursor) else { return .rejected }
        guard insertOrReplace(c) else { return .rejected }
        return filledOrChanged()
    }

    /// A separator typed after a group typed short pads the group (`1.` → `01.`).
    private mutating func padGroup(_ mask: InputMask, before c: Character) -> EditOutcome? {
        guard let pad = mask.padding, cursor == characters.count, cursor > 0, !overwrite else { return nil }
        let group = mask.group(containing: cursor)
        guard group.lowerBound < cursor, group.upperBound > cursor,
              mask.literals(before: group.upperBound).first == c,
              (group.lowerBound..<group.upperBound).allSatisfy({ mask.characterClass(at: $0)?.accepts(pad) ?? false })
        else { return nil }
        let short = group.upperBound - cursor
        characters.insert(contentsOf: Array(repeating: pad, count: short), at: group.lowerBound)
        cursor = characters.count
        return filledOrChanged()
    }

    private func accepts(_ c: Character, at index: Int) -> Bool {
        if let mask { return mask.characterClass(at: index)?.accepts(c) ?? false }
        return allowed.accepts(c) && DisplayWidth.of(c) > 0
    }

    private mutating func insertOrReplace(_ c: Character) -> Bool {
        if overwrite && cursor < characters.count {
            characters[cursor] = c
        } else {
            guard !isFull else { return false }
            characters.insert(c, at: cursor)
            if let mask, !fitsMask(mask) {
                characters.remove(at: cursor)
                return false
            }
        }
        cursor += 1
        return true
    }

    /// After an insertion shifts characters right, each must still suit its slot.
    private func fitsMask(_ mask: InputMask) -> Bool {
        characters.indices.allSatisfy { mask.characterClass(at: $0)?.accepts(characters[$0]) ?? false }
    }

    private func filledOrChanged() -> EditOutcome {
        let fixedLength = mask != nil
        return autoAdvance && fixedLength && isFull && cursor == characters.count ? .filled : .changed
    }

    private mutating func move(to position: Int) -> EditOutcome {
        let target = min(max(0, position), characters.count)
        guard target != cursor else { return .unchanged }
        cursor = target
        return .moved
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && characters[i - 1] == " " { i -= 1 }
        while i > 0 && characters[i - 1] != " " { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count && characters[i] == " " { i += 1 }
        while i < characters.count && characters[i] != " " { i += 1 }
        return i
    }

    /// Sets the value, dropping characters the field would not accept; returns
    /// whether all of `text` was kept.
    private mutating func replaceValue(_ text: String) -> Bool {
        characters = []
        cursor = 0
        var keptAll = true
        for c in text.sanitizedForPaste(singleLine: true) {
            if isFull || !accepts(c, at: characters.count) {
                keptAll = false
                continue
            }
            characters.append(c)
        }
        cursor = characters.count
        return keptAll
    }
}
