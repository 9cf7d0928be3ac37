import LeadRules

/// The outbox's words. One name for it ("очередь отправки" / "outbox"), and an entry is named by
/// its place in the queue, never with "№", which on these screens is a lead's number in the core.
extension UIText {
    /// A submit the core could not take now: where it waits, then the technical reason.
    static func queued(place: Int?, detail: String) -> LocalizedText {
        let ruPlace = place.map { ", место \($0)" } ?? ""
        let enPlace = place.map { ", place \($0)" } ?? ""
        // A text with no known kind (an older database's) is still said as the detail.
        let words = OutboxErrorWords.parts(detail).kind == nil
            ? LocalizedText(ru: "Подробности: \(detail)", en: "Details: \(detail)") : OutboxErrorWords.full(detail)
        return t("Ядро не принимает заявки: заявка в очереди\(ruPlace). \(words.ru)",
                 "The core cannot take leads now: the lead is in the outbox\(enPlace). \(words.en)")
    }

    /// Queued leads the core took in the background since the operator last looked.
    static func sentInBackground(_ sent: [SentListing]) -> LocalizedText {
        let ru = sent.map { "№ \($0.leadID)" + ($0.title.isEmpty ? "" : " (\($0.title))") }.joined(separator: ", ")
        let en = sent.map { "#\($0.leadID)" + ($0.title.isEmpty ? "" : " (\($0.title))") }.joined(separator: ", ")
        return sent.count == 1
            ? t("Заявка из очереди принята ядром: \(ru)", "A queued lead was accepted by the core: \(en)")
            : t("Заявки из очереди приняты ядром: \(ru)", "Queued leads were accepted by the core: \(en)")
    }

    static let sentHeader = t("Недавно отправлены: № заявки  Когда        Клиент",
                              "Sent lately:        Lead no.    When         Client")

    static func outboxEditing(_ lead: Int64) -> LocalizedText { t(" · правка № \(lead)", " · edit of #\(lead)") }
}
