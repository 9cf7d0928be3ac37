import Foundation

/// A form section the scripted operator types into, with its focus order as labels.
enum ScriptSection: String {
    case person, passport

    /// The Alt key that opens it.
    var hotkey: String { self == .person ? "M-1" : "M-2" }
    /// Its name in the title bar: "Новая заявка · Клиент".
    var title: String { self == .person ? "Клиент" : "Паспорт" }
    /// Focus stops from the section's top, as far as the script goes.
    var labels: [String] {
        switch self {
        case .person:
            return ["Фамилия", "Имя", "Отчество", "Пол", "Дата рождения", "Место рождения", "Гражданство",
                    "Мобильный телефон", "Электронная почта", "ИНН", "СНИЛС"]
        case .passport:
            return ["Серия", "Номер", "Дата выдачи", "Кем выдан", "Код подразделения", "Действует до"]
        }
    }
}

/// One field the operator fills: what is typed, and how it then reads on screen and in the
/// draft (masks add their dots and dashes).
struct ScriptField {
    let section: ScriptSection
    let label: String
    /// The draft's key (the field path).
    let path: String
    let keys: String
    let shown: String
    /// Fixed length: focus moves on by itself after the last character.
    let movesOn: Bool
    /// The draft's text: as shown, except where only digits are kept (phone, SNILS).
    let stored: String

    init(section: ScriptSection, label: String, path: String, keys: String, shown: String, movesOn: Bool,
         stored: String? = nil) {
        self.section = section
        self.label = label
        self.path = path
        self.keys = keys
        self.shown = shown
        self.movesOn = movesOn
        self.stored = stored ?? shown
    }

    /// The client the kill test keys in, in typing order.
    static let killTestClient: [ScriptField] = [
        .init(section: .person, label: "Фамилия", path: "lastName", keys: "Кузнецова", shown: "Кузнецова", movesOn: false),
        .init(section: .person, label: "Имя", path: "firstName", keys: "Анна", shown: "Анна", movesOn: false),
        .init(section: .person, label: "Отчество", path: "patronymic", keys: "Сергеевна", shown: "Сергеевна", movesOn: false),
        .init(section: .person, label: "Дата рождения", path: "birthDate", keys: "14031990", shown: "14.03.1990", movesOn: true),
        .init(section: .person, label: "Место рождения", path: "birthPlace", keys: "Екатеринбург", shown: "Екатеринбург", movesOn: false),
        .init(section: .person, label: "Мобильный телефон", path: "mobilePhone", keys: "9123456789", shown: "+7 (912) 345-67-89", movesOn: true,
              stored: "79123456789"),
        .init(section: .person, label: "Электронная почта", path: "email", keys: "anna.k@example.ru", shown: "anna.k@example.ru", movesOn: false),
        .init(section: .person, label: "СНИЛС", path: "snils", keys: "11223344595", shown: "112-233-445 95", movesOn: true,
              stored: "11223344595"),
        .init(section: .passport, label: "Серия", path: "passport.seria", keys: "6509", shown: "6509", movesOn: true),
        .init(section: .passport, label: "Номер", path: "passport.no", keys: "482913", shown: "482913", movesOn: true),
        .init(section: .passport, label: "Дата выдачи", path: "passport.issueDate", keys: "21042010", shown: "21.04.2010", movesOn: true),
        .init(section: .passport, label: "Кем выдан", path: "passport.manager", keys: "ОУФМС по Свердловской обл.", shown: "ОУФМС по Свердловской обл.", movesOn: false),
        .init(section: .passport, label: "Код подразделения", path: "passport.subdivisionCode", keys: "660004", shown: "660-004", movesOn: true),
        .init(section: .passport, label: "Действует до", path: "passport.closeDate", keys: "21042035", shown: "21.04.2035", movesOn: true),
    ]

    /// Whether `value` could be this field part-typed: its letters and digits are a prefix of
    /// the full value's (masks show `_` for what is missing). Empty counts.
    func isPrefix(_ value: String) -> Bool {
        let have = value.filter { $0.isLetter || $0.isNumber }
        let want = shown.filter { $0.isLetter || $0.isNumber }
        return want.hasPrefix(have)
    }
}

/// Reading field values off a form screen (`label ... value` after the section list's `│`).
enum FormScreen {
    /// The value on the line of `label`, "" when empty or only a blank mask; nil when the
    /// label is not on screen.
    static func value(of label: String, in screen: String) -> String? {
        for line in screen.components(separatedBy: "\n") {
            guard let bar = line.firstIndex(of: "│") else { continue }
            // Past the gutter: spaces and a field's mark ("!" for a problem).
            let form = line[line.index(after: bar)...].drop { !$0.isLetter }
            guard form.hasPrefix(label) else { continue }
            var rest = form.dropFirst(label.count)
            if rest.first == "*" { rest = rest.dropFirst() }
            guard rest.isEmpty || rest.first == " " else { continue }  // "Номер" must not match "Номера"
            var text = rest.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("▾") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
            return isBlankMask(text) ? "" : text
        }
        return nil
    }

    /// A mask with nothing typed into it: `__.__.____`, `+7 (___) ___-__-__`.
    static func isBlankMask(_ text: String) -> Bool {
        let rest = text.hasPrefix("+7 (") ? String(text.dropFirst(4)) : text
        return rest.allSatisfy { "_.-() ".contains($0) }
    }

    /// The label of the focused field (the cursor's line), among `labels`.
    static func focusedLabel(_ cursorLine: String, among labels: [String]) -> String? {
        guard let bar = cursorLine.firstIndex(of: "│") else { return nil }
        let form = cursorLine[cursorLine.index(after: bar)...].drop { !$0.isLetter }
        return labels.filter { label in
            form.hasPrefix(label) && (form.dropFirst(label.count).first.map { $0 == " " || $0 == "*" } ?? true)
        }.max { $0.count < $1.count }
    }
}

