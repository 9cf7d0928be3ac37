/// A scrolling form: labelled fields (and section headings) in one column, with
/// focus handling and scrolling that keeps the focused field in view.
///
/// Keys go to the focused field first. When it lets go (Tab, Enter, ↑/↓, a filled
/// fixed-length field) focus moves to the next or previous enabled field.
/// PgUp/PgDn jump a screenful, Ctrl-Home/Ctrl-End to the first/last field.
/// Keys no field or form uses come back as ``FormOutcome/ignored``.
///
/// Call ``setViewport(height:)`` with the form's height on every resize (the
/// scroll position is state, so the form does not jump as focus moves).
public struct FormState: Equatable, Sendable {
    public private(set) var rows: [FormRow]
    /// Index in ``rows`` of the focused field.
    public private(set) var focus: Int
    /// First line of the form shown at the top of the viewport.
    public private(set) var scrollTop: Int
    public private(set) var viewportHeight: Int
    /// Label column width, fixed per form so fields line up and never shift.
    let labelWidth: Int
    /// The line each row starts on (see ``FormLayout/offsets(of:)``); kept
    /// because computing it walks the whole form.
    private(set) var lineOffsets: [Int]

    public init(rows: [FormRow], viewportHeight: Int = 20) {
        self.rows = rows
        lineOffsets = FormLayout.offsets(of: rows)
        focus = rows.firstIndex { $0.field?.isEnabled == true } ?? 0
        scrollTop = 0
        self.viewportHeight = max(1, viewportHeight)
        labelWidth = rows.reduce(0) { width, row in
            guard let field = row.field else { return width }
            return max(width, DisplayWidth.of(field.label) + (field.isRequired ? 1 : 0))
        }
    }

    // MARK: access by id

    public subscript(id: String) -> FormField? {
        get { index(of: id).flatMap { rows[$0].field } }
        set {
            guard let i = index(of: id), let newValue else { return }
            let heightChanged = rows[i].height != newValue.state.height
            rows[i] = .field(newValue)
            if heightChanged { lineOffsets = FormLayout.offsets(of: rows) }
        }
    }

    public var focusedField: FormField? { rows.indices.contains(focus) ? rows[focus].field : nil }

    /// Every field, in order.
    public var fields: [FormField] { rows.compactMap(\.field) }

    public mutating func focus(id: String) {
        guard let i = index(of: id), rows[i].field?.isEnabled == true else { return }
        focus = i
        scrollToFocus()
    }

    public mutating func setViewport(height: Int) {
        viewportHeight = max(1, height)
        scrollToFocus()
    }

    private func index(of id: String) -> Int? { rows.firstIndex { $0.field?.id == id } }

    // MARK: events

    public mutating func handle(_ key: Key) -> FormOutcome {
        guard var field = focusedField, field.isEnabled else { return .ignored }
        let capturing = field.state.capturesKeys
        let outcome = field.state.handle(key)
        rows[focus] = .field(field)
        switch outcome {
        case .changed: return .edited(id: field.id)
        case .filled:
            _ = moveFocus(by: 1)
            return .edited(id: field.id)
        case .moved: return .moved
        case .unchanged: return .unchanged
        case .rejected: return .rejected
        case .exitForward: return moveFocus(by: 1) ? .moved : .reachedEnd
        case .exitBackward: return moveFocus(by: -1) ? .moved : .unchanged
        case .ignored: return capturing ? .unchanged : handleFormKey(key)
        }
    }

    /// Gives pasted text to the focused field.
    public mutating func paste(_ text: String) -> FormOutcome {
        guard var field = focusedField, field.isEnabled else { return .ignored }
        let outcome = field.state.paste(text)
        rows[focus] = .field(field)
        switch outcome {
        case .changed, .filled: return .edited(id: field.id)
        case .rejected: return .rejected
        default: return .moved
        }
    }

    private mutating func handleFormKey(_ key: Key) -> FormOutcome {
        switch key {
        case .pageDown: return jump(lines: max(1, viewportHeight - 1))
        case .pageUp: return jump(lines: -max(1, viewportHeight - 1))
        case .ctrl(.home): return moveFocus(to: firstEnabled(from: 0, step: 1))
        case .ctrl(.end): return moveFocus(to: firstEnabled(from: rows.count - 1, step: -1))
        default: return .ignored
        }
    }

    private mutating func moveFocus(by step: Int) -> Bool {
        guard let next = firstEnabled(from: focus + step, step: step) else { return false }
        focus = next
        scrollToFocus()
        return true
    }

    private mutating func moveFocus(to index: Int?) -> FormOutcome {
        guard let index, index != focus else { return .unchanged }
        focus = index
        scrollToFocus()
        return .moved
    }

    /// Focus the enabled field nearest to `lines` lines away.
    private mutating func jump(lines: Int) -> FormOutcome {
        let offsets = lineOffsets
        let target = offsets[focus] + lines
        var best: Int?
        for i in rows.indices where rows[i].field?.isEnabled == true {
            if lines > 0 ? offsets[i] <= target : offsets[i] >= target {
                if lines > 0 || best == nil { best = i }
            }
        }
        if best == focus { best = firstEnabled(from: focus + (lines > 0 ? 1 : -1), step: lines > 0 ? 1 : -1) }
        return moveFocus(to: best)
    }

    private func firstEnabled(from start: Int, step: Int) -> Int? {
        var i = start
        while rows.indices.contains(i) {
            if rows[i].field?.isEnabled == true { return i }
            i += step
        }
        return nil
    }

    private mutating func scrollToFocus() {
        scrollTop = FormLayout.scrollTop(for: rows, offsets: lineOffsets, focus: focus, current: scrollTop, height: viewportHeight)
    }
}
