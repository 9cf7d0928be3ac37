/// The words the widgets draw on their own (not the caller's labels): the empty
/// dropdown, the empty list, yes/no, the error title, the date field's complaints
/// and the enlarge notice.
///
/// Pure data, chosen once by the app from its language and handed to the widgets
/// where they draw (``SelectState/renderPopup(into:below:within:theme:text:)``,
/// ``ListEditorState/render(into:at:theme:look:text:)``, ``EnlargeNotice``…).
/// Where a parameter of this type has a default it is ``russian``, the library's
/// first language; an app that speaks another language passes its own.
public struct WidgetText: Equatable, Sendable {
    /// An open dropdown whose filter matches no option.
    public var noMatches: String
    /// A list with no rows, not focused.
    public var emptyList: String
    /// A list with no rows, focused: says how to add one.
    public var emptyListAddHint: String
    public var yes: String
    public var no: String
    /// The title of an error dialog.
    public var errorTitle: String
    /// A date field with fewer than eight digits.
    public var dateIncomplete: String
    /// A date field holding a day that does not exist (31.02).
    public var dateInvalid: String
    /// The enlarge notice's lines above the size line; the first is drawn as a title.
    public var enlarge: [String]
    /// The words before the needed and the current size in the notice's last line.
    public var enlargeNeed: String
    public var enlargeNow: String

    public init(
        noMatches: String, emptyList: String, emptyListAddHint: String, yes: String, no: String, errorTitle: String,
        dateIncomplete: String, dateInvalid: String, enlarge: [String], enlargeNeed: String, enlargeNow: String
    ) {
        self.noMatches = noMatches
        self.emptyList = emptyList
        self.emptyListAddHint = emptyListAddHint
        self.yes = yes
        self.no = no
        self.errorTitle = errorTitle
        self.dateIncomplete = dateIncomplete
        self.dateInvalid = dateInvalid
        self.enlarge = enlarge
        self.enlargeNeed = enlargeNeed
        self.enlargeNow = enlargeNow
    }

    /// The enlarge notice's size line: `нужно 80×24, сейчас 60×20`.
    public func enlargeSizes(required: Size, current: Size) -> String {
        "\(enlargeNeed) \(required.columns)×\(required.rows), \(enlargeNow) \(current.columns)×\(current.rows)"
    }

    /// Russian. The enlarge notice also says it in English, for whoever is called
    /// to a kiosk whose window shrank.
    public static let russian = WidgetText(
        noMatches: "нет совпадений", emptyList: "нет строк", emptyListAddHint: "нет строк — Ins: добавить",
        yes: "Да", no: "Нет", errorTitle: "Ошибка",
        dateIncomplete: "Дата неполная: ДД.ММ.ГГГГ", dateInvalid: "Такой даты нет",
        enlarge: ["Увеличьте окно терминала", "Enlarge the terminal"], enlargeNeed: "нужно", enlargeNow: "сейчас")

    public static let english = WidgetText(
        noMatches: "no matches", emptyList: "no rows", emptyListAddHint: "no rows — Ins: add",
        yes: "Yes", no: "No", errorTitle: "Error",
        dateIncomplete: "Incomplete date: DD.MM.YYYY", dateInvalid: "No such date",
        enlarge: ["Enlarge the terminal"], enlargeNeed: "need", enlargeNow: "now")
}
