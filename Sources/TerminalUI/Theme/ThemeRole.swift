/// What a piece of the screen is, so a theme can say how it looks.
public enum ThemeRole: String, CaseIterable, Sendable {
    /// Plain text and the screen background.
    case text
    /// A field's label.
    case label
    /// An input field that does not have the focus.
    case field
    /// The input field being typed into.
    case focusedField = "focused_field"
    /// A field whose value failed validation.
    case fieldError = "field_error"
    /// The mark next to the label of a required field.
    case requiredMarker = "required_marker"
    /// The status line.
    case status
    /// The status line while it shows an error.
    case statusError = "status_error"
    /// The function-key legend line.
    case legend
    /// Key names inside the legend (`F2`).
    case legendKey = "legend_key"
    /// Screen and box titles, form section headings.
    case title
    /// Box frames and separators.
    case border
    /// The highlighted row of a list or dropdown.
    case selection
    /// Fields that cannot be edited right now.
    case disabled

    /// The role used when a theme file leaves this one out.
    var fallback: ThemeRole? {
        switch self {
        case .text: return nil
        case .statusError: return .fieldError
        case .legendKey: return .legend
        default: return .text
        }
    }

    /// Position in the theme's style table (the order of `allCases`).
    var index: Int {
        switch self {
        case .text: return 0
        case .label: return 1
        case .field: return 2
        case .focusedField: return 3
        case .fieldError: return 4
        case .requiredMarker: return 5
        case .status: return 6
        case .statusError: return 7
        case .legend: return 8
        case .legendKey: return 9
        case .title: return 10
        case .border: return 11
        case .selection: return 12
        case .disabled: return 13
        }
    }
}
