import RapportCore
import RapportViewModel

/// Why a theme could not be loaded. Each description is one line that says what is wrong and
/// where. A TOML syntax error is at `file:line:column:`, TOMLKit's position, in the form editors
/// and terminals turn into links. Anything else names the file and the dotted key only: TOMLKit
/// gives no position for the values it returns, and finding one would mean reading the TOML a
/// second time by hand.
///
/// Keys and values in these messages are copied from the theme file, and TOML escapes can put
/// any character in them (`"\u001B[2J"`), so `description` passes through `TextSafety`:
/// the message goes to the status bar and to stderr, where an escape sequence would be obeyed
/// and a newline would break the one-line promise. `displayable`, not `oneLine`: the line
/// breaks are inside quoted keys and values, where "; " would read as the message's own.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No user or built-in theme has this name.
    case unknownTheme(name: String, available: [String])
    /// The name has characters a theme name may not have (it would otherwise be a path).
    case invalidThemeName(name: String, available: [String])
    /// The file is not valid TOML; line, column and message are TOMLKit's.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// A value is valid TOML but not a valid theme setting; `key` is its dotted path, e.g.
    /// `roles."selection".fg`.
    case badValue(file: String, key: String, message: String)
    /// A key under `[roles]` that is not a `ThemeRole`.
    case unknownRole(file: String, key: String)
    /// The file exists but cannot be read as UTF-8 text without NUL characters.
    case unreadableFile(path: String, reason: String)

    public var description: String { TextSafety.displayable(unsanitizedDescription) }

    private var unsanitizedDescription: String {
        switch self {
        case .unknownTheme(let name, let available):
            return "unknown theme '\(name)' — available: \(available.joined(separator: ", "))"
        case .invalidThemeName(let name, let available):
            return "invalid theme name '\(name)': use only letters, digits, '-' and '_' — available: "
                + available.joined(separator: ", ")
        case .syntax(let file, let line, let column, let message):
            return "\(file):\(line):\(column): \(message)"
        case .badValue(let file, let key, let message):
            return "\(file): \(key): \(message)"
        case .unknownRole(let file, let key):
            let hint =
                Self.closestRole(to: key).map { "did you mean \"\($0.rawValue)\"?" }
                ?? "see themes/default.toml for every role"
            return "\(file): roles.\"\(key)\": unknown role; \(hint)"
        case .unreadableFile(let path, let reason):
            return "cannot read theme file '\(path)': \(reason)"
        }
    }

    /// The role whose name is within a couple of edits of `key`: typos deserve a suggestion,
    /// anything further off is more likely a different idea and gets the list instead.
    static func closestRole(to key: String) -> ThemeRole? {
        ClosestName.closest(to: key, among: ThemeRole.allCases.map(\.rawValue)).flatMap(ThemeRole.init(rawValue:))
    }
}
