import LeadModel
import LeadRules
import TerminalUI

/// The lead form as questions: each focus stop of the form in its Tab order, asked as
/// "label, format, now: value:"; a list as "add another?"; the review read line by line.
/// Every answer becomes the form's own events (`edited`, `next`, `addRow`, `submit`…), so the
/// checks, the draft autosave and the outbox are those of the full screen.
extension Dialogue {
    mutating func entryTurn(_ s: ScreenState, _ entry: EntryScreen, lines: [String]) -> Turn {
        var out = lines
        switch entry.phase {
        case .editing:
            let form = entry.form
            if form.section != announcedSection {
                announcedSection = form.section
                let all = SectionID.allCases
                let number = (all.firstIndex(of: form.section) ?? 0) + 1
                out.append(s.text(DialogueWords.section(UIText.section(form.section), number: number, of: all.count)))
            }
            // The groups the stop is in ("Адрес проживания"), said as the focus enters them:
            // three fields named "Страна" are told apart by them.
            let groups = Self.groups(around: form.focus, in: form)
            if groups != announcedGroups {
                for (depth, title) in groups.enumerated() where depth >= announcedGroups.count || announcedGroups[depth] != title {
                    out.append(Self.withoutKeys(s.text(UIText.group(title))))
                }
                announcedGroups = groups
            }
            switch form.focusedStop {
            case .field(let path, let widget)?:
                // Just refused, the reason was said with the refusal: not twice.
                let question = FieldQuestion(path: path, widget: widget, form: form, state: s, sayProblem: refusedNow != path)
                refusedNow = nil
                return Turn(lines: out + question.lines, question: question.text, secret: question.secret)
            case .fold(let path, let title)?:
                // Folds of one title come in several groups (the passport's and the row's
                // identifiers): the row and the group it is in tell them apart.
                var name = FieldQuestion.rowPrefix(path, s)
                if let parent = groups.last { name += Self.withoutKeys(s.text(UIText.group(parent))) + ": " }
                let question = DialogueWords.foldQuestion(name, UIText.group(title))
                return Turn(lines: out, question: s.text(question), secret: false)
            case .list(let path, _)?:
                let name = EntryView.label(for: path)
                return Turn(lines: out, question: s.text(DialogueWords.listQuestion(name, rows: form.rowCount(path))), secret: false)
            case nil:
                return Turn(lines: out, question: s.text(DialogueWords.endOfLead), secret: false)
            }
        case .problems(let list, _):
            out.append(s.text(DialogueWords.problemsHeading))
            out += Self.problemLines(list, s)
            return Turn(lines: out, question: s.text(DialogueWords.problemsQuestion) + ":", secret: false)
        case .confirm(let review, let warnings):
            out.append(s.text(DialogueWords.reviewHeading))
            out += ReviewSummary.lines(review, warnings: warnings, mode: entry.mode, context: s.context).map(Self.sectionRule)
            return Turn(lines: out, question: s.text(DialogueWords.sendQuestion) + ":", secret: false)
        case .sending:
            out.append(ChromeView.status(for: s, entry: entry).message)
            return Turn(lines: out.filter { !$0.isEmpty }, question: s.text(DialogueWords.waiting), secret: false)
        case .accepted, .queued, .failed:
            // The outcome, then its keys as words (the full screen's box over the form).
            out += ResultView.outcome(s, entry)
            out.append(Self.keysLine(EntryKeys.map(for: entry, kiosk: s.model.kiosk), s))
            return Turn(lines: out, question: s.text(DialogueWords.answerQuestion) + ":", secret: false)
        }
    }

