import Foundation
import LeadApp
import LeadModel
import TerminalUI

/// `tui-bench open [--repeat N] LEAD.json`: the open of a lead phase by phase (see
/// `OpenBench`), the median of N runs (default 5) in milliseconds.
func openMain(_ arguments: [String]) -> Int32 {
    var repeats = 5
    var files: [String] = []
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        if argument == "--repeat", let n = rest.popFirst().flatMap(Int.init), n > 0 { repeats = n; continue }
        files.append(argument)
    }
    guard !files.isEmpty else {
        print("usage: tui-bench open [--repeat N] LEAD.json …")
        return 2
    }
    let theme: Theme
    do { theme = try ThemeLoader(environment: [:]).load("default", depth: .palette256) } catch {
        print("tui-bench open: \(error)")
        return 1
    }
    func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
    print("open, in process, median of \(repeats) runs, ms: the answer decoded; its tree made and the limits checked;")
    print("the form filled; the first frame; then the checks (in the background above \(FormCheck.inBackgroundAbove) values);")
    print("whole = leadLoaded through the update + the first frame (the open the operator waits for, the core's answer aside)")
    for file in files {
        guard let json = FileManager.default.contents(atPath: file) else {
            print("\(file): cannot read")
            return 1
        }
        let bench = OpenBench(json: json, theme: theme, language: .ru,
                              today: CalendarDate(year: 2026, month: 12, day: 4) ?? .today())
        var runs: [OpenBench.Phases] = []
        for _ in 0..<repeats {
            do { runs.append(try bench.run()) } catch {
                print("\(file): \(error)")
                return 1
            }
        }
        func median(_ key: KeyPath<OpenBench.Phases, Duration>) -> String {
            let sorted = runs.map { ms($0[keyPath: key]) }.sorted()
            return String(format: "%7.1f", sorted[sorted.count / 2])
        }
        print("\(file) (\(runs[0].values) values, \(runs[0].problems) problems): decode \(median(\.decode))"
              + " tree+limits \(median(\.treeAndLimits)) form \(median(\.form)) frame \(median(\.firstFrame))"
              + " | checks \(median(\.check)) | whole \(median(\.whole))")
    }
    return 0
}
