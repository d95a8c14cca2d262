/// Why a TOML document could not be read, and where: the first problem only, because after a
/// syntax error the rest of the file cannot be trusted to mean what it seems to.
public struct TOMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line of the offending text.
    public let line: Int
    /// 1-based column, counted in Unicode scalars (tabs count as one), so it matches what an
    /// editor shows for ASCII files.
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}