    mutating func answerEntry(_ answer: String, _ entry: EntryScreen, _ s: inout ScreenState) -> [AppModel.Effect] {
        switch entry.phase {
        case .editing: return answerField(answer, entry, &s)
        case .problems(let list, let selected):
            if let n = Int(answer), list.indices.contains(n - 1) {
                return s.send(.entry(.moveSelection(n - 1 - selected))) + s.send(.entry(.confirm))
            }
            if answer.isEmpty { return s.send(.entry(.confirm)) }
            if SpokenKey.key(answer) == .escape || answer == "<" { return s.send(.entry(.cancel)) }
            pending.append(s.text(DialogueWords.unknownKey))
            return []
        case .confirm:
            if Self.isYes(answer) { return s.send(.entry(.confirm)) }
            if Self.isNo(answer) || SpokenKey.key(answer) == .escape || answer == "<" { return s.send(.entry(.cancel)) }
            pending.append(s.text(DialogueWords.unknownKey))
            return []
        case .sending:
            if SpokenKey.key(answer) == .escape { return s.send(.entry(.cancel)) }
            return []
        case .accepted, .queued, .failed:
            return answerScreen(answer, &s)
        }
    }

    /// An answer while the form is being filled: a command, or the focused stop's answer.
    private mutating func answerField(_ answer: String, _ entry: EntryScreen, _ s: inout ScreenState) -> [AppModel.Effect] {
        let form = entry.form
        switch answer {
        case "?":
            // The field's words, format and example as F1 has them; the keys are this mode's commands.
            if let help = entry.help(keys: [], context: s.context) {
                pending += [help.title] + help.body.components(separatedBy: "\n").filter { !$0.isEmpty }
            }
            pending += DialogueWords.commands.map(s.text)
            return []
        case "!":
            // The whole check F2 runs, on a copy: the form itself is not touched by listing.
            var checked = form
            checked.revalidate(context: s.context)
            let problems = checked.leadProblems
            pending.append(s.text(problems.isEmpty ? DialogueWords.noProblems : DialogueWords.problemCount(problems.count)))
            pending += Self.problemLines(problems, s)
            return []
        case "<":
            let effects = s.send(.entry(.previous))
            if case .entry(let after) = s.model.screen, after.form.focus == form.focus {
                pending.append(s.text(DialogueWords.firstField))
            }
            return effects
        case ">>": return s.send(.entry(.adjacentSection(forward: true)))
        case "<<": return s.send(.entry(.adjacentSection(forward: false)))
        case ".": return s.send(.entry(.submit))
        default: break
        }
        // ">3": straight to section 3.
        if answer.hasPrefix(">"), let n = Int(answer.dropFirst()), SectionID.allCases.indices.contains(n - 1) {
            return s.send(.entry(.showSection(SectionID.allCases[n - 1])))
        }
        if let key = SpokenKey.key(answer), key == .escape || Self.formKeys.contains(key) {
            return s.handle(.key(key)).effects
        }
        switch form.focusedStop {
        case .field(let path, let widget)?:
            if answer.isEmpty { return advance(from: path, &s) }
            if answer == "-" { return s.send(.entry(.edited(path, ""))) + advance(from: path, &s) }
            switch FieldAnswer.text(answer, path: path, widget: widget, state: s) {
            case .failure(let reason):
                pending.append(s.text(DialogueWords.refused(answer, reason)))
                refusedNow = path
                return []
            case .success(let text):
                let effects = s.send(.entry(.edited(path, text)))
                // Wrong, or cut short (a date without its year): kept as typed (nothing typed is
                // lost) and asked again with the reason. A group still being filled (the FIAS
                // triple, the card) is incomplete without a word of its own: that is no refusal.
                if case .entry(let after) = s.model.screen {
                    let status = after.form.status(of: path), reason = after.form.message(for: path)
                    if status == .invalid || (status == .incomplete && reason != nil) {
                        pending.append(s.text(DialogueWords.refused(answer, reason ?? DialogueWords.notTaken)))
                        refusedNow = path
                        return effects
                    }
                }
                return effects + advance(from: path, &s)
            }
        case .fold(let path, _)?:
            if Self.isYes(answer) { return s.send(.entry(.toggleFold)) }
            if answer.isEmpty || Self.isNo(answer) { return advance(from: path, &s) }
        case .list(let list, _)?:
            if Self.isYes(answer) { return s.send(.entry(.addRow)) }
            if answer.isEmpty || Self.isNo(answer) { return skipPast(list, form, &s) }
        case nil:
            if answer.isEmpty { return s.send(.entry(.next)) }
        }
        pending.append(s.text(DialogueWords.unknownKey))
        return []
    }

