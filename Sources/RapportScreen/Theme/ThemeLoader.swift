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
/// leaves out is drawn in the terminal's plain style. TOMLKit parses the TOML (any valid TOML
/// spelling is fine); `ThemeReader` checks what it means, and anything it does not understand is
/// an error naming the file and key (a TOML syntax error: the file, line and column).
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
                return try ThemeReader.read(try readText(atPath: path), file: path, expectedName: name)
            }
        }
        if let source = BuiltinThemes.sources[name] {
            return try ThemeReader.read(source, file: builtinFile(name), expectedName: name)
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
        try ThemeReader.read(text, file: file, expectedName: nil)
    }

    /// Theme names become file names, so only a safe alphabet is allowed: no `/`, no `..`.
    public static func isValidThemeName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy(isNameScalar)
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

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }
}
