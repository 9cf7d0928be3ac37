extension String {
    /// The text without leading and trailing white space and line breaks: the same as
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` (the Unicode White_Space
    /// property is exactly general category Z* plus U+0009–U+000D and U+0085; Foundation on
    /// Linux counts U+200B ZERO WIDTH SPACE too), without bridging to NSString. Forms check
    /// a field on every key press.
    var trimmingWhitespace: String {
        trimming { $0.properties.isWhitespace || $0 == "\u{200B}" }
    }

    /// The text without leading and trailing spaces and tabs: Foundation's
    /// `trimmingCharacters(in: .whitespaces)` (general category Zs, U+0009 and U+200B).
    var trimmingSpaces: String {
        trimming { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        // Typed field text rarely has any: answer with one look at each end.
        if let first = scalars.first, let last = scalars.last, !isTrimmed(first), !isTrimmed(last) {
            return String(self)
        }
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }),
              let end = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
