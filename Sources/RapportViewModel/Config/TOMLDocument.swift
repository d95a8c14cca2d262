import TOMLKit

/// What theme files and the config file share in reading TOML: the parse with its guards, and
/// how error messages name keys and value types. Lives on this floor because the config is
/// read here (the keymap is the view model's); the screen's theme reader uses it from below.
public enum TOMLDocument {
    /// Why a text is not a TOML document this program will read.
    public enum Problem: Error, Equatable, Sendable {
        /// A raw NUL byte: TOMLKit reads the text as a C string, so it would end the document
        /// there and the rest would be ignored without a word.
        case rawNUL
        /// Not valid TOML; position and message are TOMLKit's.
        case syntax(line: Int, column: Int, message: String)
        /// A key or string holds the escape `\u0000`; the path of keys leading to it.
        case escapedNUL(path: [String])
        /// TOMLKit failed some other way (it documents none).
        case other(String)
    }

    /// Parses `text`, refusing NUL in any form (see `TOMLNULFinder`).
    public static func parse(_ text: String) throws(Problem) -> TOMLTable {
        if text.unicodeScalars.contains("\0") { throw .rawNUL }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw .other("TOMLKit failed: \(error)")
        }
        if let path = TOMLNULFinder.firstNUL(in: table) { throw .escapedNUL(path: path) }
        return table
    }

    /// The message for a NUL escape, after the key path.
    public static let escapedNULMessage = "keys and strings may not contain U+0000 (\\u0000)"
    /// The reason given for a raw NUL byte.
    public static let rawNULReason = "it contains a NUL character (U+0000), which TOML does not allow"

    /// A table's keys and values side by side (both from one walk of the same table), in
    /// TOMLKit's order, which is sorted by key.
    public static func entries(of table: TOMLTable) -> [(key: String, value: TOMLValueConvertible)] {
        zip(table.keys, table.values).map { (key: $0, value: $1) }
    }

    /// A value's type as an error message names it ("expected a string, found an integer").
    public static func kind(of value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: return "a string"
        case .int: return "an integer"
        case .double: return "a floating-point number"
        case .bool: return "a boolean"
        case .date: return "a date"
        case .time: return "a time"
        case .dateTime: return "a date-time"
        case .array: return "an array"
        case .table: return "a table"
        }
    }

    /// A key as it would be written back in TOML, so a message's key path can be searched for.
    public static func quotedIfNeeded(_ key: String) -> String {
        isBareKey(key) ? key : "\"\(key)\""
    }

    /// Letters, digits, '-' and '_': a key TOML lets you write without quotes.
    public static func isBareKey(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
            default: return false
            }
        }
    }
}
