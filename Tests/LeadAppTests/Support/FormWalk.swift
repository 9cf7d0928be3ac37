import LeadModel
import LeadRules
import TerminalUI
@testable import LeadApp

/// The operator's walk through a whole new lead at 80×24: Tab from the first field through
/// every section, Enter on every folded group, Ins on every empty list (one row each).
/// `onList` sees each list just after its row is added; `onField` each field once, focused.
enum FormWalk {
    static func walk(_ language: Language, size: Size = .minimumTerminal,
                     onList: (FieldPath, ListSpec, EntryScreen, inout AppHarness) throws -> Void,
                     onField: (FieldPath, EntryScreen, inout AppHarness) throws -> Void) throws {
        var h = try AppHarness(language: language)
        if size != .minimumTerminal { h.resize(columns: size.columns, rows: size.rows) }
        h.type("1")
        var visited: Set<FieldPath> = []
        for _ in 0..<2000 {
            guard let entry = h.screen.entry, let focus = entry.form.focus else { break }
            let stop = entry.form.focusedStop
            if case .fold? = stop {
                h.press(.enter)
                continue
            }
            if case .list(let list, let spec)? = stop, entry.form.rowCount(list) == 0 {
                h.press(.insert)
                if let withRow = h.screen.entry { try onList(list, spec, withRow, &h) }
                continue
            }
            if case .field? = stop, !visited.contains(focus) {
                visited.insert(focus)
                try onField(focus, entry, &h)
            }
            let before = (entry.form.section, focus)
            h.press(.tab)
            guard let after = h.screen.entry, after.form.focus != nil else { break }
            if after.form.section == before.0, after.form.focus == before.1 { break } // the last stop
        }
    }
}
