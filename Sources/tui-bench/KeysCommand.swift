import Foundation
import LeadApp
import LeadModel
import TerminalUI

/// `tui-bench keys NAME=LEAD.json …`: the keystroke benchmark of issue 15.11 (see
/// `KeystrokeBench`). Prints, per lead, the fields keyed, the content characters, the keys
/// beyond them per field and the floor (one Field Exit per field that does not fill);
/// exits 1 when a lead's figure is above `--target` (default 1.0) or a field is not keyed.
func keysMain(_ arguments: [String]) -> Int32 {
    var target = 1.0
    var leads: [(String, String)] = []
    var verbose = false
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        if argument == "--target", let value = rest.popFirst().flatMap(Double.init) { target = value; continue }
        if argument == "--verbose" { verbose = true; continue }
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        leads.append(parts.count == 2 ? (parts[0], parts[1]) : (argument, argument))
    }
    guard !leads.isEmpty else {
        print("usage: tui-bench keys [--target 1.0] [--verbose] NAME=LEAD.json …")
        return 2
    }
    let theme: Theme
    do { theme = try ThemeLoader(environment: [:]).load("default", depth: .palette256) } catch {
        print("tui-bench keys: \(error)")
        return 1
    }
    var failed = false
    print("keystroke benchmark: the entry screen's own keys, an empty new lead, Russian;")
    print("each lead keyed twice: a type-ahead's only match taken at once (accept-single-match, the branch")
    print("profile's default; the target applies to it) and taken with Enter (the other profiles' default)")
    for (name, path) in leads {
        let lead: Lead
        do { lead = try WireCoding.decode(Lead.self, from: Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            print("\(name): cannot read \(path): \(error)")
            failed = true
            continue
        }
        for acceptsAtOnce in [true, false] {
            var bench = KeystrokeBench(lead: lead, theme: theme, language: .ru,
                                       today: CalendarDate(year: 2026, month: 12, day: 4) ?? .today(),
                                       acceptsSingleMatch: acceptsAtOnce)
            let r = bench.run()
            print(acceptsAtOnce ? "[one match taken at once]" : "[one match taken with Enter]")
            let keys = r.byKey.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("\(name): \(r.fields) fields, \(r.contentKeys) content characters, \(r.extraKeys) keys beyond them")
            print("  extra keys per field \(format(r.extraPerField)) (target ≤ \(format(target))); floor \(format(r.floorPerField)) (\(r.exitsNeeded) Field Exits)")
            print("  extra keys: \(keys)")
            if r.oneMatchAccepts > 0 {
                let spared = Double(r.extraKeys - r.oneMatchAccepts) / Double(max(1, r.fields))
                print("  of them \(r.oneMatchAccepts) Enter accept a type-ahead left with one match; taken at once (accept-single-match) it would be \(format(spared)) per field")
            }
            if !r.notKeyed.isEmpty {
                print("  not keyed: \(verbose ? r.notKeyed.joined(separator: ", ") : "\(r.notKeyed.count) fields (--verbose lists them)")")
                failed = true
            }
            if verbose { for line in r.trace { print("    \(line)") } }
            if acceptsAtOnce, r.extraPerField > target { failed = true }
        }
    }
    return failed ? 1 : 0
}

private func format(_ value: Double) -> String { String(format: "%.2f", value) }
