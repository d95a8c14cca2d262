/// The separator between fields: what the header line uses most of `,`, `;` and TAB outside
/// quotes (a European Excel writes `;` because `,` is its decimal mark).
public enum CSVDelimiter: String, CaseIterable, Hashable, Sendable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"

    var byte: UInt8 {
        switch self {
        case .comma: return UInt8(ascii: ",")
        case .semicolon: return UInt8(ascii: ";")
        case .tab: return UInt8(ascii: "\t")
        }
    }

    /// `,`, `;`, `tab` (or a TAB itself), as `--delimiter` takes them.
    public init?(argument: String) {
        switch argument.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "tab", "\\t": self = .tab
        default: return nil
        }
    }

    /// The delimiter of a header line, given the bytes from the start of the file; a line with
    /// none of them is one column, read with commas.
    static func detect(in head: ArraySlice<UInt8>) -> CSVDelimiter {
        var counts: [CSVDelimiter: Int] = [:]
        var quoted = false
        for byte in head {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            for delimiter in allCases where delimiter.byte == byte { counts[delimiter, default: 0] += 1 }
        }
        // On a tie the earlier of comma, semicolon, TAB wins.
        var best = CSVDelimiter.comma
        var bestCount = 0
        for delimiter in allCases where counts[delimiter, default: 0] > bestCount {
            best = delimiter
            bestCount = counts[delimiter, default: 0]
        }
        return best
    }
}
