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
        case .menu(let selected): MenuView.render(s, selected: selected, into: &buffer)
        case .entry(let entry): EntryView.render(&s, entry, into: &buffer)
        case .lookup(let lookup): LookupView.render(s, lookup, into: &buffer)
        case .openLead(let open): OpenLeadView.render(s, open, into: &buffer)
        case .drafts(let drafts): DraftsView.render(s, drafts, into: &buffer)
        case .login(let login): LoginView.render(s, login, into: &buffer)
        case .supervisor(let prompt): SupervisorView.render(s, prompt, into: &buffer)
        case .outbox(let outbox): OutboxView.render(s, outbox, into: &buffer)
        case .leadStatus(let status): LeadStatusView.render(s, status, into: &buffer)
        case .leadList(let list): LeadListView.render(s, list, into: &buffer)
        }
        if s.model.help != nil { SmallViews.help(s, into: &buffer) }
    }
}
