import ArgumentParser
import CoreClient
import Foundation
import LeadModel

/// `leadterm lookup IDS`, or `--phone`, `--passport`, `--name` with `--birth-date`: the key
/// facts of clients, for call-centre staff. Ids go to `clients/find/{ids}`; the other keys
/// search `clients/partial-load` a page at a time (`--page`, `--page-size`).
/// Only clients the core returned for what was asked are printed (the ids asked, or clients
/// matching the key), whatever else an answer holds.
/// Exit status: 0 all found (a search: something found), 1 some ids unknown to the core (a
/// search: nothing on that page), 2 bad usage or settings, 3 the core could not be asked,
/// 5 the login was refused.
struct LookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show clients by id, phone, passport or name and birth date: id, full name, birth date, phone and passport.",
        discussion: """
            IDS may be given as one comma-separated list (100401,100402) or as separate arguments. \
            Instead of ids, search by one key: --phone 79057357014 (a leading 8 or a missing 7 \
            of a 10-digit number is made 7), --passport "1222 125523", or --name Иванов \
            --birth-date 1987-07-29. A search shows one page (--page, from 1) of --page-size clients.
            """
    )

    /// The most clients one search page asks for.
    static let maxPageSize = 100

    @Argument(help: "Client ids.")
    var ids: [String] = []

    @Option(help: "Search by mobile phone (digits; spaces, +, - and brackets are ignored).")
    var phone: String?

    @Option(help: "Search by passport series and number, e.g. \"1222 125523\".")
    var passport: String?

    @Option(help: "Search by last name (with --birth-date).")
    var name: String?

    @Option(name: .customLong("birth-date"), help: "The birth date for --name, YYYY-MM-DD.")
    var birthDate: String?

    @Option(help: "The page of a search to show, from 1.")
    var page: Int = 1

    @Option(name: .customLong("page-size"), help: "Clients per search page (1–\(LookupCommand.maxPageSize), default 20).")
    var pageSize: Int = 20

    @Flag(name: .customLong("preserve-order"), help: "List the clients in the order given (default: by ascending id).")
    var preserveOrder = false

    @Flag(help: "Print the clients as the core's JSON.")
    var json = false

    @OptionGroup var connection: ConnectionOptions

    /// What was asked: ids, or one search key with its page.
    enum Query: Equatable {
        case ids([Int64])
        case search(ClientSearchKey, SearchPage)
    }

    func run() async throws {
        let query: Query
        switch Self.query(ids: ids, phone: phone, passport: passport, name: name, birthDate: birthDate,
                          page: page, pageSize: pageSize) {
        case .success(let q): query = q
        case .failure(let failure): failure.exit()
        }
        let core: HTTPCoreService
        do { core = try connection.openService() } catch let failure as CommandFailure { failure.exit() }
        let found: [Client]
        do {
            switch query {
            case .ids(let wanted):
                found = try await core.clients(ids: wanted, preserveOrder: preserveOrder).filter { c in
                    c.id.map(wanted.contains) ?? false
                }
            case .search(let key, let page):
                found = try await core.searchClients(key, page: page).filter(key.matches)
            }
            await core.shutdown()
        } catch {
            await core.shutdown()
            CommandFailure.core(error, otherwise: .coreFailed).exit()
        }

        if json {
            print(String(decoding: try WireCoding.encode(found, pretty: true), as: UTF8.self).escapingTerminalControlsInJSON)
        } else if !found.isEmpty {
            print(ClientTable.render(found))
        }
        switch query {
        case .ids(let wanted):
            let missing = wanted.filter { id in !found.contains { $0.id == id } }
            if !missing.isEmpty {
                CommandFailure("not found: \(missing.map(String.init).joined(separator: ", "))", exit: .refused).exit()
            }
        case .search(_, let page):
            if found.isEmpty {
                CommandFailure(page.from == 0 ? "no client found" : "no clients on page \(self.page)", exit: .refused).exit()
            }
        }
    }

    /// The one thing asked for, or why the arguments do not say it.
    static func query(ids: [String], phone: String?, passport: String?, name: String?, birthDate: String?,
                      page: Int, pageSize: Int) -> Result<Query, CommandFailure> {
        func usage(_ message: String) -> Result<Query, CommandFailure> { .failure(CommandFailure(message, exit: .usage)) }
        let given = [!ids.isEmpty, phone != nil, passport != nil, name != nil].filter { $0 }.count
        guard given == 1 else {
            return usage(given == 0 ? "give client ids, or one of --phone, --passport, --name with --birth-date"
                                    : "give either client ids or one of --phone, --passport, --name, not several")
        }
        if birthDate != nil && name == nil { return usage("--birth-date goes with --name") }
        if !ids.isEmpty {
            return parse(ids).map(Query.ids)
        }
        guard page >= 1 else { return usage("--page must be 1 or more") }
        guard (1...maxPageSize).contains(pageSize) else { return usage("--page-size must be from 1 to \(maxPageSize)") }
        let searchPage = SearchPage(from: (page - 1) * pageSize, size: pageSize)
        let key: ClientSearchKey
        if let phone {
            guard let digits = phoneDigits(phone) else {
                return usage("--phone \"\(phone.strippingControlCharacters)\" is not a phone number (10 to 15 digits)")
            }
            key = .mobilePhone(digits)
        } else if let passport {
            let parts = passport.split(whereSeparator: \.isWhitespace).map(String.init)
            let joined = parts.joined()
            let (seria, number): (String, String)
            if parts.count == 2 {
                (seria, number) = (parts[0], parts[1])
            } else if parts.count == 1, joined.count == 10, joined.allSatisfy(\.isNumber) {
                (seria, number) = (String(joined.prefix(4)), String(joined.suffix(6)))
            } else {
                return usage("--passport takes the series and the number: \"1222 125523\"")
            }
            key = .passport(seria: seria, number: number)
        } else {
            let last = (name ?? "").trimmingCharacters(in: .whitespaces)
            guard !last.isEmpty else { return usage("--name needs a last name") }
            guard let birthDate else { return usage("--name needs --birth-date YYYY-MM-DD (a name alone matches too many people)") }
            guard let date = CalendarDate(iso: birthDate) else {
                return usage("--birth-date \"\(birthDate.strippingControlCharacters)\" is not a date YYYY-MM-DD")
            }
            key = .nameAndBirthDate(lastName: last, birthDate: date)
        }
        return .success(.search(key, searchPage))
    }

    /// The digits the core stores (`79057357014`): formatting dropped; a Russian 10-digit
    /// number or an 8-prefixed one gets its 7.
    static func phoneDigits(_ text: String) -> String? {
        let kept = text.filter { !" +-()".contains($0) }
        guard !kept.isEmpty, kept.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if kept.count == 10 { return "7" + kept }
        if kept.count == 11, kept.first == "8" { return "7" + kept.dropFirst() }
        return (10...15).contains(kept.count) ? kept : nil
    }

    /// "100401,100402" and "100401 100402" alike; duplicates are asked once.
    static func parse(_ arguments: [String]) -> Result<[Int64], CommandFailure> {
        var out: [Int64] = []
        for token in arguments.flatMap({ $0.split(separator: ",") }) {
            let trimmed = token.trimmingCharacters(in: .whitespaces)
            guard let id = Int64(trimmed), id > 0 else {
                return .failure(CommandFailure("\"\(trimmed.strippingControlCharacters)\" is not a client id (a positive whole number)", exit: .usage))
            }
            if !out.contains(id) { out.append(id) }
        }
        guard !out.isEmpty else { return .failure(CommandFailure("give at least one client id", exit: .usage)) }
        return .success(out)
    }
}

