/// Why a CSV file could not be read. Every case names where (line, and the column or byte
/// where it applies) and says what was expected; `ImportError` adds the file's name.
public enum CSVReadError: Error, Hashable, Sendable, CustomStringConvertible {
    case emptyFile
    /// A NUL byte: a spreadsheet, an image or a database, not text.
    case notText(line: Int, byte: Int)
    case unterminatedQuote(line: Int, column: Int)
    /// Text right after a closing quote: `"Acme"x`.
    case textAfterClosingQuote(line: Int, column: Int)
    /// A quote inside a field that did not start with one: `Ac"me`.
    case strayQuote(line: Int, column: Int)
    case fieldTooLarge(line: Int, column: Int, limitBytes: Int)
    case raggedRow(line: Int, expected: Int, found: Int)
    case invalidUTF8(line: Int, byte: Int)

    public var description: String {
        switch self {
        case .emptyFile:
            return "the file is empty — expected a header line naming the columns, then one line per record"
        case .notText(let line, let byte):
            return "line \(line), byte \(byte): a NUL byte — this is not a CSV text file (a spreadsheet? export it as CSV first)"
        case .unterminatedQuote(let line, let column):
            return "line \(line), column \(column): the quote that opens this field is never closed — expected a closing \" before the end of the file"
        case .textAfterClosingQuote(let line, let column):
            return "line \(line), column \(column): text after a closing quote — expected a delimiter or the end of the line (write a quote inside a quoted field as \"\")"
        case .strayQuote(let line, let column):
            return "line \(line), column \(column): a quote inside an unquoted field — expected the whole field in quotes, with the quote doubled (\"5\"\" screen\")"
        case .fieldTooLarge(let line, let column, let limit):
            return "line \(line), column \(column): the field is larger than \(limit / 1_048_576) MB — expected short values (is a quote left open?)"
        case .raggedRow(let line, let expected, let found):
            return "line \(line): \(found) field\(found == 1 ? "" : "s") where the header has \(expected) — every row needs one field per column"
        case .invalidUTF8(let line, let byte):
            return "line \(line), byte \(byte): not valid UTF-8 — if the file comes from Excel on Windows, pass --encoding windows-1252 (or latin1)"
        }
    }
}
