/// One value from a TOML document, together with where it was written, so code that checks the
/// meaning of a value (not just its syntax) can still point the user at the right line.
public struct TOMLValue: Equatable, Sendable {
    public enum Content: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public let content: Content
    /// 1-based line where the value starts (for a table from a `[header]`, the header's line).
    public let line: Int
    /// 1-based column where the value starts.
    public let column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    public var string: String? {
        if case .string(let value) = content { return value }
        return nil
    }

    public var integer: Int? {
        if case .integer(let value) = content { return value }
        return nil
    }

    public var boolean: Bool? {
        if case .boolean(let value) = content { return value }
        return nil
    }

    public var array: [TOMLValue]? {
        if case .array(let value) = content { return value }
        return nil
    }

    public var table: TOMLTable? {
        if case .table(let value) = content { return value }
        return nil
    }

    /// The value's type as an error message should name it ("expected a string, found an integer").
    public var kindDescription: String {
        switch content {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "a boolean"
        case .array: return "an array"
        case .table: return "a table"
        }
    }
}
