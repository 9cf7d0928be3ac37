import Foundation
import LeadRules

/// One lead waiting in the outbox, as the operator's outbox screen shows it (by its place in
/// the queue: `id` is the outbox's own and is never shown).
public struct OutboxRow: Hashable, Sendable, Identifiable {
    public let id: Int64
    /// Who the lead is for (fine on the operator's own screen, never in logs).
    public let title: String
    /// Set for an edit of an existing lead.
    public let editingLeadID: Int64?
    public let attempts: Int
    /// The CVC was not kept on disk: it must be entered again (or the lead sent without it).
    public let needsCvc: Bool
    public let lastError: String?

    public init(id: Int64, title: String, editingLeadID: Int64?, attempts: Int, needsCvc: Bool, lastError: String?) {
        self.id = id
        self.title = title
        self.editingLeadID = editingLeadID
        self.attempts = attempts
        self.needsCvc = needsCvc
        self.lastError = lastError
    }
}

/// The outbox screen: leads waiting to be sent; a lead whose card CVC was lost with a
/// restart takes it again here (typed as dots, kept in memory only) or goes without it.
public struct OutboxScreen: Hashable, Sendable {
    public var rows: [OutboxRow]
    /// The last leads the core took, with their numbers (latest first).
    public var sent: [SentListing] = []
    public var selected = 0
    /// The CVC being typed for the selected row, with its cursor; nil while not asking for one.
    var cvcInput: LineInput?
    public var message: LocalizedText?

    public init(rows: [OutboxRow]) { self.rows = rows }

    /// The CVC typed so far; nil while not asking for one.
    public var cvc: String? {
        get { cvcInput?.text }
        set {
            guard let newValue else { cvcInput = nil; return }
            var input = cvcInput ?? Self.emptyCvc
            input.text = newValue
            cvcInput = input
        }
    }

    static let emptyCvc = LineInput(maxLength: 4, allowed: .digit)

    /// The CVC input while it is asked for (typing when it is not starts none).
    var typedCvc: LineInput {
        get { cvcInput ?? Self.emptyCvc }
        set { if cvcInput != nil { cvcInput = newValue } }
    }

    public var selectedRow: OutboxRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    public enum Event: Hashable, Sendable {
        case listed([OutboxRow])
        case sentListed([SentListing])
        case move(Int)
        /// Enter: start typing the CVC of the selected row (when it needs one).
        case askCvc
        case cvcEdited(String)
        case cvcSubmit
        /// Send the selected lead without its CVC.
        case waiveCvc
        case cancel
        /// Handing the CVC (or the waiver) to the outbox failed.
        case failed(LocalizedText)
    }

    public enum Effect: Hashable, Sendable {
        case supplyCvc(String, outboxID: Int64)
        case waiveCvc(outboxID: Int64)
    }

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .listed(let fresh):
            let keep = selectedRow?.id
            rows = fresh
            selected = keep.flatMap { id in fresh.firstIndex { $0.id == id } } ?? min(selected, max(0, fresh.count - 1))
        case .sentListed(let fresh):
            sent = fresh
        case .move(let delta):
            guard cvc == nil, !rows.isEmpty else { return [] }
            selected = max(0, min(rows.count - 1, selected + delta))
            message = nil
        case .askCvc:
            guard let row = selectedRow else { return [] }
            guard row.needsCvc else {
                message = LocalizedText(ru: "Для этой заявки CVC вводить не нужно", en: "This lead does not need its CVC")
                return []
            }
            cvc = ""
            message = nil
        case .cvcEdited(let text):
            guard cvc != nil else { return [] }
            cvc = text
            message = nil
        case .cvcSubmit:
            guard let typed = cvc, let row = selectedRow else { return [] }
            guard (3...4).contains(typed.count), typed.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                message = LocalizedText(ru: "CVC: нужно 3 или 4 цифры", en: "CVC: 3 or 4 digits are expected")
                return []
            }
            cvc = nil
            message = LocalizedText(ru: "CVC принят, заявка будет отправлена", en: "CVC taken; the lead will be sent")
            return [.supplyCvc(typed, outboxID: row.id)]
        case .waiveCvc:
            guard cvc == nil, let row = selectedRow, row.needsCvc else { return [] }
            message = LocalizedText(ru: "Заявка будет отправлена без CVC", en: "The lead will be sent without its CVC")
            return [.waiveCvc(outboxID: row.id)]
        case .cancel:
            cvc = nil
            message = nil
        case .failed(let why):
            message = why
        }
        return []
    }
}
