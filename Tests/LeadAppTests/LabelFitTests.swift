import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// Issue 16.1: every label of the lead form is readable in full at 80×24 in both languages,
/// and no two fields under the same headings look alike. The walk is the operator's: Tab
/// through every section from the first field, opening every folded group (Enter) and giving
/// every empty list one row (Ins), and for each focused field read the label's cells.
struct LabelFitTests {
    /// What the walk saw: a field's concrete path, the label it should show, what the screen
    /// shows in the label column, and the headings above it.
    struct Seen {
        let path: FieldPath
        let label: String
        let shown: String
        let headings: [String]
    }

    /// A list's table as the walk saw it: its title and column names, and its first two lines.
    struct SeenList {
        let path: FieldPath
        let names: [String]
        let shown: [String]
    }

    static func walk(_ language: Language, size: Size = .minimumTerminal) throws -> [Seen] {
        try walkAll(language, size: size).fields
    }

    static func walkAll(_ language: Language, size: Size = .minimumTerminal) throws -> (fields: [Seen], lists: [SeenList]) {
        var seen: [Seen] = []
        var lists: [SeenList] = []
        try FormWalk.walk(language, size: size, onList: { list, spec, entry, h in
            lists.append(try look(atList: list, spec, entry, &h))
        }, onField: { path, entry, h in
            seen.append(try look(at: path, entry, &h))
        })
        return (seen, lists)
    }

    static func look(atList list: FieldPath, _ spec: ListSpec, _ entry: EntryScreen, _ h: inout AppHarness) throws -> SeenList {
        // Scrolled so the table's title is the form's top line (its new row's field, which has
        // the focus, is then in view too).
        h.state.scrollTop = try #require(rowOfField(list, entry, scrollTop: 0, bodyY: 0))
        let buffer = AppView.frame(&h.state, size: h.state.size)
        let body = ScreenLayout(buffer.area).body
        let row = try #require(rowOfField(list, entry, scrollTop: h.state.scrollTop, bodyY: body.y))
        try #require(row >= body.y && row + 1 < body.maxY, "\(list) is off the screen")
        let columns = spec.isMap ? [FieldPath([.key(MapRow.keyField)]), FieldPath([.key(MapRow.valueField)])] : spec.columns
        let names = [h.state.text(FieldNames.label(for: list.pattern))]
            + columns.map { h.state.text(ListView.columnName(list, $0)) }
        let formX = EntryView.sectionListWidth + 2
        let shown = [row, row + 1].map { String(Array(buffer.lines[$0]).dropFirst(formX)) }
        return SeenList(path: list, names: names, shown: shown)
    }

    /// Reads the focused field's label cells (the cursor's row, the label column).
    static func look(at path: FieldPath, _ entry: EntryScreen, _ h: inout AppHarness) throws -> Seen {
        let buffer = AppView.frame(&h.state, size: h.state.size)
        let label = h.state.text(EntryView.label(for: path))
        let lines = buffer.lines
        let body = ScreenLayout(buffer.area).body
        let row = try #require(rowOfField(path, entry, scrollTop: h.state.scrollTop, bodyY: body.y), "no row for \(path)")
        try #require(lines.indices.contains(row), "\(path) is off the screen")
        // After the status marker column.
        let formX = EntryView.sectionListWidth + 2 + 1
        let formWidth = buffer.size.columns - EntryView.sectionListWidth - 2
        let cells = Array(lines[row])
        let end = min(cells.count, formX - 1 + EntryView.labelWidth(for: formWidth))
        let shown = formX < end ? String(cells[formX..<end]) : ""
        return Seen(path: path, label: label, shown: shown.trimmingCharacters(in: .whitespaces),
                    headings: headings(above: path, in: entry.form))
    }

    /// The screen row of a field: the same arithmetic as `EntryView.renderForm` (the
    /// heights of the lines above it, less what is scrolled away).
    static func rowOfField(_ path: FieldPath, _ entry: EntryScreen, scrollTop: Int, bodyY: Int) -> Int? {
        var y = 0
        for line in entry.form.lines(of: entry.form.section) {
            if case .stop(let stop, _) = line, stop.path == path { return bodyY + y - scrollTop }
            y += EntryView.height(of: line, entry.form)
        }
        return nil
    }

