import LeadModel

/// Compares two JSON trees leaf by leaf and lists every path that differs, so a failure
/// names all wrong fields at once (`passport.no: expected "125523", got "125532"`).
enum JSONDiff {
    static func differences(expected: JSONValue, actual: JSONValue) -> [String] {
        let want = Dictionary(expected.leaves().map { ($0.0.description, $0.1) }, uniquingKeysWith: { a, _ in a })
        let got = Dictionary(actual.leaves().map { ($0.0.description, $0.1) }, uniquingKeysWith: { a, _ in a })
        var out: [String] = []
        for path in Set(want.keys).union(got.keys).sorted() {
            switch (want[path], got[path]) {
            case let (w?, g?) where !same(w, g):
                out.append("\(path): expected \(render(w)), got \(render(g))")
            case let (w?, nil):
                out.append("\(path): expected \(render(w)), missing")
            case let (nil, g?):
                out.append("\(path): not expected, got \(render(g))")
            default:
                break
            }
        }
        return out
    }

    /// Numbers compare by value (`4499` and `4499.0` are the same amount on the wire).
    private static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.int(x), .double(y)), let (.double(y), .int(x)): return Double(x) == y
        default: return a == b
        }
    }

    private static func render(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .int(let i): return "\(i)"
        case .double(let d): return "\(d)"
        case .string(let s): return "\"\(s)\""
        case .array(let a): return a.isEmpty ? "[]" : "[…]"
        case .object(let o): return o.isEmpty ? "{}" : "{…}"
        }
    }
}
