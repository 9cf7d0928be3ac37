import Foundation

/// Separators for showing numbers: `1 234 567,89` in Russia, `1,234,567.89` in the US.
public struct NumberFormat: Hashable, Sendable {
    public var decimalSeparator: Character
    public var groupingSeparator: Character

    public init(decimalSeparator: Character, groupingSeparator: Character) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
    }

    /// The separators of the user's locale (`LANG`/`LC_ALL`). A no-break space
    /// grouping separator is shown as a plain space.
    public static var current: NumberFormat { NumberFormat(locale: .current) }

    public init(locale: Locale) {
        let decimal = locale.decimalSeparator?.first ?? "."
        var grouping = locale.groupingSeparator?.first ?? " "
        if grouping == "\u{A0}" || grouping == "\u{202F}" { grouping = " " }
        if grouping == decimal { grouping = " " }
        self.init(decimalSeparator: decimal, groupingSeparator: grouping)
    }

    /// `1 234,5` style digits with grouping every three.
    public func group(_ digits: String) -> String {
        var result = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result.append(groupingSeparator) }
            result.append(d)
        }
        return result
    }
}