    /// The group headings above a field (what tells `Страна` of residence from registration).
    static func headings(above path: FieldPath, in form: EntryForm) -> [String] {
        var open: [(depth: Int, title: String)] = []
        for line in form.lines(of: form.section) {
            switch line {
            case .heading(let title, let depth):
                open.removeAll { $0.depth >= depth }
                open.append((depth, title.rawValue))
            case .stop(let stop, let depth):
                open.removeAll { $0.depth >= depth }
                if stop.path == path { return open.map(\.title) + [listPrefix(path)] }
            }
        }
        return [listPrefix(path)]
    }

    private static func listPrefix(_ path: FieldPath) -> String {
        EntryForm.innermostList(holding: path)?.description ?? ""
    }

    @Test(arguments: [Language.ru, .en])
    func everyLabelIsWholeAt80Columns(_ language: Language) throws {
        try Self.expectWholeLabels(language, size: .minimumTerminal)
    }

    /// Wider terminals give labels more room, never less (`Адрес одной строкой (ФИАС` was cut
    /// at 100 columns).
    @Test(arguments: [Language.ru, .en], [100, 132])
    func everyLabelIsWholeOnWiderTerminals(_ language: Language, columns: Int) throws {
        try Self.expectWholeLabels(language, size: Size(columns: columns, rows: 30))
    }

    static func expectWholeLabels(_ language: Language, size: Size) throws {
        let seen = try Self.walk(language, size: size)
        // Every section was reached, and so were the fields of folded groups and of list rows.
        let sections = Set(seen.compactMap { EntryForm.section(of: $0.path) })
        #expect(sections == Set(SectionID.allCases))
        #expect(seen.contains { $0.path == "title" })
        #expect(seen.contains { $0.path == "relatives[0].passport.no" })
        #expect(seen.count > 150)
        let cut = seen.filter { !$0.shown.hasPrefix($0.label) }
        #expect(cut.isEmpty, "cut labels: \(cut.map { "\($0.path): “\($0.label)” shows “\($0.shown)”" })")
    }

    /// A list's title and every column name are whole (`Имя · Теле` was cut), the names of
    /// the columns on the line under the title.
    @Test(arguments: [Language.ru, .en])
    func everyListHeaderIsWholeAt80Columns(_ language: Language) throws {
        let lists = try Self.walkAll(language).lists
        #expect(lists.count >= 8)
        var cut: [String] = []
        for list in lists {
            guard let title = list.names.first else { continue }
            if !list.shown[0].contains(title) { cut.append("\(list.path): title “\(title)” in “\(list.shown[0])”") }
            for name in list.names.dropFirst() where !list.shown[1].contains(name) {
                cut.append("\(list.path): column “\(name)” in “\(list.shown[1])”")
            }
        }
        #expect(cut.isEmpty, "\(cut)")
    }

    /// The client's lead list: every status in words stands whole in its column
    /// (`техническая ошибка про` was cut), as do the column titles.
    @Test(arguments: [Language.ru, .en])
    func theLeadListShowsStatusesWhole(_ language: Language) throws {
        var h = try ScreenGoldenTests.openLead(language, byPhone: true, typing: "89161234567")
        h.press(.enter)
        let lines = h.lines()
        let statuses = ["WAITING", "TECH_FAULT"].map { h.state.text(LeadStatusWords.name($0)) }
        for status in statuses { #expect(lines.contains { $0.hasSuffix(status) }, "«\(status)» cut: \(lines)") }
        let header = h.state.text(UIText.t("Статус", "Status"))
        #expect(lines.contains { $0.hasSuffix(header) })
    }

    @Test(arguments: [Language.ru, .en])
    func noTwoFieldsUnderOneHeadingLookAlike(_ language: Language) throws {
        let seen = try Self.walk(language)
        var byPlace: [[String]: [String: FieldPath]] = [:]
        var twins: [String] = []
        for item in seen {
            let key = item.shown
            if let other = byPlace[item.headings]?[key] {
                twins.append("\(other) and \(item.path) both show “\(key)”")
            }
            byPlace[item.headings, default: [:]][key] = item.path
        }
        #expect(twins.isEmpty, "\(twins)")
    }
}
