import Foundation
import TOMLKit

/// `[lists]` in the config: the choice lists no vendor page documents, as `id = "name"`.
///
/// ```toml
/// [lists.loan-specialists]   # managerId: picked by name on the loan section
/// 1017 = "Иванова А. П."
/// [lists.money-methods]      # gettingMoneyMethodId
/// 1 = "Наличными в кассе"
/// 2 = "На карту"
/// ```
/// Without a list the field takes the number and says so on its message line.
enum ListsConfig {
    static let keys = ["loan-specialists", "money-methods"]

    struct Entry: Equatable {
        let id: Int64
        let name: String
    }

    static func parse(_ table: TOMLTable, fail: (String, String) -> ConfigFile.Problem) throws -> [String: [Entry]] {
        var out: [String: [Entry]] = [:]
        for key in table.keys.sorted() {
            guard keys.contains(key) else {
                throw fail(key, "unknown list (known in [lists]: \(keys.joined(separator: ", ")))")
            }
            guard let list = table[key]?.table else { throw fail(key, "must be a table of id = \"name\"") }
            var entries: [Entry] = []
            for idText in list.keys {
                guard let id = Int64(idText), id > 0 else { throw fail(key, "\"\(idText)\": the id must be a whole number above 0") }
                guard let name = list[idText]?.string, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw fail(key, "\(idText): the name must be a string in quotes")
                }
                entries.append(Entry(id: id, name: name))
            }
            out[key] = entries.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        }
        return out
    }
}
