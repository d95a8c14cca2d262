/// An import that cannot go ahead, as a whole (a problem with one row is an `ImportProblem`).
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    case mapping(String)
    case read(file: String, CSVReadError)
    case other(String)

    public var description: String {
        switch self {
        case .mapping(let text): return text
        case .read(let file, let error): return "\(file): \(error)"
        case .other(let text): return text
        }
    }
}

/// One row that cannot be imported: where, and why.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    /// The CSV column (from 1) and its header, when the problem is one field's.
    public let column: Int?
    public let header: String?
    public let message: String

    public init(line: Int, column: Int? = nil, header: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.header = header
        self.message = message
    }

    public var description: String {
        guard let column else { return "line \(line): \(message)" }
        return "line \(line), column \(column)\(header.map { " (\($0))" } ?? ""): \(message)"
    }
}
