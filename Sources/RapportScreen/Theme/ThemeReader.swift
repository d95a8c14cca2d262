import RapportViewModel
import TOMLKit

/// Reads the text of one theme file into a `Theme`: TOMLKit parses the TOML, this checks that
/// every key and value means something to a theme (see `ThemeLoader` for the format).
///
/// Anything it does not understand is an error naming file and key, never silently ignored: a
/// typo should not quietly turn a warning colour off. TOMLKit returns a table's keys sorted and
/// says nothing of where they were written, so the first problem reported is the first in key
/// order, the same on every run.
struct ThemeReader {
    private let file: String

    static func read(_ text: String, file: String, expectedName: String?) throws(ThemeError) -> Theme {
        let root: TOMLTable
        do {
            root = try TOMLDocument.parse(text)
        } catch {
            switch error {
            case .rawNUL: throw .unreadableFile(path: file, reason: TOMLDocument.rawNULReason)
            case .syntax(let line, let column, let message): throw .syntax(file: file, line: line, column: column, message: message)
            case .escapedNUL(let path):
                throw .badValue(file: file, key: path.map(quotedIfNeeded).joined(separator: "."), message: TOMLDocument.escapedNULMessage)
            case .other(let reason): throw .unreadableFile(path: file, reason: reason)
            }
        }
        return try ThemeReader(file: file).theme(from: root, expectedName: expectedName)
    }

    // MARK: - The theme

    private func theme(from root: TOMLTable, expectedName: String?) throws(ThemeError) -> Theme {
        for entry in entries(of: root) where !["name", "palette", "roles"].contains(entry.key) {
            throw badValue(key: Self.quotedIfNeeded(entry.key), "unknown key; a theme has name, [palette] and [roles]")
        }
        let name = try themeName(root["name"], expectedName: expectedName)
        let palette = try readPalette(root["palette"])
        var styles: [ThemeRole: Style] = [:]
        if let rolesValue = root["roles"] {
            let roles = try requireTable(rolesValue, key: "roles")
            for entry in entries(of: roles) {
                guard let role = ThemeRole(rawValue: entry.key) else {
                    throw .unknownRole(file: file, key: entry.key)
                }
                styles[role] = try readStyle(entry, palette: palette)
            }
        }
        return Theme(name: name, styles: styles)
    }

    private func themeName(_ value: TOMLValueConvertible?, expectedName: String?) throws(ThemeError) -> String {
        guard let value else { return expectedName ?? Self.fileStem(file) }
        guard let name = value.string else {
            throw badValue(key: "name", "expected a string, found \(Self.kind(of: value))")
        }
        guard ThemeLoader.isValidThemeName(name) else {
            throw badValue(
                key: "name", "'\(name)' is not a valid theme name (letters, digits, '-' and '_' only)")
        }
        if let expectedName, name != expectedName {
            throw badValue(
                key: "name",
                "'\(name)' does not match the file name; set name = \"\(expectedName)\" or rename the file")
        }
        return name
    }

    private func readPalette(_ value: TOMLValueConvertible?) throws(ThemeError) -> [String: Color] {
        guard let value else { return [:] }
        let table = try requireTable(value, key: "palette")
        var palette: [String: Color] = [:]
        for entry in entries(of: table) {
            let key = "palette.\(Self.quotedIfNeeded(entry.key))"
            guard ThemeLoader.isValidThemeName(entry.key), entry.key != "default" else {
                throw badValue(
                    key: key, "palette names use letters, digits, '-' and '_', and may not be 'default'")
            }
            guard let spec = entry.value.string else {
                throw badValue(key: key, "expected a colour string, found \(Self.kind(of: entry.value))")
            }
            guard let color = Color(themeSpec: spec) else {
                throw badValue(key: key, "'\(spec)' is not a colour (use \(Color.themeSpecForms))")
            }
            palette[entry.key] = color
        }
        return palette
    }

    private func readStyle(_ role: Entry, palette: [String: Color]) throws(ThemeError) -> Style {
        let key = "roles.\"\(role.key)\""
        guard let table = role.value.table else {
            throw badValue(
                key: key,
                "expected an inline table such as { fg = \"accent\", attrs = [\"bold\"] }, found \(Self.kind(of: role.value))"
            )
        }
        var style = Style()
        for field in entries(of: table) {
            let fieldKey = "\(key).\(Self.quotedIfNeeded(field.key))"
            switch field.key {
            case "fg":
                style.foreground = try resolveColor(field, key: fieldKey, palette: palette)
            case "bg":
                style.background = try resolveColor(field, key: fieldKey, palette: palette)
            case "attrs":
                style.attributes = try readAttributes(field, key: fieldKey)
            default:
                throw badValue(key: fieldKey, "unknown key; a role has fg, bg and attrs")
            }
        }
        return style
    }

    private func resolveColor(_ entry: Entry, key: String, palette: [String: Color]) throws(ThemeError) -> Color {
        guard let spec = entry.value.string else {
            throw badValue(key: key, "expected a palette name or colour string, found \(Self.kind(of: entry.value))")
        }
        if let color = palette[spec] ?? Color(themeSpec: spec) { return color }
        throw badValue(key: key, "'\(spec)' is not a palette name or colour")
    }

    private func readAttributes(_ entry: Entry, key: String) throws(ThemeError) -> Style.Attributes {
        guard let elements = entry.value.array else {
            throw badValue(key: key, "expected an array such as [\"bold\"], found \(Self.kind(of: entry.value))")
        }
        var attributes: Style.Attributes = []
        for element in elements {
            let name = element.string
            guard let attribute = Style.Attributes.named.first(where: { $0.0 == name })?.1 else {
                let known = Style.Attributes.named.map(\.0).joined(separator: ", ")
                let found = name.map { "'\($0)'" } ?? Self.kind(of: element)
                throw badValue(key: key, "\(found) is not an attribute (\(known))")
            }
            attributes.insert(attribute)
        }
        return attributes
    }

    private func requireTable(_ value: TOMLValueConvertible, key: String) throws(ThemeError) -> TOMLTable {
        guard let table = value.table else {
            throw badValue(key: key, "expected a table, found \(Self.kind(of: value))")
        }
        return table
    }

    // MARK: - Entries

    private struct Entry {
        let key: String
        let value: TOMLValueConvertible
    }

    private func entries(of table: TOMLTable) -> [Entry] {
        TOMLDocument.entries(of: table).map { Entry(key: $0.key, value: $0.value) }
    }

    private func badValue(key: String, _ message: String) -> ThemeError {
        .badValue(file: file, key: key, message: message)
    }

    // MARK: - Names

    private static func kind(of value: TOMLValueConvertible) -> String { TOMLDocument.kind(of: value) }

    private static func quotedIfNeeded(_ key: String) -> String { TOMLDocument.quotedIfNeeded(key) }

    private static func fileStem(_ file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".toml") ? String(last.dropLast(".toml".count)) : last
    }
}
