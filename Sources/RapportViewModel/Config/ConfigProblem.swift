import RapportCore

/// One thing wrong in a config file, as one line naming the file, the line when TOMLKit gives
/// one (a syntax error), and the key: `config.toml: [keys] accounts.filtr: no such action in
/// accounts — try filter`. TOMLKit gives no position for the values it returns, so a wrong
/// value is placed by its key alone, as theme errors are.
///
/// Keys and values are copied from the file, where TOML escapes can put any character, so the
/// description passes through `TextSafety` (it goes to the status bar and to stderr).
public struct ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// Line and column of a syntax error.
    public let line: Int?
    public let column: Int?
    /// The key as the file writes it ("fiscal_year_start", "[keys] accounts.filter"); nil when
    /// the problem is the whole file.
    public let key: String?
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, key: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        let text = key.map { "\(place): \($0): \(message)" } ?? "\(place): \(message)"
        return TextSafety.displayable(text)
    }
}
