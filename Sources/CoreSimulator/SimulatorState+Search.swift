import Foundation
import LeadModel

/// `clients/partial-load` and `leads/partial-load` (vendor pages 736 and 735). The vendor
/// documents the request, not the answer: the simulator answers `data` as an array of
/// objects holding the requested `fields` (and always `id`), all fields when none are named.
///
/// - `searchFields`: every condition must hold (AND). A value starting with `>=`, `<=`, `>`
///   or `<` compares (numbers as numbers, dates and times as their text, a time against a
///   unix-millisecond field as that instant in UTC); any other value must be equal, text
///   compared case-insensitively. `ornumber` (OR groups) is not modelled.
/// - `orderBy` / `orderDirection` (`ASC` default), then `orderByFields`, then `id`.
/// - `countFrom` ..< `countTo`: the vendor's example 0..10 is read as ten records.
extension SimulatorState {
    struct PartialLoadRequest: Decodable {
        struct Condition: Decodable { let field: String; let value: JSONValue? }
        struct Order: Decodable { let field: String; let direction: String? }
        let fields: [String]?
        let searchFields: [Condition]?
        let orderBy: String?
        let orderDirection: String?
        let orderByFields: [Order]?
        let countFrom: Int?
        let countTo: Int?
    }

    /// The largest page a search answers, so no request makes the simulator build a huge answer.
    static let maxSearchPage = 500

    func searchClients(body: Data) -> SimReply {
        partialLoad(body: body, records: data.clients.compactMap { try? WireCoding.tree($0) })
    }

    func searchLeads(body: Data) -> SimReply {
        partialLoad(body: body, records: data.leads.compactMap { try? $0.wireObject() })
    }

    private func partialLoad(body: Data, records: [JSONValue]) -> SimReply {
        let request: PartialLoadRequest
        do {
            request = try WireCoding.decode(PartialLoadRequest.self, from: body)
        } catch {
            return .error(400, "Тело запроса partial-load не разобрано")
        }
        var conditions: [(FieldPath, SearchCondition)] = []
        for condition in request.searchFields ?? [] {
            guard let path = FieldPath(parsing: condition.field) else {
                return .error(400, "Неизвестное поле поиска: \(condition.field)")
            }
            conditions.append((path, SearchCondition(condition.value)))
        }
        let found = records.filter { record in conditions.allSatisfy { $0.1.holds(for: record[$0.0]) } }

        var order: [(FieldPath, Bool)] = []
        if let by = request.orderBy, let path = FieldPath(parsing: by) {
            order.append((path, request.orderDirection?.uppercased() != "DESC"))
        }
        for extra in request.orderByFields ?? [] {
            if let path = FieldPath(parsing: extra.field) { order.append((path, extra.direction?.uppercased() != "DESC")) }
        }
        order.append(("id", true))
        let sorted = found.sorted { a, b in
            for (path, ascending) in order {
                let comparison = SearchCondition.compare(a[path], b[path])
                if comparison != 0 { return ascending ? comparison < 0 : comparison > 0 }
            }
            return false
        }

        let from = max(0, request.countFrom ?? 0)
        let to = min(request.countTo ?? from + Self.maxSearchPage, from + Self.maxSearchPage)
        let page = from < to && from < sorted.count ? Array(sorted[from..<min(to, sorted.count)]) : []
        let projected = page.map { record in Self.project(record, fields: request.fields) }
        return .ok(.array(projected))
    }

    private static func project(_ record: JSONValue, fields: [String]?) -> JSONValue {
        guard let fields, !fields.isEmpty else { return record }
        var out = JSONValue.object([:])
        for name in ["id"] + fields {
            guard let path = FieldPath(parsing: name), let value = record[path] else { continue }
            out.set(value, at: path)
        }
        return out
    }
}

/// One `searchFields` entry: equality, or a comparison when the value starts with one.
struct SearchCondition {
    enum Operator { case equal, less, lessOrEqual, greater, greaterOrEqual }
    let op: Operator
    let operand: JSONValue

    init(_ value: JSONValue?) {
        guard case .string(let text)? = value else {
            op = .equal
            operand = value ?? .null
            return
        }
        for (prefix, op) in [(">=", Operator.greaterOrEqual), ("<=", .lessOrEqual), (">", .greater), ("<", .less)]
        where text.hasPrefix(prefix) {
            self.op = op
            operand = .string(String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces))
            return
        }
        op = .equal
        operand = .string(text)
    }

    func holds(for value: JSONValue?) -> Bool {
        guard let value, value != .null else { return false }
        let c = Self.compare(value, Self.coerce(operand, like: value))
        switch op {
        case .equal: return c == 0
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        case .greaterOrEqual: return c >= 0
        }
    }

    /// The operand in the field's terms: a number for a number field (a date or time for a
    /// unix-millisecond field), the text otherwise.
    private static func coerce(_ operand: JSONValue, like value: JSONValue) -> JSONValue {
        guard case .string(let text) = operand else { return operand }
        switch value {
        case .int:
            if let n = Int64(text) { return .int(n) }
            if let millis = CoreTime.parse(timeText(text)) { return .int(millis) }
            return operand
        case .double:
            return Double(text).map(JSONValue.double) ?? operand
        case .string(let own) where CalendarDate(iso: own) != nil && text.count > 10:
            return .string(String(text.prefix(10)))  // a date field against "1986-09-11 00:00:00"
        default:
            return operand
        }
    }

    /// `2017-09-11 00:00:00` or `2017-09-11` as `leads/find`'s `2017-09-11T00:00:00`.
    private static func timeText(_ text: String) -> String {
        let day = String(text.prefix(10))
        let rest = text.dropFirst(11)
        return rest.isEmpty ? day + "T00:00:00" : day + "T" + rest
    }

    /// -1, 0, 1; a missing value sorts first; text case-insensitively.
    static func compare(_ a: JSONValue?, _ b: JSONValue?) -> Int {
        switch (a ?? .null, b ?? .null) {
        case (.null, .null): return 0
        case (.null, _): return -1
        case (_, .null): return 1
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .double(let y)): return Double(x) < y ? -1 : (Double(x) > y ? 1 : 0)
        case (.double(let x), .int(let y)): return x < Double(y) ? -1 : (x > Double(y) ? 1 : 0)
        case (.double(let x), .double(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.string(let x), .string(let y)):
            let (l, r) = (x.lowercased(), y.lowercased())
            return l < r ? -1 : (l > r ? 1 : 0)
        case (let x, let y): return x == y ? 0 : (x.typeName < y.typeName ? -1 : 1)
        }
    }
}
