import TOMLKit

/// A theme file that could not be used, with where the problem is.
public struct ThemeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file path, or a description such as "built-in default".
    public var origin: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    public var column: Int?
    public var message: String

    public var description: String {
        var place = origin
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "theme \(place): \(message)"
    }
}

/// Turns theme TOML into a ``Theme``.
///
/// Format (see `themes/default.toml`): a top-level `name`, optionally `glyphs = "ascii"`
/// (no box-drawing characters; the name `ascii` is the default theme so), and a `[roles]` table with
/// one inline table per ``ThemeRole`` raw value: `fg`, `bg` (see ``Color/init(parsing:)``),
/// `attrs` and `mono` (lists of `bold`, `reverse`, `underline`, `dim`).
/// Unknown roles, keys, colors and attributes are errors, so a typo never silently
/// turns a highlight off.
public enum ThemeParser {
    public static func parse(_ text: String, origin: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(
                origin: origin, line: error.source.begin.line, column: error.source.begin.column,
                message: error.description)
        } catch {
            throw ThemeError(origin: origin, message: "\(error)")
        }
        func fail(_ message: String, near key: String) -> ThemeError {
            ThemeError(origin: origin, line: lineNumber(of: key, in: text), message: message)
        }

        guard let name = table["name"]?.string, !name.isEmpty else {
            throw fail("missing `name = \"...\"`", near: "name")
        }
        guard let roles = table["roles"]?.table else {
            throw fail("missing `[roles]` table", near: "[roles]")
        }
        var asciiOnly = false
        if let glyphs = table["glyphs"] {
            switch glyphs.string {
            case "ascii": asciiOnly = true
            case "unicode": asciiOnly = false
            default: throw fail("`glyphs` must be \"ascii\" or \"unicode\"", near: "glyphs")
            }
        }
        var appearances: [ThemeRole: RoleAppearance] = [:]
        for key in roles.keys {
            guard let role = ThemeRole(rawValue: key) else {
                let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown role `\(key)` (known: \(known))", near: key)
            }
            guard let entry = roles[key]?.table else {
                throw fail("role `\(key)` must be a table like { fg = \"white\" }", near: key)
            }
            appearances[role] = try appearance(entry, role: key, fail: fail)
        }
        return Theme(name: name, appearances: appearances, asciiOnly: asciiOnly)
    }

    private static func appearance(
        _ entry: TOMLTable, role: String, fail: (String, String) -> ThemeError
    ) throws(ThemeError) -> RoleAppearance {
        var look = RoleAppearance()
        for key in entry.keys {
            switch key {
            case "fg", "bg":
                guard let text = entry[key]?.string, let color = Color(parsing: text) else {
                    throw fail("role `\(role)`: `\(key)` is not a color name, 0-255 or #rrggbb", role)
                }
                let value: Color? = color == .terminalDefault ? nil : color
                if key == "fg" { look.foreground = value } else { look.background = value }
            case "attrs", "mono":
                let attributes = try attributeList(entry[key], role: role, key: key, fail: fail)
                if key == "attrs" { look.attributes = attributes } else { look.monochromeAttributes = attributes }
            default:
                throw fail("role `\(role)`: unknown key `\(key)` (use fg, bg, attrs, mono)", role)
            }
        }
        return look
    }

    private static func attributeList(
        _ value: TOMLValueConvertible?, role: String, key: String, fail: (String, String) -> ThemeError
    ) throws(ThemeError) -> TextAttributes {
        guard let array = value?.array else {
            throw fail("role `\(role)`: `\(key)` must be a list such as [\"bold\"]", role)
        }
        var attributes: TextAttributes = []
        for item in array {
            switch item.string {
            case "bold": attributes.insert(.bold)
            case "reverse": attributes.insert(.reverse)
            case "underline": attributes.insert(.underline)
            case "dim": attributes.insert(.dim)
            default:
                throw fail("role `\(role)`: unknown attribute in `\(key)` (use bold, reverse, underline, dim)", role)
            }
        }
        return attributes
    }

    /// The first line that starts with `key` (TOMLKit keeps no positions for values).
    static func lineNumber(of key: String, in text: String) -> Int? {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(key) { return number }
        }
        return nil
    }
}
