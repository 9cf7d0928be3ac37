import LeadModel
import LeadRules

/// Client lookup: by ID (one or more, comma-separated, answered in the order typed), or for
/// the call centre by mobile phone, passport, or last name and birth date, a page at a time.
public struct LookupScreen: Hashable, Sendable {
    /// What the one input line is read as; Tab goes to the next.
    public enum SearchBy: Int, CaseIterable, Hashable, Sendable { case ids, phone, passport, nameAndBirthDate }

    public enum Phase: Hashable, Sendable {
        case entering
        case searching
        case results
        /// The read-only card of `clients[selected]`.
        case card
    }

    /// What is typed, with its cursor (ids, a phone, a passport, or a name and birth date).
    var input = LookupScreen.emptyInput
    public var phase: Phase = .entering
    public var clients: [Client] = []
    public var selected: Int = 0
    /// Ids asked for that the core did not return.
    public var notFound: [Int64] = []
    public var message: LocalizedText?
    public var searchBy: SearchBy = .ids
    /// Kiosk: only the ID look-up it always had (a kiosk does not find other people).
    public let keySearch: Bool
    /// The key search whose page is shown, and that page.
    public var key: ClientSearchKey?
    public var page: SearchPage?
    /// The clients one page holds: the rows that fit on the screen (set by the terminal side).
    public var pageSize = 10
    /// Whether the core filled the last page asked (so there may be a next one).
    public var pageWasFull = false

    public init(keySearch: Bool = true) { self.keySearch = keySearch }

    public var idsText: String {
        get { input.text }
        set { input.text = newValue }
    }

    static let emptyInput = LineInput(maxLength: 400)

    public enum Event: Hashable, Sendable {
        case edited(String)
        case search
        /// Tab: the next kind of search.
        case nextSearchBy
        /// PgDn / PgUp in the results of a key search.
        case page(forward: Bool)
        case found([Client], asked: [Int64])
        case foundPage([Client], page: SearchPage)
        case failed(LocalizedText)
        case move(Int)
        case open
        case back
        case startLead
    }

    public enum Effect: Hashable, Sendable {
        case lookup(ids: [Int64], preserveOrder: Bool)
        case search(ClientSearchKey, SearchPage)
        /// Open a new lead prefilled from this client.
        indirect case startLead(Lead)
    }

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .edited(let text):
            idsText = text
            message = nil
        case .nextSearchBy:
            guard keySearch, phase == .entering else { break }
            searchBy = SearchBy(rawValue: (searchBy.rawValue + 1) % SearchBy.allCases.count) ?? .ids
            input = Self.emptyInput
            message = nil
        case .search where searchBy != .ids:
            let parsed: Result<ClientSearchKey, LocalizedText>
            switch searchBy {
            case .phone: parsed = SearchInput.phone(idsText).map(ClientSearchKey.mobilePhone)
            case .passport: parsed = SearchInput.passport(idsText)
            case .nameAndBirthDate, .ids: parsed = SearchInput.nameAndBirthDate(idsText)
            }
            switch parsed {
            case .success(let key):
                self.key = key
                phase = .searching
                message = nil
                return [.search(key, SearchPage(size: pageSize))]
            case .failure(let problem):
                message = problem
            }
        case .page(let forward):
            guard phase == .results, let key, let page,
                  let next = SearchPaging.turn(page, forward: forward, lastWasFull: pageWasFull, message: &message) else { break }
            phase = .searching
            return [.search(key, next)]
        case .foundPage(let found, let asked):
            phase = .results
            notFound = []
            if found.isEmpty && asked.from > 0 {
                message = SearchPaging.lastPage
            } else {
                // Only the people asked for are shown, whatever else a core sends back.
                let matching = key.map { key in found.filter(key.matches) } ?? found
                clients = Array(matching.prefix(asked.size))
                pageWasFull = found.count >= asked.size
                page = asked
                selected = 0
                message = clients.isEmpty ? LocalizedText(ru: "Никто не найден", en: "Nobody found") : nil
            }
        case .search:
            key = nil
            page = nil
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
            // A failed next page keeps the page shown.
            phase = page != nil && !clients.isEmpty ? .results : .entering
            message = text
        case .move(let delta):
            guard !clients.isEmpty else { break }
            selected = max(0, min(clients.count - 1, selected + delta))
        case .open:
            if phase == .results, clients.indices.contains(selected) { phase = .card }
        case .back:
            phase = phase == .card ? .results : .entering
            // Back from the results the input starts empty, for the next search.
            if phase == .entering { key = nil; page = nil; input = Self.emptyInput }
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
