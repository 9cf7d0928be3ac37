import LeadModel
import LeadRules
import LeadStore

/// Whether the form makes a new lead or edits one the core already has.
public enum EntryMode: Hashable, Sendable {
    case new
    /// Editing lead `id`; `original` is the form as loaded, to show what changed before saving.
    case edit(id: Int64, original: [FieldPath: String])
}

/// One line of the review before sending: a field, its old and new display text.
public struct ReviewLine: Hashable, Sendable {
    public let path: FieldPath
    public let old: String?
    public let new: String?
}

/// Where the submit stands.
public enum EntryPhase: Hashable, Sendable {
    case editing
    /// Problems left after the full check; Enter on one jumps to its field.
    case problems([Problem], selected: Int)
    /// The summary (new lead) or the changed fields (edit) to confirm before sending.
    case confirm([ReviewLine], warnings: [Problem])
    case sending
    case accepted(leadId: Int64, clientId: Int64?)
    /// The core could not be reached: the lead waits in the outbox and is sent later.
    case queued(LocalizedText)
    /// The core refused the lead: its message, in plain words; everything typed is kept.
    case failed(LocalizedText)
}

public enum EntryEvent: Hashable, Sendable {
    case edited(FieldPath, String)
    case next, previous, nextProblem
    /// ↓/↑ out of a field: the adjacent stop, none passed over.
    case adjacentLine(forward: Bool)
    /// Past the rest of the focused group.
    case jumpPastGroup
    /// The focused field's value from the previous lead of this session.
    case dup
    case showSection(SectionID), adjacentSection(forward: Bool)
    case focus(FieldPath)
    case toggleFold, addRow, deleteRow, moveRow(up: Bool), selectRow(Int, in: FieldPath)
    /// The answer to "delete the row?", and the undo of the last deletion.
    case confirmDeleteRow, cancelDeleteRow, undoDeleteRow
    case sameAsResidence
    case submit, confirm, cancel
    case moveSelection(Int)
    /// What came back from sending.
    case submitted(SubmitOutcome<LocalizedText>)
}

public enum EntryEffect: Hashable, Sendable {
    /// Post (new) or put (edit) the lead; the answer comes back as `.submitted`.
    indirect case send(Lead, EntryMode)
    /// Something changed: the draft saver's debounce clock restarts.
    case changed
    /// The section changed: save the draft now.
    case saveDraftNow
    /// The lead is in the core: its draft can go.
    case discardDraft
}

/// The lead-entry screen's view-model: the form and the submit workflow.
public struct EntryScreen: Hashable, Sendable {
    public var form: EntryForm
    public var mode: EntryMode
    public var phase: EntryPhase = .editing
    /// The focused field's editing state while the form is being edited (see `followFocus`).
    public internal(set) var editing: FieldEditing?
    /// How far the problems or review box is scrolled.
    public internal(set) var boxScroll = 0
    /// Del on a row that holds data asks first: the list whose selected row it would delete.
    public internal(set) var rowDeleteAsked: FieldPath?
    /// The last row deleted, for one undo.
    public internal(set) var lastDeletedRow: DeletedRow?
    /// The previous lead of this session, what Dup copies from (`DupSource`); nil for the first.
    public var previousLead: [FieldPath: String]?

    public init(form: EntryForm = EntryForm(), mode: EntryMode = .new) {
        self.form = form
        self.mode = mode
        if form.focus == nil { self.form.focus = form.stops(of: form.section).first?.path }
    }

    public mutating func update(_ event: EntryEvent, context: FormContext) -> [EntryEffect] {
        switch phase {
        case .editing: return updateEditing(event, context: context)
        case .problems(let list, let selected): return updateProblems(event, list, selected, context)
        case .confirm: return updateConfirm(event, context: context)
        case .sending: return updateSending(event)
        case .accepted, .queued, .failed: return updateOutcome(event, context: context)
        }
    }

