/// One choice in a ``SelectState``: a stable id for the data, a label for people.
public struct SelectOption: Hashable, Sendable {
    public var id: String
    public var label: String
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// A choice from a dictionary (countries, document types) with type-ahead filtering.
///
/// Typing opens the list filtered to the option whose id is the typed text, then labels that
/// start with, then contain, the typed text (case-insensitive, `ё` = `е`; text that matches nothing is tried again as
/// typed with the other keyboard layout, so `Ыц` finds `Sweden`); ↑/↓/PgUp/PgDn move the
/// highlight; Enter or Tab takes it and reports ``EditOutcome/filled`` so focus moves on
/// (with ``acceptsSingleMatch`` a filter that leaves one choice takes it at once); Esc closes
/// without a change. F4, Alt-↓ or Space open the full list. Filtering is linear in
/// the number of options, which stays far under a millisecond for hundreds.
public struct SelectState: Equatable, Sendable {
    public let options: [SelectOption]
    /// The display width of the widest label (a form asks on every frame; a country list
    /// has some 250).
    public let widestLabel: Int
    public private(set) var selectedIndex: Int?
    public private(set) var isOpen: Bool
    public private(set) var filter: String
    /// Indices into `options` shown while open, best matches first.
    public private(set) var matches: [Int]
    /// Position in `matches` of the highlighted option.
    public private(set) var highlighted: Int
    /// First visible position in `matches` in the dropdown.
    public private(set) var popupTop: Int
    /// Rows the dropdown shows at most.
    public var popupRows: Int
    /// Whether Del may clear the choice.
    public var allowsEmpty: Bool
    /// Whether typing that leaves exactly one match takes it at once, as Enter would (a
    /// heads-down operator saves the Enter; off by default, so nothing is chosen unseen).
    public var acceptsSingleMatch = false

    public init(options: [SelectOption], selectedID: String? = nil, popupRows: Int = 8, allowsEmpty: Bool = true) {
        self.options = options
        widestLabel = options.reduce(0) { max($0, DisplayWidth.of($1.label)) }
        selectedIndex = selectedID.flatMap { id in options.firstIndex { $0.id == id } }
        isOpen = false
        filter = ""
        matches = Array(options.indices)
        highlighted = 0
        popupTop = 0
        self.popupRows = max(1, popupRows)
        self.allowsEmpty = allowsEmpty
    }

    public var selected: SelectOption? { selectedIndex.map { options[$0] } }

    public mutating func select(id: String?) {
        selectedIndex = id.flatMap { id in options.firstIndex { $0.id == id } }
    }

    public mutating func handle(_ key: Key) -> EditOutcome {
        isOpen ? handleOpen(key) : handleClosed(key)
    }

    /// Pasted text becomes the filter.
    public mutating func paste(_ text: String) -> EditOutcome {
        let clean = text.sanitizedForPaste(singleLine: true)
        guard !clean.isEmpty else { return .rejected }
        open(filter: String(clean.prefix(64)))
        return .moved
    }

    private mutating func handleClosed(_ key: Key) -> EditOutcome {
        switch key {
        case .character(" "), .function(4), .alt(.down):
            open(filter: "")
            return .moved
        case .character(let c):
            open(filter: String(c))
            return acceptIfSingle() ?? .moved
        case .delete, .backspace:
            guard allowsEmpty, selectedIndex != nil else { return .unchanged }
            selectedIndex = nil
            return .changed
        default:
            return FieldNavigation.exit(for: key) ?? .ignored
        }
    }

    private mutating func handleOpen(_ key: Key) -> EditOutcome {
        switch key {
        case .character(let c):
            refilter(filter + String(c))
            return acceptIfSingle() ?? .moved
        case .backspace:
            if filter.isEmpty {
                isOpen = false
            } else {
                refilter(String(filter.dropLast()))
            }
            return .moved
        case .up: return moveHighlight(by: -1)
        case .down: return moveHighlight(by: 1)
        case .pageUp: return moveHighlight(by: -popupRows)
        case .pageDown: return moveHighlight(by: popupRows)
        case .home: return moveHighlight(by: -matches.count)
        case .end: return moveHighlight(by: matches.count)
        case .escape:
            close()
            return .moved
        case .enter, .tab:
            return accept()
        default:
            return .unchanged  // the open list keeps the keyboard until closed
        }
    }

    private mutating func accept() -> EditOutcome {
        guard highlighted < matches.count else { return .rejected }
        let choice = matches[highlighted]
        let changed = choice != selectedIndex
        selectedIndex = choice
        close()
        return changed ? .filled : .exitForward
    }

    /// A typed filter that leaves one choice, taken when ``acceptsSingleMatch`` is on.
    private mutating func acceptIfSingle() -> EditOutcome? {
        guard acceptsSingleMatch, !filter.isEmpty, matches.count == 1 else { return nil }
        return accept()
    }

    private mutating func open(filter text: String) {
        isOpen = true
        refilter(text)
        if text.isEmpty, let selectedIndex, let position = matches.firstIndex(of: selectedIndex) {
            highlighted = position
            scrollToHighlight()
        }
    }

    private mutating func close() {
        isOpen = false
        filter = ""
        matches = Array(options.indices)
        highlighted = 0
        popupTop = 0
    }

    private mutating func refilter(_ text: String) {
        filter = text
        matches = matching(SelectState.fold(text))
        // Typed with the other layout on: the same keys in the list's alphabet.
        if matches.isEmpty { matches = matching(SelectState.fold(KeyboardLayout.swapped(text))) }
        highlighted = 0
        popupTop = 0
    }

    /// The option whose id is `needle` exactly (a code read off a paper form or another
    /// system: `102141`, `MONTHS`), then the options whose labels start with `needle`, then
    /// have a word that does, then contain it.
    private func matching(_ needle: String) -> [Int] {
        if needle.isEmpty {
            return Array(options.indices)
        } else {
            var exact: [Int] = [], prefix: [Int] = [], wordPrefix: [Int] = [], contains: [Int] = []
            // Folded here, not in init: a closed select is built for every frame a
            // form shows it, and most are never filtered.
            for (i, option) in options.enumerated() {
                let label = SelectState.fold(option.label)
                if SelectState.fold(option.id) == needle {
                    exact.append(i)
                } else if label.hasPrefix(needle) {
                    prefix.append(i)
                } else if label.contains(" " + needle) || label.contains("-" + needle) {
                    wordPrefix.append(i)
                } else if label.contains(needle) {
                    contains.append(i)
                }
            }
            return exact + prefix + wordPrefix + contains
        }
    }

    private mutating func moveHighlight(by delta: Int) -> EditOutcome {
        guard !matches.isEmpty else { return .unchanged }
        let target = min(max(0, highlighted + delta), matches.count - 1)
        guard target != highlighted else { return .unchanged }
        highlighted = target
        scrollToHighlight()
        return .moved
    }

    private mutating func scrollToHighlight() {
        if highlighted < popupTop { popupTop = highlighted }
        if highlighted >= popupTop + popupRows { popupTop = highlighted - popupRows + 1 }
    }

    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars { scalars.append(scalar == "ё" ? "е" : scalar) }
        return String(scalars)
    }
}
