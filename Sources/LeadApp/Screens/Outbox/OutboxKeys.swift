import LeadRules
import TerminalUI

enum OutboxAction: Sendable { case move(Int), askCvc, waiveCvc, back, takeCvc, cancelCvc, help }

/// The outbox: ↑↓ pick a lead, Enter types its CVC again (as dots), F5 sends it without,
/// Esc goes to the menu. While the CVC is typed, Enter takes it and Esc drops it.
enum OutboxKeys {
    static func map(_ outbox: OutboxScreen, kiosk: Bool) -> KeyMap<OutboxAction> {
        if outbox.cvcInput != nil {
            return KeyMap([
                .f1(.help),
                KeyBinding(.enter, .takeCvc, legend: UIText.t("Принять CVC", "Take CVC")),
                KeyBinding([.escape, .function(10)], "Esc", .cancelCvc, legend: UIText.cancel),
            ], kiosk: kiosk)
        }
        return KeyMap([
            .f1(.help),
            KeyBinding([.up], "↑↓", .move(-1), legend: nil, help: UIText.select),
            KeyBinding(.down, .move(1), legend: nil),
            KeyBinding(.enter, .askCvc, legend: UIText.t("Ввести CVC", "Retype CVC")),
            KeyBinding(.function(5), .waiveCvc, legend: UIText.t("Без CVC", "Without CVC")),
            KeyBinding([.escape, .function(10)], "Esc", .back, legend: UIText.toMenu),
        ], kiosk: kiosk)
    }

    static let title = UIText.menu(.outbox)

    static func about(_ outbox: OutboxScreen) -> LocalizedText {
        outbox.cvcInput != nil
            ? UIText.t("CVC карты не хранится на диске: введите его снова, и заявка уйдёт",
                       "A card's CVC is never kept on disk: type it again and the lead goes")
            : UIText.t("Заявки, ждущие отправки в ядро: они уходят сами, когда ядро отвечает",
                       "Leads waiting to be sent to the core: they go by themselves when the core answers")
    }
}

extension AppModel {
    /// A key on the outbox (see `OutboxKeys`); other keys type the CVC while it is asked for.
    mutating func updateOutboxKey(_ key: Key, _ outbox: OutboxScreen, context: FormContext) -> [Effect] {
        let keys = OutboxKeys.map(outbox, kiosk: kiosk)
        switch keys.action(for: key) {
        case .help?: return showHelp(keys, title: OutboxKeys.title, about: OutboxKeys.about(outbox), context: context)
        case .move(let delta)?: return update(.outbox(.move(delta)), context: context)
        case .askCvc?: return update(.outbox(.askCvc), context: context)
        case .waiveCvc?: return update(.outbox(.waiveCvc), context: context)
        case .back?: return update(.back, context: context)
        case .takeCvc?: return update(.outbox(.cvcSubmit), context: context)
        case .cancelCvc?: return update(.outbox(.cancel), context: context)
        case nil:
            guard outbox.cvcInput != nil else { return [] }
            return edit(.key(key), in: outbox, \.typedCvc, shown: Screen.outbox,
                        edited: { .outbox(.cvcEdited($0)) }, context: context)
        }
    }
}