    private mutating func updateEditing(_ event: EntryEvent, context: FormContext) -> [EntryEffect] {
        let sectionBefore = form.section
        var effects: [EntryEffect] = []
        switch event {
        case .edited(let path, let typed):
            // 32 hex digits typed or pasted without hyphens get them (8-4-4-4-12).
            let text = path.leafKey == "fiasId" ? FiasAddress.hyphenated(typed) : typed
            guard form.text(path) != text else { return [] }
            form.setText(text, at: path, context: context)
            effects.append(.changed)
        case .next: form.focusNext(context: context)
        case .previous: form.focusPrevious(context: context)
        case .adjacentLine(let forward): form.focusAdjacentLine(forward: forward, context: context)
        case .jumpPastGroup: form.jumpPastGroup(context: context)
        case .dup:
            guard let path = form.focus, let text = previousLead?[path], form.text(path) != text else { return [] }
            form.setText(text, at: path, context: context)
            effects.append(.changed)
        case .nextProblem: form.focusNextProblem(context: context)
        case .showSection(let id): form.show(id, context: context)
        case .adjacentSection(let forward): form.showAdjacentSection(forward: forward, context: context)
        case .focus(let path): form.focus(on: path, context: context)
        case .toggleFold: form.toggleFold()
        case .addRow: form.addRow(context: context); effects.append(.changed)
        case .deleteRow where form.selectedRowHoldsData:
            rowDeleteAsked = form.focusedList
        case .deleteRow, .confirmDeleteRow:
            rowDeleteAsked = nil
            guard let deleted = form.deleteRow(context: context) else { break }
            lastDeletedRow = deleted
            effects.append(.changed)
        case .cancelDeleteRow: rowDeleteAsked = nil
        case .undoDeleteRow:
            guard let deleted = lastDeletedRow else { break }
            lastDeletedRow = nil
            form.restore(deleted, context: context)
            effects.append(.changed)
        case .moveRow(let up): form.moveRow(up: up, context: context); effects.append(.changed)
        case .selectRow(let row, let list): form.selectRow(row, in: list)
        case .sameAsResidence: form.copyResidenceToRegistration(context: context); effects.append(.changed)
        case .submit: return startSubmit(context: context)
        case .confirm, .cancel, .moveSelection, .submitted: break
        }
        if form.section != sectionBefore { effects.append(.saveDraftNow) }
        return effects
    }

    /// Full validation with the active profile; problems → the list, else the review.
    private mutating func startSubmit(context: FormContext) -> [EntryEffect] {
        form.revalidate(context: context)
        let errors = form.leadProblems.filter(\.isError)
        if !errors.isEmpty {
            phase = .problems(errors, selected: 0)
            return []
        }
        phase = .confirm(reviewLines(), warnings: form.leadProblems.filter { !$0.isError })
        return []
    }

    private mutating func updateProblems(_ event: EntryEvent, _ list: [Problem], _ selected: Int,
                                         _ context: FormContext) -> [EntryEffect] {
        switch event {
        case .moveSelection(let delta):
            phase = .problems(list, selected: max(0, min(list.count - 1, selected + delta)))
        case .confirm:
            phase = .editing
            if list.indices.contains(selected) { form.focus(on: list[selected].path, context: context) }
        case .cancel:
            phase = .editing
        default: break
        }
        return []
    }

    private mutating func updateConfirm(_ event: EntryEvent, context: FormContext) -> [EntryEffect] {
        switch event {
        case .confirm:
            let built = form.buildLead(context: context)
            guard let lead = built.lead, !built.problems.contains(where: \.isError) else {
                phase = .problems(built.problems, selected: 0)
                return []
            }
            phase = .sending
            return [.send(lead, mode)]
        case .cancel:
            phase = .editing
        default: break
        }
        return []
    }

    /// Said when Esc ends the wait for a submit: the send is not undone (a create that may
    /// have reached the core must never be cancelled blindly), the outbox finishes it.
    public static let sendWaitCancelled = LocalizedText(
        ru: "Ожидание отменено: заявка в очереди отправки, уйдёт в фоне; не отправляйте повторно",
        en: "Stopped waiting: the lead is in the outbox and is sent in the background")

    private mutating func updateSending(_ event: EntryEvent) -> [EntryEffect] {
        if event == .cancel {
            phase = .queued(Self.sendWaitCancelled)
            return []
        }
        guard case .submitted(let result) = event else { return [] }
        switch result {
        case .accepted(let id, let client):
            phase = .accepted(leadId: id, clientId: client)
            return [.discardDraft]
        case .queued(_, let message):
            phase = .queued(message)
        case .rejected(_, let message):
            phase = .failed(message)
        case .notSaved(let fault):
            phase = .failed(UIText.leadNotSaved(fault))
        }
        return []
    }

    private mutating func updateOutcome(_ event: EntryEvent, context: FormContext) -> [EntryEffect] {
        switch (phase, event) {
        case (.queued(Self.sendWaitCancelled), .submitted(let result)):
            // The answer to a send whose wait was cancelled: shown after all.
            return updateSending(.submitted(result))
        case (.failed, .confirm), (.failed, .cancel), (.queued, .cancel):
            phase = .editing // back to the form, everything still there
        default: break
        }
        return []
    }

    /// New lead: every filled field. Edit: only what changed since it was opened.
    public func reviewLines() -> [ReviewLine] {
        let current = form.values
        switch mode {
        case .new:
            return FormLayout.summarySorted(current.keys).map {
                ReviewLine(path: $0, old: nil, new: Self.reviewText($0, current[$0]))
            }
        case .edit(_, let original):
            let keys = Set(current.keys).union(original.keys).filter { current[$0] != original[$0] }
            return FormLayout.summarySorted(keys).map {
                ReviewLine(path: $0, old: Self.reviewText($0, original[$0]), new: Self.reviewText($0, current[$0]))
            }
        }
    }

    /// Card data never appears in full on a review screen (see `FieldFacts`).
    public static func reviewText(_ path: FieldPath, _ text: String?) -> String? {
        text.map { FieldFacts.shown(path, $0) }
    }
}
