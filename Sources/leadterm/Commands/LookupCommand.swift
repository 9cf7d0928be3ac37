import ArgumentParser
import CoreClient
import Foundation
import LeadModel

/// `leadterm lookup IDS`: the key facts of clients by id, for call-centre staff.
/// Exit status: 0 all found, 1 some ids unknown to the core, 2 bad usage or settings, 3 the
/// core could not be asked, 5 the login was refused.
struct LookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show clients by id: id, full name, birth date, phone and passport.",
        discussion: "IDS may be given as one comma-separated list (100401,100402) or as separate arguments."
    )

    @Argument(help: "Client ids.")
    var ids: [String]

    @Flag(name: .customLong("preserve-order"), help: "List the clients in the order given (default: by ascending id).")
    var preserveOrder = false

    @Flag(help: "Print the clients as the core's JSON.")
    var json = false

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let wanted: [Int64]
        switch Self.parse(ids) {
        case .success(let list): wanted = list
        case .failure(let failure): failure.exit()
        }
        let core: HTTPCoreService
        do { core = try connection.openService() } catch let failure as CommandFailure { failure.exit() }
        let found: [Client]
        do {
            found = try await core.clients(ids: wanted, preserveOrder: preserveOrder)
            await core.shutdown()
        } catch {
            await core.shutdown()
            CommandFailure.core(error, otherwise: 3).exit()
        }

        if json {
            print(String(decoding: try WireCoding.encode(found, pretty: true), as: UTF8.self).escapingTerminalControlsInJSON)
        } else if !found.isEmpty {
            print(ClientTable.render(found))
        }
        let missing = wanted.filter { id in !found.contains { $0.id == id } }
        if !missing.isEmpty {
            CommandFailure("not found: \(missing.map(String.init).joined(separator: ", "))", exitCode: 1).exit()
        }
    }

    /// "100401,100402" and "100401 100402" alike; duplicates are asked once.
    static func parse(_ arguments: [String]) -> Result<[Int64], CommandFailure> {
        var out: [Int64] = []
        for token in arguments.flatMap({ $0.split(separator: ",") }) {
            let trimmed = token.trimmingCharacters(in: .whitespaces)
            guard let id = Int64(trimmed), id > 0 else {
                return .failure(CommandFailure("\"\(trimmed.strippingControlCharacters)\" is not a client id (a positive whole number)", exitCode: 2))
            }
            if !out.contains(id) { out.append(id) }
        }
        guard !out.isEmpty else { return .failure(CommandFailure("give at least one client id", exitCode: 2)) }
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
