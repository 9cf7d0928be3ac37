import TerminalUI

/// Draws whichever screen is up, and the help box over it.
enum AppView {
    /// The whole frame for a terminal of `size`: the screen, or the notice asking for a
    /// larger window when it does not fit.
    static func frame(_ s: inout ScreenState, size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        if size.fits(.minimumTerminal) {
            render(&s, into: &buffer)
        } else {
            EnlargeNotice.render(into: &buffer, current: size, required: .minimumTerminal, theme: s.theme,
                                 text: s.widgetText)
        }
        return buffer
    }

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
        case .leadStatus(let status): SearchViews.leadStatus(s, status, into: &buffer)
        case .leadList(let list): SearchViews.leadList(s, list, into: &buffer)
        }
        if s.model.help != nil { SmallViews.help(s, into: &buffer) }
    }
}