    /// The form's keys that make sense as words here: Esc leaves the form (its draft kept),
    /// F2 submits, F10 asks to quit.
    private static let formKeys: Set<Key> = [.function(2), .function(10)]

    /// To the next stop, as Tab goes; out of a list's row, back to the list to ask for
    /// another row; at the lead's end, said so.
    private mutating func advance(from path: FieldPath, _ s: inout ScreenState) -> [AppModel.Effect] {
        let effects = s.send(.entry(.next))
        guard case .entry(let entry) = s.model.screen else { return effects }
        let focus = entry.form.focus
        if focus == path {
            pending.append(s.text(DialogueWords.endOfLead))
            return effects
        }
        if let list = EntryForm.innermostList(holding: path), !(focus.map { $0.hasPrefix(list) } ?? false) {
            return effects + s.send(.entry(.focus(list)))
        }
        return effects
    }

    /// "No more rows": past the list and its rows, as Tab would go from its last field.
    private mutating func skipPast(_ list: FieldPath, _ form: EntryForm, _ s: inout ScreenState) -> [AppModel.Effect] {
        let inside = form.stops(of: form.section).last { $0.path.hasPrefix(list) }?.path ?? list
        var effects: [AppModel.Effect] = []
        if inside != list { effects += s.send(.entry(.focus(inside))) }
        effects += s.send(.entry(.next))
        if case .entry(let entry) = s.model.screen, entry.form.focus == inside {
            pending.append(s.text(DialogueWords.endOfLead))
        }
        return effects
    }

    /// A heading's hint at a full-screen key ("(F5 — как проживания)") means nothing here.
    static func withoutKeys(_ title: String) -> String {
        guard let open = title.range(of: " (F") else { return title }
        return String(title[..<open.lowerBound])
    }

    /// The headings above `focus` on its section, outermost first.
    static func groups(around focus: FieldPath?, in form: EntryForm) -> [GroupTitle] {
        guard let focus else { return [] }
        var open: [(depth: Int, title: GroupTitle)] = []
        for line in form.lines(of: form.section) {
            switch line {
            case .heading(let title, let depth):
                open.removeAll { $0.depth >= depth }
                open.append((depth, title))
            case .stop(let stop, let depth):
                open.removeAll { $0.depth >= depth }
                if stop.path == focus { return open.map(\.title) }
            }
        }
        return []
    }

    /// "Клавиши: Enter — новая заявка, F7 — проверка…", from the same bindings as the legend.
    static func keysLine<Action>(_ keys: KeyMap<Action>, _ s: ScreenState) -> String {
        let labels = keys.bindings.filter { $0.legend != nil }.map(\.label)
        return "\(s.text(DialogueWords.keysHeading)): \(keys.boxHint(labels, in: s.language))"
    }

    static func problemLines(_ problems: [Problem], _ s: ScreenState) -> [String] {
        problems.enumerated().map { i, problem in
            // The message names its field already ("Дата рождения: …").
            "\(i + 1). \(s.text(problem.message))"
        }
    }

    /// The review's section rule (`── Паспорт ──`) said as the section's name.
    static func sectionRule(_ line: String) -> String {
        guard line.hasPrefix("── "), line.hasSuffix(" ──") else { return line }
        return String(line.dropFirst(3).dropLast(3)) + ":"
    }

    static func isYes(_ answer: String) -> Bool { DialogueWords.yesWords.contains(answer.lowercased()) }
    static func isNo(_ answer: String) -> Bool { DialogueWords.noWords.contains(answer.lowercased()) }
}
