import LeadRules
import LeadStore

/// What start-up found wrong with the stored data, said on the menu screen until the first
/// screen change: a damaged database moved aside, rows a missing key cannot open.
package enum StorageReport {
    package static func lines(recovery: DatabaseRecovery?, setAside: SetAsideCount, keyPath: String) -> [LocalizedText] {
        var lines: [LocalizedText] = []
        if let recovery {
            lines.append(UIText.t("База данных была повреждена и перенесена в \(recovery.movedTo)",
                                  "The database was damaged and has been moved to \(recovery.movedTo)"))
            lines.append(UIText.t("Восстановлено в новую базу: черновиков \(recovery.recoveredDrafts), "
                                  + "заявок в очереди отправки \(recovery.recoveredOutboxEntries). Остальное не читается.",
                                  "Copied into a fresh database: \(recovery.recoveredDrafts) drafts, "
                                  + "\(recovery.recoveredOutboxEntries) outbox entries. The rest could not be read."))
            lines.append(UIText.t("Старый файл содержит персональные данные: удалите его, когда он не нужен.",
                                  "The old file holds personal data: delete it once it is no longer needed."))
        }
        if setAside.total > 0 {
            lines.append(UIText.t("Черновиков \(setAside.drafts) и заявок в очереди отправки \(setAside.outboxEntries) "
                                  + "не открыть: они зашифрованы другим ключом (ключ \(keyPath) отсутствовал или заменён). "
                                  + "Они отложены в базе (таблица setAside), зашифрованными.",
                                  "\(setAside.drafts) drafts and \(setAside.outboxEntries) outbox entries cannot be opened: "
                                  + "they were sealed with another key (the key \(keyPath) was missing or replaced). "
                                  + "They are kept aside in the database (table setAside), still sealed."))
        }
        return lines
    }
}
