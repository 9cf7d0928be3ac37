import Foundation

/// Editing state of a numeric or money field, typed calculator-style.
///
/// Digits go to the integer part; the decimal separator (either `.` or `,`, and
/// the locale's own) moves on to the fraction; Backspace takes back the last
/// thing typed. The value is kept exactly, as minor units (kopecks for money
/// with two fraction digits), never as a floating-point number.
public struct NumericFieldState: Equatable, Sendable {
    public private(set) var integerDigits: String
    public private(set) var fractionDigits: String
    /// Whether typing goes to the fraction (the separator was typed).
    public private(set) var inFraction: Bool
    public private(set) var isNegative: Bool
    /// Digits after the separator: 2 for money, 0 for whole numbers.
    public let fractionLength: Int
    public let maxIntegerDigits: Int
    public let allowsNegative: Bool
    public var format: NumberFormat

    public init(
        minorUnits: Int64? = nil, fractionLength: Int = 2, maxIntegerDigits: Int = 12,
        allowsNegative: Bool = false, format: NumberFormat = .current
    ) {
        self.fractionLength = max(0, fractionLength)
        self.maxIntegerDigits = max(1, maxIntegerDigits)
        self.allowsNegative = allowsNegative
        self.format = format
        integerDigits = ""
        fractionDigits = ""
        inFraction = false
        isNegative = false
        if let minorUnits { self.minorUnits = minorUnits }
    }

    public var isEmpty: Bool { integerDigits.isEmpty && fractionDigits.isEmpty }

    /// The value in minor units (`123456` for 1 234,56 with two fraction digits);
    /// nil when empty. Setting it replaces what was typed.
    public var minorUnits: Int64? {
        get {
            guard !isEmpty else { return nil }
            let fraction = fractionDigits.padding(toLength: fractionLength, withPad: "0", startingAt: 0)
            guard let magnitude = Int64((integerDigits.isEmpty ? "0" : integerDigits) + fraction) else { return nil }
            return isNegative ? -magnitude : magnitude
        }
        set {
            inFraction = false
            guard let newValue else {
                integerDigits = ""
                fractionDigits = ""
                isNegative = false
                return
            }
            isNegative = newValue < 0 && allowsNegative
            var digits = String(newValue.magnitude)
            if digits.count <= fractionLength {
                digits = String(repeating: "0", count: fractionLength - digits.count + 1) + digits
            }
            let split = digits.index(digits.endIndex, offsetBy: -fractionLength)
            integerDigits = String(digits[..<split].drop(while: { $0 == "0" }))
            if integerDigits.isEmpty { integerDigits = "0" }
            if integerDigits.count > maxIntegerDigits { integerDigits = String(integerDigits.suffix(maxIntegerDigits)) }
            fractionDigits = String(digits[split...])
            while fractionDigits.last == "0" { fractionDigits.removeLast() }
        }
    }

    /// The value as a decimal number; nil when empty.
    public var decimalValue: Decimal? {
        minorUnits.map { Decimal($0) / pow(Decimal(10), fractionLength) }
    }

    /// The text shown: grouped integer part, the locale's separator, the fraction.
    /// While editing (`editing` true) only what was typed is shown; otherwise the
    /// fraction is padded (`1 234,50`).
    public func displayText(editing: Bool) -> String {
        guard !isEmpty || inFraction else { return "" }
        var text = isNegative ? "-" : ""
        text += format.group(integerDigits.isEmpty ? "0" : integerDigits)
        guard fractionLength > 0 else { return text }
        if editing {
            if inFraction || !fractionDigits.isEmpty { text += String(format.decimalSeparator) + fractionDigits }
        } else {
            text += String(format.decimalSeparator)
                + fractionDigits.padding(toLength: fractionLength, withPad: "0", startingAt: 0)
        }
        return text
    }

