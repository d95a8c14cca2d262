import Foundation

/// Reads themes: the user's own files first, then the ones shipped inside the binary.
///
/// A theme file is TOML:
///
/// ```toml
/// name = "default"            # optional; when present it must match the file name
/// [palette]                   # named colours, defined once
/// surface = "#1e2030"
/// accent = "#7aa2f7"
/// red = "ansi:1"              # "#rrggbb", "ansi:0..15", "index:0..255" or "default"
/// [roles]                     # every key must be a ThemeRole raw value
/// "text" = {}
/// "pane.border.focused" = { fg = "accent", attrs = ["bold"] }
/// "selection" = { fg = "surface", bg = "accent", attrs = ["bold"] }
/// ```
///
/// `fg` and `bg` name a palette colour or spell a colour directly; `attrs` lists names from
/// `Style.Attributes.named`. Palette names use letters, digits, `-` and `_`, and may not be
/// `default`, so a value is never ambiguous between a palette name and a colour. A role the file
/// leaves out is drawn in the terminal's plain style. Anything the loader does not understand is
/// an error naming file, line and key, never silently ignored: a typo should not quietly turn a
/// warning colour off.
public enum ThemeLoader {
    /// The built-in default theme. Parsed once; if the embedded file were ever broken, a
    /// hard-coded attributes-only theme keeps the dashboard usable instead of crashing it.
    public static let defaultTheme: Theme = {
        guard let source = BuiltinThemes.sources["default"],
            let theme = try? parse(source, file: builtinFile("default"))
        else { return FallbackTheme.theme }
        return theme
    }()

    /// Loads `<userDirectory>/<name>.toml` if it exists, else the built-in theme of that name.
    public static func load(named name: String, userDirectory: String?) throws(ThemeError) -> Theme {
        guard isValidThemeName(name) else {
            throw .invalidThemeName(name: name, available: availableThemeNames(userDirectory: userDirectory))
        }
        if let userDirectory {
            let path =
                userDirectory.hasSuffix("/") ? userDirectory + name + ".toml" : userDirectory + "/" + name + ".toml"
            if FileManager.default.fileExists(atPath: path) {
                return try parse(try readText(atPath: path), file: path, expectedName: name)
            }
        }
        if let source = BuiltinThemes.sources[name] {
            return try parse(source, file: builtinFile(name), expectedName: name)
        }
        throw .unknownTheme(name: name, available: availableThemeNames(userDirectory: userDirectory))
    }

    /// Built-in theme names plus every `<name>.toml` in `userDirectory` with a valid name,
    /// sorted and without duplicates. An unreadable directory just adds nothing: listing themes
    /// is a hint, and `load` reports real problems with the file it is asked for.
    public static func availableThemeNames(userDirectory: String?) -> [String] {
        var names = Set(BuiltinThemes.sources.keys)
        if let userDirectory, let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) {
            for file in files where file.hasSuffix(".toml") {
                let name = String(file.dropLast(".toml".count))
                if isValidThemeName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// Parses theme file text. `file` is only used in error messages (and, when the file has
    /// no `name`, to name the theme after it).
    public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
        try parse(text, file: file, expectedName: nil)
    }

    /// Theme names become file names, so only a safe alphabet is allowed: no `/`, no `..`.
    public static func isValidThemeName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy(isNameScalar)
    }

    // MARK: - Parsing

    static func parse(_ text: String, file: String, expectedName: String?) throws(ThemeError) -> Theme {
        let document: TOMLDocument
        do throws(TOMLSyntaxError) {
            document = try TOMLDocument.parse(text)
        } catch {
            throw .syntax(file: file, line: error.line, column: error.column, message: error.message)
        }
        for (key, value) in document.root.entries where !["name", "palette", "roles"].contains(key) {
            throw .badValue(
                file: file, line: value.line, key: quotedIfNeeded(key),
                message: "unknown key; a theme has name, [palette] and [roles]")
        }
        let name = try themeName(in: document, file: file, expectedName: expectedName)
        let palette = try readPalette(document["palette"], file: file)
        var styles: [ThemeRole: Style] = [:]
        if let rolesValue = document["roles"] {
            let roles = try requireTable(rolesValue, file: file, key: "roles")
            for (key, value) in roles.entries {
                guard let role = ThemeRole(rawValue: key) else {
                    throw .unknownRole(file: file, line: value.line, key: key)
                }
                styles[role] = try readStyle(value, key: "roles.\"\(key)\"", palette: palette, file: file)
            }
        }
        return Theme(name: name, styles: styles)
    }

