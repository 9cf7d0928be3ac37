import LeadModel
import LeadRules
import TerminalUI

/// What the entry view keeps between frames because rebuilding it costs more than drawing
/// the rest of the form, while a keystroke changes one field at most:
/// - the widgets of fields without focus (a country list of 250 options, say), used again
///   only for the same widget kind and text;
/// - the section field index behind the section list's marks, rebuilt when rows change, and
///   the marks themselves, until the form's revision changes;
/// - the rules' input descriptor of each field (the view's field editor asks for each row);
/// - the laid-out lines of the section on screen, which change only with the section, the
///   lists' rows and selection and the folds (the view asks for them on every frame);
/// - the drawn cells of each form row showing a field without focus, with what they show;
/// - the drawn cells of the title, the section list and the key legend, with what they show
///   (their inputs change with a section's marks or the focus, not with every letter).
///
/// `removeAll()` when the form context (code lists, language) or the theme changes.
final class RenderCache {
    private var widgets: [FieldPath: (kind: FieldWidget, text: String, state: EditWidget)] = [:]
    private var sectionIndex: SectionFieldIndex?
    private var summaries: (revision: FormRevision, list: [SectionSummary])?
    private var inputs: [FieldPath: FieldInput] = [:]
    private var layout: SectionLayout?
    private var fieldLines: [Int: (key: FieldLineKey, cells: [Cell])] = [:]
    /// The title, the section list and the legend as last drawn.
    var title = KeptRegion<[String]>()
    var sectionList = KeptRegion<SectionListKey>()
    var legend = KeptRegion<Legend>()

    /// What `EntryForm.lines(of:)` depends on, with its answer.
    private struct SectionLayout {
        let section: SectionID
        let rows: [FieldPath: Int]
        let selectedRow: [FieldPath: Int]
        let unfolded: Set<FieldPath>
        let lines: [SectionLine]

        func fits(_ form: EntryForm) -> Bool {
            section == form.section && rows == form.rows && selectedRow == form.selectedRow && unfolded == form.unfolded
        }
    }

    /// The cached widget for `path` showing `text`, else `make()`'s, remembered.
    func widget(for path: FieldPath, kind: FieldWidget, text: String, make: () -> EditWidget) -> EditWidget {
        if let hit = widgets[path], hit.kind == kind, hit.text == text { return hit.state }
        let state = make()
        widgets[path] = (kind, text, state)
        return state
    }

    /// The section field index for `form`'s rows.
    func sectionIndex(for form: EntryForm, context: FormContext) -> SectionFieldIndex {
        if let sectionIndex, sectionIndex.rows == form.rows { return sectionIndex }
        let index = SectionFieldIndex(form: form, context: context)
        sectionIndex = index
        return index
    }

    /// `form.summaries(index:)`, kept until the form's values, rows, checks or problems change:
    /// otherwise every frame would go through all the filled fields of a large lead.
    func summaries(for form: EntryForm, context: FormContext) -> [SectionSummary] {
        if let summaries, summaries.revision.isSame(as: form.revision) { return summaries.list }
        let list = form.summaries(index: sectionIndex(for: form, context: context))
        summaries = (form.revision, list)
        return list
    }

    /// `rules.input(for:)`, remembered per rules path.
    func input(for rulesPath: FieldPath, rules: FieldRules) -> FieldInput {
        if let known = inputs[rulesPath] { return known }
        let input = rules.input(for: rulesPath)
        inputs[rulesPath] = input
        return input
    }

    /// `form.lines(of: form.section)`, kept while the layout inputs stay the same.
    func lines(of form: EntryForm) -> [SectionLine] {
        if let layout, layout.fits(form) { return layout.lines }
        let lines = form.lines(of: form.section)
        layout = SectionLayout(section: form.section, rows: form.rows, selectedRow: form.selectedRow,
                               unfolded: form.unfolded, lines: lines)
        return lines
    }

    /// The cells of screen row `y` when it last showed what `key` says.
    func fieldLine(row y: Int, key: FieldLineKey) -> [Cell]? {
        guard let kept = fieldLines[y], kept.key == key else { return nil }
        return kept.cells
    }

    func rememberFieldLine(row y: Int, key: FieldLineKey, cells: [Cell]) {
        fieldLines[y] = (key, cells)
    }

    func removeAll() {
        title = KeptRegion()
        sectionList = KeptRegion()
        legend = KeptRegion()
        layout = nil
        fieldLines.removeAll()
        widgets.removeAll()
        sectionIndex = nil
        summaries = nil
        inputs.removeAll()
    }
}

/// A part of the screen drawn from `Key` alone (with the theme and language, which
/// `RenderCache.removeAll()` covers), and the cells it drew last.
struct KeptRegion<Key: Equatable> {
    private var key: Key?
    private var rect = Rect(x: 0, y: 0, width: 0, height: 0)
    private var rows: [[Cell]] = []

    /// Draws into `rect` with `draw`, or, when it last drew the same `key` into the same
    /// `rect`, puts back the cells drawn then. `draw` must draw only inside `rect`.
    mutating func draw(key: Key, rect: Rect, into buffer: inout Buffer, with draw: (inout Buffer) -> Void) {
        if rect == self.rect, let kept = self.key, kept == key {
            for (i, row) in rows.enumerated() { buffer.paste(row, x: rect.x, y: rect.y + i) }
            return
        }
        draw(&buffer)
        let columns = rect.x..<rect.maxX
        rows = (rect.y..<rect.maxY).map { buffer.copyRow($0, columns: columns) }
        self.key = key
        self.rect = rect
    }
}

/// What the section list shows.
struct SectionListKey: Equatable {
    let summaries: [SectionSummary]
    let section: SectionID
}

/// Everything a form row showing a field without focus is drawn from, besides the form
/// context and the theme (the label, the required mark and the widget follow from these).
struct FieldLineKey: Equatable {
    let path: FieldPath
    let kind: FieldWidget
    let depth: Int
    let x: Int
    let width: Int
    let status: FieldStatus
    let text: String
}
