import TerminalUI

/// Draws whichever screen is up, and the help box over it.
enum AppView {
    static func render(_ s: inout ScreenState, into buffer: inout Buffer) {
        buffer.fill(buffer.area, style: s.theme.style(.text))
        switch s.model.screen {
        case .menu(let selected): SmallViews.menu(s, selected: selected, into: &buffer)
        case .entry(let entry): EntryView.render(&s, entry, into: &buffer)
        case .lookup(let lookup): SmallViews.lookup(s, lookup, into: &buffer)
        case .openLead(let open): SmallViews.openLead(s, open, into: &buffer)
        case .drafts(let drafts): SmallViews.drafts(s, drafts, into: &buffer)
        case .login(let login): SmallViews.login(s, login, into: &buffer)
        case .supervisor(let prompt): SmallViews.supervisor(s, prompt, into: &buffer)
        case .outbox(let outbox): SmallViews.outbox(s, outbox, into: &buffer)
        }
        if s.help != nil { SmallViews.help(s, into: &buffer) }
    }
}
