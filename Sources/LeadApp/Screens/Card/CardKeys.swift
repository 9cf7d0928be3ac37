import LeadRules
import TerminalUI

/// The client card's keys: F2 starts a lead for the client, ↑↓ show the next or the previous
/// client's card, Esc goes back to the results. The look-up's key update dispatches them
/// (`LookupKeys`, `AppModel.updateLookupKey`): the card is a phase of the look-up.
enum CardKeys {
    static let bindings: [KeyBinding<LookupAction>] = [LookupKeys.newLead] + LookupKeys.move + [LookupKeys.back]

    static let about = UIText.t("Карточка клиента из ядра, только для чтения; F2 начнёт заявку для него",
                                "The client's card from the core, read only; F2 starts a lead for them")
}