    public mutating func handle(_ key: Key) -> EditOutcome {
        switch key {
        case .character(let c) where c.isASCII && c.isWholeNumber: return typeDigit(c)
        case .character(let c) where c == "." || c == "," || c == format.decimalSeparator:
            guard fractionLength > 0, !inFraction else { return .rejected }
            inFraction = true
            if integerDigits.isEmpty { integerDigits = "0" }
            return .moved
        case .character("-") where allowsNegative:
            isNegative.toggle()
            return isEmpty ? .moved : .changed
        case .character(" "):
            return .unchanged  // a grouping space typed out of habit
        case .character: return .rejected
        case .backspace: return deleteLast()
        case .delete, .ctrl(.character("u")):
            guard !isEmpty || inFraction else { return .unchanged }
            minorUnits = nil
            return .changed
        default:
            return FieldNavigation.exit(for: key) ?? .ignored
        }
    }

    /// Pastes a number such as `1 234 567,89` or `1,234.5`: the last `.` or `,`
    /// followed by at most `fractionLength` digits is the decimal separator; other
    /// non-digits are skipped; what does not fit is dropped.
    public mutating func paste(_ text: String) -> EditOutcome {
        let clean = text.sanitizedForPaste(singleLine: true)
        let separatorIndex = clean.lastIndex(where: { $0 == "." || $0 == "," || $0 == format.decimalSeparator })
        var integer = clean[...], fraction = ""[...]
        if let separatorIndex, fractionLength > 0 {
            let tail = clean[clean.index(after: separatorIndex)...]
            if tail.allSatisfy({ $0.isASCII && $0.isWholeNumber }) && tail.count <= fractionLength {
                integer = clean[..<separatorIndex]
                fraction = tail
            }
        }
        let negative = allowsNegative && integer.trimmingCharacters(in: .whitespaces).hasPrefix("-")
        let integerDigits = String(integer.filter { $0.isASCII && $0.isWholeNumber }.drop(while: { $0 == "0" }))
        guard !integerDigits.isEmpty || !fraction.isEmpty || integer.contains("0") else { return .rejected }
        self.integerDigits = String(integerDigits.prefix(maxIntegerDigits))
        if self.integerDigits.isEmpty { self.integerDigits = "0" }
        fractionDigits = String(fraction)
        inFraction = !fraction.isEmpty
        isNegative = negative
        return .changed
    }

    private mutating func typeDigit(_ d: Character) -> EditOutcome {
        if inFraction {
            guard fractionDigits.count < fractionLength else { return .rejected }
            fractionDigits.append(d)
            return .changed
        }
        if integerDigits == "0" { integerDigits = "" }
        guard integerDigits.count < maxIntegerDigits else { return .rejected }
        if d == "0" && integerDigits.isEmpty {
            integerDigits = "0"
            return .changed
        }
        integerDigits.append(d)
        return .changed
    }

    private mutating func deleteLast() -> EditOutcome {
        if inFraction {
            if fractionDigits.isEmpty {
                inFraction = false
                return .moved
            }
            fractionDigits.removeLast()
            return .changed
        }
        guard !integerDigits.isEmpty else { return .unchanged }
        integerDigits.removeLast()
        if integerDigits.isEmpty && fractionDigits.isEmpty { isNegative = false }
        return .changed
    }

    /// Draws the number right-aligned in `rect`, leaving the last column for the cursor.
    public func render(into buffer: inout Buffer, at rect: Rect, theme: Theme, look: FieldLook) {
        guard !rect.isEmpty else { return }
        let style = theme.style(look.role)
        buffer.fill(rect.row(0), style: style)
        var text = displayText(editing: look.focused)
        let room = max(0, rect.width - 1)
        while DisplayWidth.of(text) > room, !text.isEmpty { text.removeFirst() }
        let width = DisplayWidth.of(text)
        buffer.put(text, x: rect.maxX - 1 - width, y: rect.y, style: style, sanitize: false)
        if look.focused { buffer.cursor = Point(x: rect.maxX - 1, y: rect.y) }
    }
}