/// The lookup table: one line per client, columns padded by characters (Cyrillic is narrow).
enum ClientTable {
    static let headers = ["ID", "Full name", "Born", "Phone", "Passport"]

    static func render(_ clients: [Client]) -> String {
        let rows = clients.map(row)
        var widths = headers.map(\.count)
        for r in rows { for (i, cell) in r.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }

    /// Every value came from the server: shown without control characters.
    static func row(_ c: Client) -> [String] {
        let passport = [c.passport?.seria, c.passport?.no].compactMap { $0 }.joined(separator: " ")
        return [
            c.id.map(String.init) ?? "—",
            c.fullName.isEmpty ? "—" : c.fullName,
            c.birthDate?.iso ?? "—",
            c.mobilePhone.map(phone) ?? "—",
            passport.isEmpty ? "—" : passport,
        ].map(\.strippingControlCharacters)
    }

    /// 79057357014 → +7 905 735-70-14; other numbers as given, with a plus.
    static func phone(_ digits: String) -> String {
        let d = Array(digits)
        guard d.count == 11, d.first == "7", d.allSatisfy(\.isNumber) else {
            return digits.allSatisfy(\.isNumber) && !digits.isEmpty ? "+" + digits : digits
        }
        let s = String(d)
        func part(_ from: Int, _ to: Int) -> Substring {
            s[s.index(s.startIndex, offsetBy: from)..<s.index(s.startIndex, offsetBy: to)]
        }
        return "+7 \(part(1, 4)) \(part(4, 7))-\(part(7, 9))-\(part(9, 11))"
    }
}
