import LeadModel
import LeadRules

/// Menu 2 by phone: the client's leads, newest first, one screen's page at a time.
public struct LeadListScreen: Hashable, Sendable {
    public enum Phase: Hashable, Sendable { case results, searching }

    public let key: LeadSearchKey
    public var page: SearchPage
    public var leads: [LeadRecord] = []
    public var selected = 0
    public var phase: Phase = .results
    public var message: LocalizedText?
    /// Whether the core filled the last page asked (so there may be a next one).
    public var pageWasFull = false

    public init(key: LeadSearchKey, page: SearchPage) {
        self.key = key
        self.page = page
    }

    public enum Event: Hashable, Sendable {
        case move(Int)
        /// PgDn / PgUp: the next or previous page.
        case page(forward: Bool)
        indirect case found([LeadRecord], page: SearchPage)
        case failed(LocalizedText)
        case open
    }

    public enum Effect: Hashable, Sendable {
        case search(LeadSearchKey, SearchPage)
    }

    public var selectedRecord: LeadRecord? { leads.indices.contains(selected) ? leads[selected] : nil }

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .move(let delta):
            guard !leads.isEmpty else { break }
            selected = max(0, min(leads.count - 1, selected + delta))
        case .page(let forward):
            guard phase == .results,
                  let next = SearchPaging.turn(page, forward: forward, lastWasFull: pageWasFull, message: &message) else { break }
            phase = .searching
            return [.search(key, next)]
        case .found(let found, let asked):
            phase = .results
            if found.isEmpty && asked.from > 0 {
                message = SearchPaging.lastPage
            } else {
                // Only the client's leads are shown, whatever else a core sends back.
                leads = Array(found.filter(key.matches).prefix(asked.size))
                pageWasFull = found.count >= asked.size
                page = asked
                selected = 0
                message = nil
            }
        case .failed(let text):
            phase = .results
            message = text
        case .open:
            break
        }
        return []
    }

    static func parsePhone(_ text: String) -> Result<String, LocalizedText> { SearchInput.phone(text) }
}

/// The words of paging through search results.
public enum SearchPaging {
    public static let lastPage = LocalizedText(ru: "Это последняя страница", en: "This is the last page")
    public static let firstPage = LocalizedText(ru: "Это первая страница", en: "This is the first page")
    public static let searching = LocalizedText(ru: "Поиск…", en: "Searching…")

    /// The page PgDn (`forward`) or PgUp asks for (the message line cleared), or nil with
    /// the message line saying there is none.
    static func turn(_ page: SearchPage, forward: Bool, lastWasFull: Bool, message: inout LocalizedText?) -> SearchPage? {
        if !forward && page.from == 0 { message = firstPage; return nil }
        if forward && !lastWasFull { message = lastPage; return nil }
        message = nil
        return forward ? page.next : page.previous
    }
}
