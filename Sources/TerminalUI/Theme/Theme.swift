/// How one role looks, as written in a theme file.
public struct RoleAppearance: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var attributes: TextAttributes
    /// Attributes to use instead when the terminal shows no color (or `NO_COLOR` is set);
    /// nil takes them from the built-in monochrome theme.
    public var monochromeAttributes: TextAttributes?

    public init(
        foreground: Color? = nil, background: Color? = nil, attributes: TextAttributes = [],
        monochromeAttributes: TextAttributes? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochromeAttributes = monochromeAttributes
    }
}

/// A named set of styles, one per ``ThemeRole``, fitted to the terminal's colors.
///
/// Load one with ``ThemeLoader``; call ``fitted(to:)`` once the terminal's
/// ``ColorDepth`` is known (the run loop does this), then widgets ask
/// ``style(_:)`` for each role.
public struct Theme: Sendable {
    public let name: String
    /// As written in the file, before fitting.
    public let appearances: [ThemeRole: RoleAppearance]
    /// Draws no box-drawing, block or other non-ASCII decoration (`glyphs = "ascii"`, or
    /// quiet mode): a screen reader reads nothing that is not a word, a braille display shows
    /// `+-|` borders. Applied to the whole frame (``ASCIIGlyphs``).
    public var asciiOnly: Bool
    /// The depth the styles were fitted to.
    public private(set) var depth: ColorDepth
    private var styles: [Style]

    public init(name: String, appearances: [ThemeRole: RoleAppearance], asciiOnly: Bool = false) {
        self.name = name
        self.appearances = appearances
        self.asciiOnly = asciiOnly
        depth = .palette256
        styles = []
        styles = ThemeRole.allCases.map { resolvedStyle($0, depth: .palette256) }
    }

    /// The style widgets use for `role`.
    public func style(_ role: ThemeRole) -> Style { styles[role.index] }

    /// This theme as a terminal with `depth` colors can show it. At `.none`, each
    /// role keeps only attributes (reverse, bold, underline), so focus and errors
    /// stay visible on monochrome kiosks and under `NO_COLOR`.
    public func fitted(to depth: ColorDepth) -> Theme {
        var copy = self
        copy.depth = depth
        copy.styles = ThemeRole.allCases.map { resolvedStyle($0, depth: depth) }
        return copy
    }

    /// True when no role uses a color: the theme reads the same on any terminal.
    public var isMonochrome: Bool {
        appearances.values.allSatisfy { $0.foreground == nil && $0.background == nil }
    }

    private func appearance(_ role: ThemeRole) -> RoleAppearance {
        var current: ThemeRole? = role
        while let r = current {
            if let found = appearances[r] { return found }
            current = r.fallback
        }
        return RoleAppearance()
    }

    private func resolvedStyle(_ role: ThemeRole, depth: ColorDepth) -> Style {
        let look = appearance(role)
        if depth == .none && !isMonochrome {
            let attributes = look.monochromeAttributes
                ?? BuiltinThemes.monochromeAttributes(role)
            return Style(attributes: attributes)
        }
        return Style(
            foreground: look.foreground?.fitted(to: depth),
            background: look.background?.fitted(to: depth),
            attributes: look.attributes)
    }
}
