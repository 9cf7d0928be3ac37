extension AppModel {
    /// The outbox screen's events. A CVC typed again lives in memory only, so the rows read
    /// from disk still say it is wanted: the model remembers which it has been given this run.
    mutating func updateOutbox(_ outbox: OutboxScreen, _ event: OutboxScreen.Event) -> [Effect] {
        var outbox = outbox
        var event = event
        if case .listed(let rows) = event { event = .listed(rows.map(withoutTypedCvc)) }
        let effects = outbox.update(event)
        for case .supplyCvc(_, let id) in effects { cvcTypedAgain.insert(id) }
        if !effects.isEmpty {
            // The row stops asking at once; the send follows.
            outbox.rows = outbox.rows.map(withoutTypedCvc)
            outboxChanged()
        }
        screen = .outbox(outbox)
        return effects.map { .outbox($0) }
    }

    private func withoutTypedCvc(_ row: OutboxRow) -> OutboxRow {
        guard row.needsCvc, cvcTypedAgain.contains(row.id) else { return row }
        return OutboxRow(id: row.id, title: row.title, editingLeadID: row.editingLeadID, attempts: row.attempts,
                         needsCvc: false, lastError: row.lastError)
    }

    /// Leads sent in the background since the last reading are announced on the message line
    /// with their numbers; the outbox screen shows the history.
    mutating func outboxSent(_ sent: [SentListing]) {
        if let seen = sentSeenUpTo {
            let fresh = sent.filter { $0.outboxID > seen && !leadsShown.contains($0.leadID) }
            if !fresh.isEmpty {
                notice = UIText.sentInBackground(fresh)
                leadsShown.formUnion(fresh.map(\.leadID))
            }
        }
        sentSeenUpTo = max(sentSeenUpTo ?? 0, sent.map(\.outboxID).max() ?? 0)
        if case .outbox(var outbox) = screen {
            _ = outbox.update(.sentListed(sent))
            screen = .outbox(outbox)
        }
    }
}
