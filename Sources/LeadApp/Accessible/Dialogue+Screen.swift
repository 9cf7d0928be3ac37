import LeadModel
import LeadRules
import TerminalUI

/// Every screen that has no questions of its own (the open-by-number prompt, look-up,
/// drafts, outbox, status, the result of a send, the quit question…): its text is drawn by
/// the screen's own view, as on the full screen, and said line by line without decoration;
/// its legend is said as the keys it takes, and an answer is one of those keys or text typed
/// into the screen's input.
extension Dialogue {
    mutating func screenTurn(_ s: inout ScreenState, lines: [String]) -> Turn {
        let text = ScreenText.lines(&s)
        let name = ScreenText.name(of: s.model)
        // On the same screen only what changed is said again.
        let fresh = name == lastScreenName ? text.body.filter { !lastScreenLines.contains($0) } : text.body
        lastScreenLines = text.body
        lastScreenName = name
        var out = lines + fresh
        if !text.legend.isEmpty { out.append("\(s.text(DialogueWords.keysHeading)): \(text.legend)") }
        return Turn(lines: out, question: s.text(DialogueWords.answerQuestion) + ":", secret: ScreenText.isSecret(s.model))
    }

    /// A key by its name; else the text, typed into the screen's input (what was there is
    /// cleared first) and ended with Enter. The keys go to the screen the answer was given
    /// on: once it changes, the rest is not typed into the next one.
    mutating func answerScreen(_ answer: String, _ s: inout ScreenState) -> [AppModel.Effect] {
        if let key = SpokenKey.key(answer) { return press([key], &s) }
        guard !answer.isEmpty else { return press([.enter], &s) }
        return press([.ctrl(.character("u"))] + answer.map(Key.character) + [.enter], &s)
    }

    private mutating func press(_ keys: [Key], _ s: inout ScreenState) -> [AppModel.Effect] {
        let start = ScreenText.name(of: s.model)
        var effects: [AppModel.Effect] = []
        for key in keys {
            let result = s.handle(.key(key))
            effects += result.effects
            if result.bell { pending.append(s.text(DialogueWords.notTaken)) }
            if ScreenText.name(of: s.model) != start { break }
        }
        if ScreenText.name(of: s.model) != start { lastScreenName = nil }
        return effects
    }
}

/// A screen's text as its view draws it, ASCII only, the legend apart.
enum ScreenText {
    struct Lines {
        var body: [String]
        var legend: String
    }

    static func lines(_ s: inout ScreenState) -> Lines {
        // Wider than a terminal: nothing is said cut short (a table's last column), and a
        // line is as long as its words, whatever the width.
        let size = Size(columns: 160, rows: 24)
        var buffer = Buffer(size: size)
        AppView.render(&s, into: &buffer)
        let selection = s.theme.style(.selection)
        let layout = ScreenLayout(Rect(size: size))
        let body = (0..<size.rows).filter { $0 != layout.legend.y }
            .map { spoken(PlainLine.of(marked(buffer, row: $0, selection: selection))) }.filter { !$0.isEmpty }
        return Lines(body: body, legend: legend(buffer, row: layout.legend.y, s.language))
    }

    /// Row `y` as text, what is drawn as selected (the search kind, a list's row) in brackets:
    /// a highlight is not read aloud.
    static func marked(_ buffer: Buffer, row y: Int, selection: Style) -> String {
        var text = "", run = ""
        var inside = false
        func close() {
            let words = run.trimmingCharacters(in: .whitespaces)
            if !words.isEmpty { text += "[" + words + "]" }
            run = ""
        }
        for x in 0..<buffer.size.columns {
            let cell = buffer[x: x, y: y]
            let selected = cell.style == selection
            if selected != inside {
                if inside { close() }
                inside = selected
            }
            if inside { run += cell.grapheme } else { text += cell.grapheme }
        }
        if inside { close() }
        return text
    }

    /// The legend as "F1 — справка, Enter — продолжить": the keys are the cells drawn in
    /// the key style, the words after each are what it does.
    static func legend(_ buffer: Buffer, row y: Int, _ language: Language) -> String {
        let width = buffer.size.columns
        guard width > 0 else { return "" }
        let background = buffer[x: width - 1, y: y].style
        var runs: [(key: Bool, text: String)] = []
        for x in 0..<width {
            let cell = buffer[x: x, y: y]
            let isKey = cell.style != background
            if let last = runs.last, last.key == isKey {
                runs[runs.count - 1].text += cell.grapheme
            } else {
                runs.append((isKey, cell.grapheme))
            }
        }
        var items: [String] = []
        let separator = LocalizedText(ru: " — ", en: ": ").text(in: language)
        for (i, run) in runs.enumerated() where run.key {
            let key = PlainLine.of(spokenKeyName(run.text.trimmingCharacters(in: .whitespaces), language))
            let words = i + 1 < runs.count && !runs[i + 1].key ? PlainLine.of(runs[i + 1].text) : ""
            guard !key.isEmpty else { continue }
            items.append(words.isEmpty ? key : key + separator + lowercasedFirst(words))
        }
        return items.isEmpty ? spoken(PlainLine.of(buffer.line(y))) : items.joined(separator: ", ")
    }

    /// A key as it is typed here: the arrows by name (as `SpokenKey` takes them), "1…6" as "1-6".
    static func spokenKeyName(_ key: String, _ language: Language) -> String {
        switch key {
        case "↑↓": return LocalizedText(ru: "Вверх, Вниз", en: "Up, Down").text(in: language)
        case "←→": return LocalizedText(ru: "Left, Right", en: "Left, Right").text(in: language)
        default: return key.replacingOccurrences(of: "…", with: "-")
        }
    }

    /// "Ввести CVC" → "ввести CVC": the sentence goes on, the abbreviation stays.
    static func lowercasedFirst(_ words: String) -> String {
        guard let first = words.first else { return words }
        let second = words.dropFirst().first
        if let second, second.isUppercase { return words }
        return first.lowercased() + words.dropFirst()
    }

    /// The spaces that line columns up on the screen are one pause when read, and fill a
    /// braille display's line with nothing: a run of them is said as two.
    static func spoken(_ line: String) -> String {
        var out = ""
        var spaces = 0
        for character in line {
            if character == " " {
                spaces += 1
                if spaces <= 2 { out.append(character) }
            } else {
                spaces = 0
                out.append(character)
            }
        }
        return out
    }

    /// Which screen is up (its case, and the form's phase), to tell a new screen from an update of the same.
    static func name(of model: AppModel) -> String {
        var name: String
        switch model.screen {
        case .entry(let entry): name = "entry.\(entry.phase.name)"
        case .menu: name = "menu"
        case .login: name = "login"
        case .openLead: name = "openLead"
        case .lookup: name = "lookup"
        case .drafts: name = "drafts"
        case .supervisor: name = "supervisor"
        case .outbox: name = "outbox"
        case .leadStatus: name = "leadStatus"
        case .leadList: name = "leadList"
        }
        if model.quitQuestion != nil { name += ".quit" }
        if model.help != nil { name += ".help" }
        return name
    }

    /// Whether what is typed now must not be echoed.
    static func isSecret(_ model: AppModel) -> Bool {
        switch model.screen {
        case .login(let login): return login.focus == .password
        case .supervisor: return true
        case .outbox(let outbox): return outbox.cvc != nil
        default: return false
        }
    }
}

extension EntryPhase {
    var name: String {
        switch self {
        case .editing: "editing"
        case .problems: "problems"
        case .confirm: "confirm"
        case .sending: "sending"
        case .accepted: "accepted"
        case .queued: "queued"
        case .failed: "failed"
        }
    }
}
