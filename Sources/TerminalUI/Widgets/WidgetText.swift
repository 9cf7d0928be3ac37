/// The words the widgets draw on their own (not the caller's labels): the empty
/// dropdown, yes/no and the enlarge notice.
///
/// Pure data, chosen once by the app from its language and handed to the widgets
/// where they draw (``SelectState/renderPopup(into:below:within:theme:text:)``,
/// ``CheckboxState/yesNo(_:text:)``, ``EnlargeNotice``…).
/// Where a parameter of this type has a default it is ``russian``, the library's
/// first language; an app that speaks another language passes its own.
public struct WidgetText: Equatable, Sendable {
    /// An open dropdown whose filter matches no option.
    public var noMatches: String
    public var yes: String
    public var no: String
    /// The enlarge notice's lines above the size line; the first is drawn as a title.
    public var enlarge: [String]
    /// The words before the needed and the current size in the notice's last line.
    public var enlargeNeed: String
    public var enlargeNow: String

    public init(noMatches: String, yes: String, no: String, enlarge: [String], enlargeNeed: String, enlargeNow: String) {
        self.noMatches = noMatches
        self.yes = yes
        self.no = no
        self.enlarge = enlarge
        self.enlargeNeed = enlargeNeed
        self.enlargeNow = enlargeNow
    }

    /// The enlarge notice's size line: `нужно 80×24, сейчас 60×20`.
    public func enlargeSizes(required: Size, current: Size) -> String {
        "\(enlargeNeed) \(required.columns)×\(required.rows), \(enlargeNow) \(current.columns)×\(current.rows)"
    }

    /// Russian: every word of it (the operator's language, the enlarge notice included). Keys
    /// typed while the form is hidden wait for it, and the notice says so.
    public static let russian = WidgetText(
        noMatches: "нет совпадений", yes: "Да", no: "Нет",
        enlarge: ["Увеличьте окно терминала", "Нажатое будет введено, когда окно станет больше"], enlargeNeed: "нужно", enlargeNow: "сейчас")

    public static let english = WidgetText(
        noMatches: "no matches", yes: "Yes", no: "No",
        enlarge: ["Enlarge the terminal", "What is typed goes in once it is larger"], enlargeNeed: "need", enlargeNow: "now")
}
