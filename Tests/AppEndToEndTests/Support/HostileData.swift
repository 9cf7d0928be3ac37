import Foundation
import LeadModel

/// A simulator data file whose texts carry terminal control sequences: one client, one lead
/// of that client, a country and a credit product, each with what a hostile or broken core
/// could send. Every value keeps a readable remainder, so a test can see the text survived.
enum HostileData {
    static let esc = "\u{1B}"
    static let bel = "\u{07}"

    static let clientId: Int64 = 100401
    static let leadId: Int64 = 777001
    /// The country every hostile record points at (Россия in the demo seed).
    static let countryId: Int64 = 101042
    /// A product of the demo seed.
    static let productId: Int64 = 101339

    /// Clear screen + home, in the last name.
    static let lastName = "Волков\(esc)[2J\(esc)[H"
    /// Retitle the window (OSC 0 … BEL), in the first name.
    static let firstName = "\(esc)]0;PWNED\(bel)Олег"
    /// The 8-bit CSI (U+009B) and leave-alternate-screen, in the patronymic.
    static let patronymic = "Игоревич\u{9B}2J\(esc)[?1049l"
    /// OSC 52 (write the clipboard), carriage return, backspaces and a right-to-left override.
    static let birthPlace = "Тверь\(esc)]52;c;cm0gLXJmIH4=\(bel)\r\u{8}\u{8}\u{8}\u{202E}ьрваТ"
    /// Bells and a colour change, in the passport's issuer.
    static let manager = "ОВД\(bel)\(bel)\(esc)[31m Центральный"
    /// Delete-line and an 8-bit CSI, in the phone (a column of the lookup table).
    static let phone = "79051112233\(esc)[M\u{9B}K"
    /// Retitle + clear, in a dictionary entry.
    static let countryName = "Россия\(esc)]0;PWNED\(bel)\(esc)[2J"
    /// Blink on, in another.
    static let productName = "Заём\(esc)[5m мигающий\u{9B}0m"

    /// What a sanitizer leaves to read: the part of each value after its controls go
    /// (the printable tails of the sequences stay, harmless as text).
    static let visible: [String: String] = [
        "lastName": "Волков[2J[H", "firstName": "]0;PWNEDОлег", "patronymic": "Игоревич2J[?1049l",
        "manager": "ОВД[31m Центральный", "country": "Россия]0;PWNED[2J", "product": "Заём[5m мигающий0m",
    ]

    /// Takes the demo data from a throwaway simulator, poisons it, and writes it to a file.
    static func writeFile() throws -> URL {
        let sim = try SimulatorProcess()
        defer { sim.stop() }
        var data = try sim.data()
        guard let clients = data["clients"]?.arrayValue,
              let index = clients.firstIndex(where: { $0["id"] == .int(clientId) }) else {
            throw E2EFailure("the demo seed has no client \(clientId)")
        }
        var client = clients[index]
        client.set(.string(lastName), at: "lastName")
        client.set(.string(firstName), at: "firstName")
        client.set(.string(patronymic), at: "patronymic")
        client.set(.string(birthPlace), at: "birthPlace")
        client.set(.string(phone), at: "mobilePhone")
        client.set(.string(manager), at: "passport.manager")
        client.set(.int(countryId), at: "birthCountryId")
        var poisoned = clients
        poisoned[index] = client
        data.set(.array(poisoned), at: "clients")

        data.set(.array(try rename(data["countries"], id: countryId, to: countryName)), at: "countries")
        data.set(.array(try rename(data["creditProducts"], id: productId, to: productName)), at: "creditProducts")

        var lead = JSONValue.object([:])
        for key in ["lastName", "firstName", "patronymic", "birthDate", "birthPlace", "birthCountryId", "sexId", "passport"] {
            let path = FieldPath(stringLiteral: key)
            if let value = client[path] { lead.set(value, at: path) }
        }
        lead.set(.string("79051112233"), at: "mobilePhone")
        lead.set(.int(productId), at: "creditProductId")
        lead.set(.int(30000), at: "amount")
        lead.set(.int(12), at: "period")
        lead.set(.string("MONTHS"), at: "periodUnit")
        let stored = JSONValue.object([
            "id": .int(leadId), "clientId": .int(clientId), "creationDate": .int(1_760_000_000_000),
            "currentStatus": .string("WAITING"), "lead": lead,
        ])
        data.set(.array((data["leads"]?.arrayValue ?? []) + [stored]), at: "leads")
        data.set(.int(leadId + 1), at: "nextLeadId")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-e2e-hostile-\(UUID().uuidString).json")
        try WireCoding.encode(data).write(to: file)
        return file
    }

    private static func rename(_ list: JSONValue?, id: Int64, to name: String) throws -> [JSONValue] {
        guard var entries = list?.arrayValue, let i = entries.firstIndex(where: { $0["id"] == .int(id) }) else {
            throw E2EFailure("the demo seed has no dictionary entry \(id)")
        }
        entries[i].set(.string(name), at: "name")
        return entries
    }
}
