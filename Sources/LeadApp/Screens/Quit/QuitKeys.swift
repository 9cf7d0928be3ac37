import LeadRules
import TerminalUI

enum QuitAction: Sendable { case quit, stay }

/// The quit question's keys: Enter or F10 again quits (so F10 F10 is the confirmed quit),
/// Esc stays; any other key is ignored, so a stray key neither quits nor hides the question.
enum QuitKeys {
    static let map = KeyMap<QuitAction>([
        KeyBinding([.enter, .function(10)], "Enter", .quit, legend: UIText.t("Выйти", "Quit"),
                   help: UIText.t("Выйти из программы (также F10)", "Quit the program (F10 too)")),
        KeyBinding(.escape, .stay, legend: UIText.t("Остаться", "Stay")),
    ], kiosk: false)

    static let title = UIText.t("Выйти из программы?", "Quit the program?")
    static let sending = UIText.t("Заявка отправляется: она в очереди отправки и уйдёт при следующем запуске, если ядро не успеет ответить.",
                                  "A lead is being sent: it is in the outbox and goes at the next start if the core does not answer in time.")
    static let typing = UIText.t("Заявка не отправлена: она сохранится как черновик (меню «Черновики»).",
                                 "The lead is not sent: it is kept as a draft (menu \"Drafts\").")
    static func draftsLeft(_ n: Int) -> LocalizedText {
        UIText.t("Неотправленных черновиков за сеанс: \(n) (меню «Черновики»).",
                 "Unsent drafts left this session: \(n) (menu \"Drafts\").")
    }
    static func outboxWaiting(_ n: Int) -> LocalizedText {
        UIText.t("В очереди отправки ждут: \(n); они уйдут при следующем запуске.",
                 "Waiting in the outbox: \(n); they go at the next start.")
    }
}
