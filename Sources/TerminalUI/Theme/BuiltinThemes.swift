// The four built-in themes, embedded so `leadterm` works from any directory.
// Each text must equal `themes/<name>.toml` byte for byte; a test enforces it,
// so edit the file and copy it here.

/// Themes compiled into the binary, by name.
public enum BuiltinThemes {
    /// Built-in theme names, in the order the gallery cycles through them.
    public static let names = ["default", "high-contrast", "monochrome", "green-screen"]
    /// The default theme drawn in ASCII only (the quiet screen's drawing, also chosen alone).
    public static let ascii = "ascii"

    /// The TOML text of a built-in theme.
    public static func source(named name: String) -> String? {
        switch name {
        case "default": return defaultTheme
        case "high-contrast": return highContrast
        case "monochrome": return monochrome
        case "green-screen": return greenScreen
        default: return nil
        }
    }

    /// Attributes a role gets in the monochrome theme; colored themes fall back
    /// to these on a terminal without colors.
    static func monochromeAttributes(_ role: ThemeRole) -> TextAttributes {
        monochromeTheme?.appearances[role]?.attributes ?? []
    }

    private static let monochromeTheme: Theme? = try? ThemeParser.parse(monochrome, origin: "built-in monochrome")

    static let defaultTheme = #"""
# leadterm theme: default
# Colors: "default", ANSI names (black, red, ..., bright-white, gray), 0-255, or "#rrggbb".
# attrs: any of "bold", "reverse", "underline", "dim".
# mono: attributes used instead when the terminal has no colors or NO_COLOR is set.
name = "default"

[roles]
text            = { fg = "default", bg = "default" }
label           = { fg = "cyan", bg = "default" }
field           = { fg = "bright-white", bg = "#303030", mono = ["underline"] }
focused_field   = { fg = "black", bg = "bright-cyan", attrs = ["bold"], mono = ["reverse", "bold"] }
field_error     = { fg = "bright-white", bg = "red", attrs = ["bold"], mono = ["reverse", "underline"] }
required_marker = { fg = "bright-red", bg = "default", attrs = ["bold"], mono = ["bold"] }
status          = { fg = "bright-white", bg = "blue", mono = ["reverse"] }
status_error    = { fg = "bright-white", bg = "red", attrs = ["bold"], mono = ["reverse", "bold"] }
legend          = { fg = "black", bg = "white", mono = ["reverse"] }
legend_key      = { fg = "bright-white", bg = "blue", attrs = ["bold"], mono = ["bold"] }
title           = { fg = "bright-white", bg = "default", attrs = ["bold"], mono = ["bold"] }
border          = { fg = "cyan", bg = "default" }
selection       = { fg = "black", bg = "bright-cyan", mono = ["reverse"] }
disabled        = { fg = "bright-black", bg = "default", mono = ["dim"] }

"""#

    static let highContrast = #"""
# leadterm theme: high-contrast
# Maximum contrast for low vision and bright rooms: pure black and white, yellow focus.
name = "high-contrast"

[roles]
text            = { fg = "bright-white", bg = "black" }
label           = { fg = "bright-white", bg = "black", attrs = ["bold"] }
field           = { fg = "bright-white", bg = "black", attrs = ["underline"], mono = ["underline"] }
focused_field   = { fg = "black", bg = "bright-yellow", attrs = ["bold"], mono = ["reverse", "bold"] }
field_error     = { fg = "bright-white", bg = "red", attrs = ["bold", "underline"], mono = ["reverse", "underline", "bold"] }
required_marker = { fg = "bright-yellow", bg = "black", attrs = ["bold"], mono = ["bold"] }
status          = { fg = "black", bg = "bright-white", attrs = ["bold"], mono = ["reverse", "bold"] }
status_error    = { fg = "bright-white", bg = "red", attrs = ["bold"], mono = ["reverse", "bold", "underline"] }
legend          = { fg = "black", bg = "bright-white", mono = ["reverse"] }
legend_key      = { fg = "bright-yellow", bg = "black", attrs = ["bold"], mono = ["bold"] }
title           = { fg = "bright-yellow", bg = "black", attrs = ["bold"], mono = ["bold"] }
border          = { fg = "bright-white", bg = "black" }
selection       = { fg = "black", bg = "bright-white", attrs = ["bold"], mono = ["reverse", "bold"] }
disabled        = { fg = "white", bg = "black", mono = ["dim"] }

"""#

    static let monochrome = #"""
# leadterm theme: monochrome
# No color at all: reverse, bold and underline only. For kiosks, old terminals and NO_COLOR;
# also what every other theme falls back to on a terminal without colors.
name = "monochrome"

[roles]
text            = {}
label           = {}
field           = { attrs = ["underline"] }
focused_field   = { attrs = ["reverse", "bold"] }
field_error     = { attrs = ["reverse", "underline"] }
required_marker = { attrs = ["bold"] }
status          = { attrs = ["reverse"] }
status_error    = { attrs = ["reverse", "bold"] }
legend          = { attrs = ["reverse"] }
legend_key      = { attrs = ["bold"] }
title           = { attrs = ["bold"] }
border          = {}
selection       = { attrs = ["reverse"] }
disabled        = { attrs = ["dim"] }

"""#

    static let greenScreen = #"""
# leadterm theme: green-screen
# Green phosphor look of the host terminals many branch staff learned on.
name = "green-screen"

[roles]
text            = { fg = "green", bg = "black" }
label           = { fg = "green", bg = "black" }
field           = { fg = "bright-green", bg = "black", attrs = ["underline"], mono = ["underline"] }
focused_field   = { fg = "black", bg = "bright-green", attrs = ["bold"], mono = ["reverse", "bold"] }
field_error     = { fg = "black", bg = "bright-yellow", attrs = ["bold", "underline"], mono = ["reverse", "underline"] }
required_marker = { fg = "bright-green", bg = "black", attrs = ["bold"], mono = ["bold"] }
status          = { fg = "black", bg = "green", mono = ["reverse"] }
status_error    = { fg = "black", bg = "bright-yellow", attrs = ["bold"], mono = ["reverse", "bold"] }
legend          = { fg = "black", bg = "green", mono = ["reverse"] }
legend_key      = { fg = "bright-green", bg = "black", attrs = ["bold"], mono = ["bold"] }
title           = { fg = "bright-green", bg = "black", attrs = ["bold"], mono = ["bold"] }
border          = { fg = "green", bg = "black" }
selection       = { fg = "black", bg = "bright-green", mono = ["reverse"] }
disabled        = { fg = "green", bg = "black", attrs = ["dim"], mono = ["dim"] }

"""#
}