    private static func themeName(
        in document: TOMLDocument, file: String, expectedName: String?
    ) throws(ThemeError) -> String {
        guard let value = document["name"] else {
            return expectedName ?? fileStem(file)
        }
        guard let name = value.string else {
            throw .badValue(
                file: file, line: value.line, key: "name", message: "expected a string, found \(value.kindDescription)")
        }
        guard isValidThemeName(name) else {
            throw .badValue(
                file: file, line: value.line, key: "name",
                message: "'\(name)' is not a valid theme name (letters, digits, '-' and '_' only)")
        }
        if let expectedName, name != expectedName {
            throw .badValue(
                file: file, line: value.line, key: "name",
                message: "'\(name)' does not match the file name; set name = \"\(expectedName)\" or rename the file")
        }
        return name
    }

    private static func readPalette(_ value: TOMLValue?, file: String) throws(ThemeError) -> [String: Color] {
        guard let value else { return [:] }
        var palette: [String: Color] = [:]
        for (name, entry) in try requireTable(value, file: file, key: "palette").entries {
            let key = "palette.\(quotedIfNeeded(name))"
            guard isValidThemeName(name), name != "default" else {
                throw .badValue(
                    file: file, line: entry.line, key: key,
                    message: "palette names use letters, digits, '-' and '_', and may not be 'default'")
            }
            guard let spec = entry.string else {
                throw .badValue(
                    file: file, line: entry.line, key: key,
                    message: "expected a colour string, found \(entry.kindDescription)")
            }
            guard let color = Color(themeSpec: spec) else {
                throw .badValue(
                    file: file, line: entry.line, key: key,
                    message: "'\(spec)' is not a colour (use \(Color.themeSpecForms))")
            }
            palette[name] = color
        }
        return palette
    }

    private static func readStyle(
        _ value: TOMLValue, key: String, palette: [String: Color], file: String
    ) throws(ThemeError) -> Style {
        guard let table = value.table else {
            throw .badValue(
                file: file, line: value.line, key: key,
                message:
                    "expected an inline table such as { fg = \"accent\", attrs = [\"bold\"] }, found \(value.kindDescription)"
            )
        }
        var style = Style()
        for (field, entry) in table.entries {
            let fieldKey = "\(key).\(quotedIfNeeded(field))"
            switch field {
            case "fg":
                style.foreground = try resolveColor(entry, key: fieldKey, palette: palette, file: file)
            case "bg":
                style.background = try resolveColor(entry, key: fieldKey, palette: palette, file: file)
            case "attrs":
                style.attributes = try readAttributes(entry, key: fieldKey, file: file)
            default:
                throw .badValue(
                    file: file, line: entry.line, key: fieldKey, message: "unknown key; a role has fg, bg and attrs")
            }
        }
        return style
    }

    private static func resolveColor(
        _ value: TOMLValue, key: String, palette: [String: Color], file: String
    ) throws(ThemeError) -> Color {
        guard let spec = value.string else {
            throw .badValue(
                file: file, line: value.line, key: key,
                message: "expected a palette name or colour string, found \(value.kindDescription)")
        }
        if let color = palette[spec] ?? Color(themeSpec: spec) { return color }
        throw .badValue(file: file, line: value.line, key: key, message: "'\(spec)' is not a palette name or colour")
    }

    private static func readAttributes(_ value: TOMLValue, key: String, file: String) throws(ThemeError)
        -> Style.Attributes
    {
        guard let elements = value.array else {
            throw .badValue(
                file: file, line: value.line, key: key,
                message: "expected an array such as [\"bold\"], found \(value.kindDescription)")
        }
        var attributes: Style.Attributes = []
        for element in elements {
            let name = element.string
            guard let attribute = Style.Attributes.named.first(where: { $0.0 == name })?.1 else {
                let known = Style.Attributes.named.map(\.0).joined(separator: ", ")
                let found = name.map { "'\($0)'" } ?? element.kindDescription
                throw .badValue(
                    file: file, line: element.line, key: key, message: "\(found) is not an attribute (\(known))")
            }
            attributes.insert(attribute)
        }
        return attributes
    }

    private static func requireTable(_ value: TOMLValue, file: String, key: String) throws(ThemeError) -> TOMLTable {
        guard let table = value.table else {
            throw .badValue(
                file: file, line: value.line, key: key, message: "expected a table, found \(value.kindDescription)")
        }
        return table
    }

    // MARK: - Files and names

    private static func readText(atPath path: String) throws(ThemeError) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unreadableFile(path: path, reason: "it is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, reason: "it cannot be opened; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadableFile(path: path, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// How built-in themes are named in messages: the repository path they were embedded from.
    static func builtinFile(_ name: String) -> String { "themes/\(name).toml" }

    private static func fileStem(_ file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".toml") ? String(last.dropLast(".toml".count)) : last
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    /// Keys as they would be written back in TOML, so a message's key path can be searched for.
    private static func quotedIfNeeded(_ key: String) -> String {
        isValidThemeName(key) ? key : "\"\(key)\""
    }
}
