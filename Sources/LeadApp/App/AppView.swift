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
        if s.theme.asciiOnly { ASCIIGlyphs.apply(to: &buffer) }
        return buffer
    }

    static func render(_ s: inout ScreenState, into buffer: inout Buffer) {
        buffer.fill(buffer.area, style: s.theme.style(.text))
        // Each screen's view, as `Screen.parts` (`ScreenList.swift`) names it.
        let render = s.model.screen.parts.render
        render(&s, &buffer)
        if s.model.quitQuestion != nil { QuitView.render(s, into: &buffer) }
        if s.model.help != nil { SmallViews.help(s, into: &buffer) }
    }
}
