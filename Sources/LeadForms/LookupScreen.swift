import LeadModel
import LeadRules

/// Client lookup by ID: one or more ids, comma-separated, answered in the order typed.
public struct LookupScreen: Hashable, Sendable {
    public enum Phase: Hashable, Sendable {
        case entering
        case searching
        case results
        /// The read-only card of `clients[selected]`.
        case card
    }

    public var idsText: String = ""
    public var phase: Phase = .entering
    public var clients: [Client] = []
    public var selected: Int = 0
    /// Ids asked for that the core did not return.
    public var notFound: [Int64] = []
    public var message: LocalizedText?

    public init() {}

    public enum Event: Hashable, Sendable {
        case edited(String)
        case search
        case found([Client], asked: [Int64])
        case failed(LocalizedText)
        case move(Int)
        case open
        case back
        case startLead
    }

    public enum Effect: Hashable, Sendable {
        case lookup(ids: [Int64], preserveOrder: Bool)
        /// Open a new lead prefilled from this client.
        indirect case startLead(Lead)
    }

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .edited(let text):
            idsText = text
            message = nil
        case .search:
            switch Self.parseIDs(idsText) {
            case .success(let ids):
                phase = .searching
                message = nil
                return [.lookup(ids: ids, preserveOrder: true)]
            case .failure(let problem):
                message = problem
            }
        case .found(let found, let asked):
            clients = found
            notFound = asked.filter { id in !found.contains { $0.id == id } }
            selected = 0
            phase = .results
            message = notFound.isEmpty ? nil : LocalizedText(
                ru: "Не найдены: " + notFound.map(String.init).joined(separator: ", "),
                en: "Not found: " + notFound.map(String.init).joined(separator: ", "))
        case .failed(let text):
            phase = .entering
            message = text
        case .move(let delta):
            guard !clients.isEmpty else { break }
            selected = max(0, min(clients.count - 1, selected + delta))
        case .open:
            if phase == .results, clients.indices.contains(selected) { phase = .card }
        case .back:
            phase = phase == .card ? .results : .entering
        case .startLead:
            guard phase == .results || phase == .card, clients.indices.contains(selected) else { break }
            return [.startLead(Lead(prefilledFrom: clients[selected]))]
        }
        return []
    }

    /// "12, 7 30" → [12, 7, 30]; anything else names the bad token.
    public static func parseIDs(_ text: String) -> Result<[Int64], LocalizedText> {
        let tokens = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        guard !tokens.isEmpty else {
            return .failure(LocalizedText(ru: "Введите один или несколько ID клиентов через запятую",
                                          en: "Enter one or more client IDs, separated by commas"))
        }
        var ids: [Int64] = []
        for token in tokens {
            guard let id = Int64(token), id > 0 else {
                return .failure(LocalizedText(ru: "ID клиента «\(token)»: нужно положительное целое число",
                                              en: "Client ID \"\(token)\": a positive whole number is expected"))
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return .success(ids)
    }
}
