/// A TOML table: keys in the order the document wrote them, so whoever validates the contents
/// reports the first problem in reading order rather than in hash order.
public struct TOMLTable: Equatable, Sendable {
    public private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    public init() {}

    public subscript(key: String) -> TOMLValue? { values[key] }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Every key with its value, in document order.
    public var entries: [(key: String, value: TOMLValue)] {
        keys.compactMap { key in values[key].map { (key, $0) } }
    }

    /// The table at `path` below this one, if every step is a table.
    public func table(at path: some Collection<String>) -> TOMLTable? {
        var current = self
        for key in path {
            guard let next = current[key]?.table else { return nil }
            current = next
        }
        return current
    }

    /// Adds a new key. The parser rejects duplicates before calling this, so an existing key is
    /// a programming error, not a user error; it keeps its first value and order.
    mutating func insert(_ value: TOMLValue, forKey key: String) {
        guard values[key] == nil else { return }
        keys.append(key)
        values[key] = value
    }

    /// Runs `body` on the table at `path`, creating missing tables along the way at `line` and
    /// `column` (where the header that needed them was written). The parser has already checked
    /// that nothing on the path is a non-table value.
    mutating func modifyTable(
        at path: ArraySlice<String>, line: Int, column: Int, _ body: (inout TOMLTable) -> Void
    ) {
        guard let key = path.first else {
            body(&self)
            return
        }
        let existing = values[key]
        var child = existing?.table ?? TOMLTable()
        // Drop our reference first so the child is uniquely owned and mutates in place.
        values[key] = nil
        child.modifyTable(at: path.dropFirst(), line: line, column: column, body)
        if existing == nil { keys.append(key) }
        values[key] = TOMLValue(.table(child), line: existing?.line ?? line, column: existing?.column ?? column)
    }
}
