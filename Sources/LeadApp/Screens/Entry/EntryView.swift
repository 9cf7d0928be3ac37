import LeadModel
import LeadRules
import TerminalUI

/// Draws the lead form: the section list on the left, the section's fields on the right,
/// one message line and the key legend (IBM 5250 style).
enum EntryView {
    static let sectionListWidth = 20
    /// Labels get two fifths of the form's width, 28 to 40 columns: at 80 columns every
    /// label is whole (`LabelFitTests`), wide terminals give the values more room.
    static func labelWidth(for formWidth: Int) -> Int { max(28, min(40, formWidth * 2 / 5)) }

    /// A field's label: the catalog's short name, or for an attribute-map row which half
    /// of the pair it is (both share the pattern `attributes.*`).
    static func label(for path: FieldPath) -> LocalizedText {
        switch path.leafKey {
        case MapRow.keyField?: return UIText.attributeName
        case MapRow.valueField?: return UIText.attributeValue
        default: return FieldNames.label(for: EntryForm.rulesPath(path).pattern)
        }
    }

    static func render(_ s: inout ScreenState, _ entry: EntryScreen, into buffer: inout Buffer) {
        let status = ChromeView.status(for: s, entry: entry)
        let layout = ScreenLayout(buffer.area, status: status)
        let theme = s.theme
        let title: LocalizedText
        switch entry.mode {
        case .new: title = UIText.newLead
        case .edit(let id, _): title = UIText.editLead(id)
        }
        let sectionTitle = s.text(UIText.section(entry.form.section))
        let titleText = "leadterm · \(s.text(title)) · \(sectionTitle)", detail = ChromeView.outboxDetail(s)
        // The title, the section list and the legend change with a section, a mark or the
        // focus, not with a letter: drawn again from the cells kept when their inputs stay.
        let titleRect = Rect(x: layout.title.x, y: layout.title.y, width: layout.title.width, height: 2)
        s.renderCache.title.draw(key: [titleText, detail], rect: titleRect, into: &buffer) {
            ScreenLayout.renderTitle(titleText, detail: detail, into: &$0, at: layout.title, theme: theme)
        }
        renderSectionList(s, entry, into: &buffer, at: Rect(x: 0, y: layout.body.y, width: sectionListWidth, height: layout.body.height))
        buffer.fill(Rect(x: sectionListWidth, y: layout.body.y, width: 1, height: layout.body.height),
                    scalar: "│", style: theme.style(.border))
        let formRect = Rect(x: sectionListWidth + 2, y: layout.body.y,
                            width: buffer.size.columns - sectionListWidth - 2, height: layout.body.height)
        // Until the focused field or a box puts it elsewhere (while a lead is sent, nothing
        // has focus), the cursor is on the message line.
        buffer.cursor = Point(x: layout.status.x + 1, y: layout.status.y)
        renderForm(&s, entry, into: &buffer, at: formRect)
        PhaseView.render(s, entry, into: &buffer, at: layout.body)
        status.render(into: &buffer, at: layout.status, theme: theme)
        let keys = legend(for: entry, s)
        s.renderCache.legend.draw(key: keys, rect: layout.legend, into: &buffer) {
            keys.render(into: &$0, at: layout.legend, theme: theme)
        }
    }

    static func renderSectionList(_ s: ScreenState, _ entry: EntryScreen, into buffer: inout Buffer, at rect: Rect) {
        let summaries = s.renderCache.summaries(for: entry.form, context: s.context)
        let drawn = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(rect.height, SectionID.allCases.count))
        let key = SectionListKey(summaries: summaries, section: entry.form.section)
        s.renderCache.sectionList.draw(key: key, rect: drawn, into: &buffer) { buffer in
            drawSectionList(s, summaries, current: entry.form.section, into: &buffer, at: rect)
        }
    }

    private static func drawSectionList(_ s: ScreenState, _ summaries: [SectionSummary], current section: SectionID,
                                        into buffer: inout Buffer, at rect: Rect) {
        for (i, id) in SectionID.allCases.enumerated() where i < rect.height {
            let summary = summaries[i]
            let key = i == 9 ? "0" : String(i + 1)
            let label = "\(key) \(s.text(UIText.section(id)))"
            // The mark takes what the name leaves (one column between them), at least 4.
            let room = max(4, rect.width - DisplayWidth.of(label) - 1)
            let mark = SectionMark.text(for: summary, room: room)
            let markWidth = DisplayWidth.of(mark)
            let current = id == section
            let style = current ? theme(s).style(.selection) : theme(s).style(.label)
            let line = Rect(x: rect.x, y: rect.y + i, width: rect.width, height: 1)
            buffer.fill(line, style: style)
            buffer.put(label, x: rect.x, y: line.y, style: style, maxWidth: rect.width - max(4, markWidth) - 1)
            let markRole: ThemeRole = summary.errors > 0 ? .fieldError
                : summary.incomplete == 0 && summary.missingRequired > 0 ? .requiredMarker : .label
            buffer.put(mark, x: rect.maxX - max(4, markWidth), y: line.y, style: current ? style : theme(s).style(markRole),
                       maxWidth: max(4, markWidth))
        }
    }

    private static func theme(_ s: ScreenState) -> Theme { s.theme }

    /// One drawn line of the form, and where focus sits.
    private struct Row {
        var line: SectionLine
        var height: Int
    }

    static func renderForm(_ s: inout ScreenState, _ entry: EntryScreen, into buffer: inout Buffer, at rect: Rect) {
        let lines = s.renderCache.lines(of: entry.form)
        var offsets: [Int] = []
        var y = 0
        var focusLine: (Int, Int)?
        for line in lines {
            offsets.append(y)
            let h = height(of: line, entry.form)
            if case .stop(let stop, _) = line, stop.path == entry.form.focus { focusLine = (y, h) }
            y += h
        }
        // Keep the focused line in view, moving as little as possible.
        if let (top, h) = focusLine {
            if top < s.scrollTop { s.scrollTop = top }
            if top + h > s.scrollTop + rect.height { s.scrollTop = top + h - rect.height }
        }
        s.scrollTop = max(0, min(s.scrollTop, max(0, y - rect.height)))
        var popup: (SelectState, Rect)?
        for (i, line) in lines.enumerated() {
            let lineY = rect.y + offsets[i] - s.scrollTop
            let h = height(of: line, entry.form)
            if lineY + h <= rect.y || lineY >= rect.maxY { continue }
            if let open = draw(line, s, entry, y: lineY, rect: rect, into: &buffer) { popup = open }
        }
        // An open list is drawn last, over the fields below it.
        if let (select, area) = popup { select.renderPopup(into: &buffer, below: area, within: rect, theme: s.theme, text: s.widgetText) }
        if s.scrollTop > 0 { buffer.put("▲", x: rect.maxX - 1, y: rect.y, style: s.theme.style(.border), sanitize: false) }
        if s.scrollTop + rect.height < y {
            buffer.put("▼", x: rect.maxX - 1, y: rect.maxY - 1, style: s.theme.style(.border), sanitize: false)
        }
    }

    static func height(of line: SectionLine, _ form: EntryForm) -> Int {
        if case .stop(.list(let path, _), _) = line { return ListView.height(rows: form.rowCount(path)) }
        return 1
    }

    /// Draws one line; returns the focused select's open list, if any, to draw on top.
    private static func draw(_ line: SectionLine, _ s: ScreenState, _ entry: EntryScreen, y: Int, rect: Rect,
                             into buffer: inout Buffer) -> (SelectState, Rect)? {
        let theme = s.theme
        switch line {
        case .heading(let title, let depth):
            buffer.put(s.text(UIText.group(title)), x: rect.x + depth * 2, y: y, style: theme.style(.title),
                       maxWidth: rect.width - depth * 2)
        case .stop(.fold(let path, let title), let depth):
            let focused = entry.form.focus == path
            let style = focused ? theme.style(.focusedField) : theme.style(.label)
            buffer.put("▸ \(s.text(UIText.group(title))) (\(s.text(UIText.foldHint)))", x: rect.x + depth * 2, y: y,
                       style: style, maxWidth: rect.width - depth * 2)
            if focused { buffer.cursor = Point(x: rect.x + depth * 2, y: y) }
        case .stop(.field(let path, let kind), let depth):
            return drawField(path, kind, depth: depth, s, entry, y: y, rect: rect, into: &buffer)
        case .stop(.list(let path, let spec), let depth):
            ListView.render(path, spec, depth: depth, s, entry, y: y, rect: rect, into: &buffer)
        }
        return nil
    }

    private static func drawField(_ path: FieldPath, _ kind: FieldWidget, depth: Int, _ s: ScreenState,
                                  _ entry: EntryScreen, y: Int, rect: Rect, into buffer: inout Buffer) -> (SelectState, Rect)? {
        let theme = s.theme
        let status = entry.form.status(of: path)
        let marker: (String, ThemeRole) = switch status {
        case .invalid: ("!", .fieldError)
        case .incomplete: ("…", .label)
        case .warning: ("?", .requiredMarker)
        default: (" ", .label)
        }
        let focused = entry.form.focus == path && entry.phase == .editing
        // A field without focus looks the same while its text and status do: its row is drawn
        // again from the cells kept last time (a keystroke changes the focused field only).
        var kept: FieldLineKey?
        if !focused {
            let key = FieldLineKey(path: path, kind: kind, depth: depth, x: rect.x, width: rect.width, status: status,
                                   text: entry.form.text(path))
            if let cells = s.renderCache.fieldLine(row: y, key: key) {
                buffer.paste(cells, x: rect.x, y: y)
                return nil
            }
            kept = key
        }
        buffer.put(marker.0, x: rect.x, y: y, style: theme.style(marker.1), sanitize: false)
        let indent = depth * 2 + 1
        let label = s.text(label(for: path))
        let labelWidth = labelWidth(for: rect.width)
        let labelRoom = labelWidth - indent - 1
        let used = buffer.put(label, x: rect.x + indent, y: y, style: theme.style(.label), maxWidth: labelRoom)
        if s.context.profile.isRequired(path) {
            buffer.put("*", x: rect.x + indent + used, y: y, style: theme.style(.requiredMarker), sanitize: false)
        }
        let fieldX = rect.x + labelWidth
        let room = max(1, rect.maxX - fieldX - 1)
        let state: EditWidget
        var shown: EditWidget?
        if focused, let editing = entry.editing, editing.path == path {
            state = editing.widget
            shown = editing.shown
        } else {
            let text = entry.form.text(path)
            state = s.renderCache.widget(for: path, kind: kind, text: text) {
                s.fieldEditor.displayState(for: path, kind: kind, text: text)
            }
        }
        let area = Rect(x: fieldX, y: y, width: state.width(available: room), height: 1)
        let look = FieldLook(focused: focused, hasError: status == .invalid, enabled: true)
        (shown ?? state).render(into: &buffer, at: area, theme: theme, look: look)
        if let kept { s.renderCache.rememberFieldLine(row: y, key: kept, cells: buffer.copyRow(y, columns: rect.x..<rect.maxX)) }
        if focused, case .select(let select) = state, select.isOpen { return (select, area) }
        return nil
    }

    /// The legend is the bindings' (`EntryKeys`), so it says what the keys do.
    static func legend(for entry: EntryScreen, _ s: ScreenState) -> Legend {
        EntryKeys.map(for: entry, kiosk: s.model.kiosk).legend(in: s.language)
    }
}
