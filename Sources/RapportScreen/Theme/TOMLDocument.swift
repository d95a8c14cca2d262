/// A parsed TOML document, from the small strict subset of TOML that Rapport's own files use.
///
/// Supported: `#` comments, blank lines, `[table]` and `[dotted.table]` headers, bare keys
/// (`A-Za-z0-9_-`) and quoted keys (`"pane.border.focused"`, `'literal'`), basic strings with
/// `\" \\ \b \t \n \f \r \uXXXX \UXXXXXXXX` escapes, literal strings, decimal integers, booleans,
/// arrays (which may span lines and end with a comma) and one-line inline tables.
///
/// Everything else (floats, dates, multi-line strings, dotted keys outside headers, `[[arrays of
/// tables]]`) is refused with a message that says so, rather than half-understood: a theme or
/// keymap that silently means something else is worse than one that fails to load.
public struct TOMLDocument: Equatable, Sendable {
    public let root: TOMLTable

    public init(root: TOMLTable) {
        self.root = root
    }

    public subscript(key: String) -> TOMLValue? { root[key] }

    /// The table at a dotted path such as `["roles"]`, if every step is a table.
    public func table(_ path: String...) -> TOMLTable? { root.table(at: path) }

    public static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLDocument {
        var parser = TOMLParser(text)
        return TOMLDocument(root: try parser.parseDocument())
    }
}

/// A recursive-descent parser over Unicode scalars. Scalars rather than Characters, because a
/// combining mark after a quote would otherwise fuse with it into one Character and hide it.
private struct TOMLParser {
    private struct Mark {
        let line: Int
        let column: Int
    }

    /// A table that a `[header]` made, as opposed to an inline table (which is closed once
    /// written) or an ordinary value.
    private struct HeaderTable {
        /// Where the table was defined, or first implied until it is defined.
        var line: Int
        /// False when the table only exists because a deeper header (`[a.b]`) implied it; TOML
        /// lets such a table be defined explicitly once afterwards.
        var explicit: Bool
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var root = TOMLTable()
    private var currentPath: [String] = []
    private var headerTables: [[String]: HeaderTable] = [[]: HeaderTable(line: 1, explicit: true)]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    // MARK: - Document structure

    mutating func parseDocument() throws(TOMLSyntaxError) -> TOMLTable {
        // Editors on some systems still write a byte-order mark; it carries no meaning.
        if peek() == "\u{FEFF}" {
            index += 1
            lineStart = index
        }
        while !atEnd {
            skipSpaces()
            if atEnd { break }
            if consumeNewline() { continue }
            if peek() == "#" {
                try skipComment()
                continue
            }
            if peek() == "[" {
                try parseTableHeader()
                try expectEndOfLine(after: "table header")
            } else {
                try parseKeyValue()
                try expectEndOfLine(after: "value")
            }
        }
        return root
    }

    private mutating func parseTableHeader() throws(TOMLSyntaxError) {
        let open = mark
        index += 1
        if peek() == "[" { throw error("arrays of tables ([[...]]) are not supported", at: open) }
        skipSpaces()
        var path = [try parseKey()]
        while true {
            skipSpaces()
            guard peek() == "." else { break }
            index += 1
            skipSpaces()
            path.append(try parseKey())
        }
        guard peek() == "]" else {
            throw error("expected ']' to close the table header, found \(describe(peek()))")
        }
        index += 1
        try defineTable(path, at: open)
        currentPath = path
    }

    /// Checks a header's path against what the document already holds, then creates the table.
    private mutating func defineTable(_ path: [String], at open: Mark) throws(TOMLSyntaxError) {
        for depth in 1...path.count {
            let prefix = Array(path[0..<depth])
            let isLast = depth == path.count
            guard let existing = root.table(at: prefix.dropLast())?[prefix[prefix.count - 1]] else {
                headerTables[prefix] = HeaderTable(line: open.line, explicit: isLast)
                continue
            }
            let name = displayPath(prefix)
            guard existing.table != nil else {
                throw error(
                    "'\(name)' is already defined on line \(existing.line) as \(existing.kindDescription), not a table",
                    at: open)
            }
            guard var header = headerTables[prefix] else {
                throw error(
                    "cannot add to '\(name)': it is an inline table (line \(existing.line)), which is complete as written",
                    at: open)
            }
            if isLast {
                if header.explicit {
                    throw error("table [\(name)] is already defined on line \(header.line)", at: open)
                }
                header.explicit = true
                header.line = open.line
                headerTables[prefix] = header
            }
        }
        root.modifyTable(at: path[...], line: open.line, column: open.column) { _ in }
    }

    private mutating func parseKeyValue() throws(TOMLSyntaxError) {
        let keyMark = mark
        let key = try parseKey()
        try expectEquals()
        let value = try parseValue()
        let existing = root.table(at: currentPath)?[key]
        if let existing {
            throw error("duplicate key '\(key)' (first defined on line \(existing.line))", at: keyMark)
        }
        root.modifyTable(at: currentPath[...], line: keyMark.line, column: keyMark.column) { table in
            table.insert(value, forKey: key)
        }
    }

    /// After a key: optional spaces, then `=` and optional spaces. A dot here is a dotted key,
    /// which this subset only allows in headers; say so instead of a puzzling "expected '='".
    private mutating func expectEquals() throws(TOMLSyntaxError) {
        skipSpaces()
        if peek() == "." {
            throw error(
                "dotted keys are only supported in [table] headers; quote the key if the dot is part of its name")
        }
        guard peek() == "=" else { throw error("expected '=' after key") }
        index += 1
        skipSpaces()
    }

    private mutating func parseKey() throws(TOMLSyntaxError) -> String {
        switch peek() {
        case "\"":
            return try parseBasicString()
        case "'":
            return try parseLiteralString()
        default:
            let start = index
            while let scalar = peek(), Self.isBareKeyScalar(scalar) { index += 1 }
            guard index > start else { throw error("expected a key, found \(describe(peek()))") }
            return String(String.UnicodeScalarView(scalars[start..<index]))
        }
    }

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    // MARK: - Values

    private mutating func parseValue() throws(TOMLSyntaxError) -> TOMLValue {
        let start = mark
        let content: TOMLValue.Content
        switch peek() {
        case "\"": content = .string(try parseBasicString())
        case "'": content = .string(try parseLiteralString())
        case "[": content = .array(try parseArray())
        case "{": content = .table(try parseInlineTable())
        default: content = try parseBareValue()
        }
        return TOMLValue(content, line: start.line, column: start.column)
    }

    private mutating func parseBasicString() throws(TOMLSyntaxError) -> String {
        let open = mark
        index += 1
        if peek() == "\"" && peek(1) == "\"" { throw error("multi-line strings are not supported", at: open) }
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" || peek(1) != "\n" else {
                throw error("unterminated string: missing closing '\"' on this line", at: open)
            }
            switch scalar {
            case "\"":
                index += 1
                return String(result)
            case "\\":
                result.append(try parseEscape(inStringOpenedAt: open))
            default:
                if Self.isControl(scalar) { throw error("control characters must be escaped in strings") }
                result.append(scalar)
                index += 1
            }
        }
    }

    private mutating func parseEscape(inStringOpenedAt open: Mark) throws(TOMLSyntaxError) -> Unicode.Scalar {
        let backslash = mark
        index += 1
        // A backslash before the line end continues a line only in multi-line strings, which this
        // subset leaves out; here the string simply never closed.
        guard let letter = peek(), letter != "\n", letter != "\r" else {
            throw error("unterminated string: missing closing '\"' on this line", at: open)
        }
        index += 1
        switch letter {
        case "\"": return "\""
        case "\\": return "\\"
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "u", "U":
            let digits = letter == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let digit = peek(), digit.isASCII, let nibble = UInt32(String(digit), radix: 16) else {
                    throw error("'\\\(letter)' needs exactly \(digits) hexadecimal digits", at: backslash)
                }
                value = value << 4 | nibble
                index += 1
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error(
                    "'\\\(letter)' escape is not a Unicode scalar value (surrogate or too large)", at: backslash)
            }
            return scalar
        default:
            let shown = Self.isControl(letter) ? describe(letter) : "'\\\(String(letter))'"
            throw error("invalid escape \(shown) (use \\\" \\\\ \\n \\t \\uXXXX)", at: backslash)
        }
    }

    private mutating func parseLiteralString() throws(TOMLSyntaxError) -> String {
        let open = mark
        index += 1
        if peek() == "'" && peek(1) == "'" { throw error("multi-line strings are not supported", at: open) }
        let start = index
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" || peek(1) != "\n" else {
                throw error("unterminated string: missing closing \"'\" on this line", at: open)
            }
            if scalar == "'" { break }
            if Self.isControl(scalar) { throw error("control characters are not allowed in literal strings") }
            index += 1
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        index += 1
        return text
    }

    private mutating func parseArray() throws(TOMLSyntaxError) -> [TOMLValue] {
        let open = mark
        index += 1
        var elements: [TOMLValue] = []
        while true {
            try skipBlankSpace()
            if atEnd { throw error("array is never closed with ']'", at: open) }
            if peek() == "]" { break }
            elements.append(try parseValue())
            try skipBlankSpace()
            if peek() == "," {
                index += 1
            } else if peek() == "]" {
                break
            } else if atEnd {
                throw error("array is never closed with ']'", at: open)
            } else {
                throw error("expected ',' or ']' in array, found \(describe(peek()))")
            }
        }
        index += 1
        return elements
    }

    private mutating func parseInlineTable() throws(TOMLSyntaxError) -> TOMLTable {
        let open = mark
        index += 1
        var table = TOMLTable()
        skipSpaces()
        if peek() == "}" {
            index += 1
            return table
        }
        while true {
            skipSpaces()
            if atEnd || isAtNewline { throw error("inline table must be closed with '}' on the same line", at: open) }
            let keyMark = mark
            let key = try parseKey()
            try expectEquals()
            let value = try parseValue()
            if let existing = table[key] {
                throw error("duplicate key '\(key)' (first defined on line \(existing.line))", at: keyMark)
            }
            table.insert(value, forKey: key)
            skipSpaces()
            if peek() == "," {
                let comma = mark
                index += 1
                skipSpaces()
                if peek() == "}" { throw error("trailing comma is not allowed in an inline table", at: comma) }
            } else if peek() == "}" {
                index += 1
                return table
            } else if atEnd || isAtNewline {
                throw error("inline table must be closed with '}' on the same line", at: open)
            } else {
                throw error("expected ',' or '}' in inline table, found \(describe(peek()))")
            }
        }
    }

    /// Booleans and integers, plus clear refusals for the TOML values this subset leaves out.
    private mutating func parseBareValue() throws(TOMLSyntaxError) -> TOMLValue.Content {
        let start = mark
        let first = index
        while let scalar = peek(), Self.isBareKeyScalar(scalar) || scalar == "+" || scalar == "." || scalar == ":" {
            index += 1
        }
        guard index > first else { throw error("expected a value, found \(describe(peek()))") }
        let token = String(String.UnicodeScalarView(scalars[first..<index]))
        switch token {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: break
        }
        let unsigned = token.hasPrefix("+") || token.hasPrefix("-") ? String(token.dropFirst()) : token
        let startsWithDigit = unsigned.first.map { $0.isASCII && $0.isNumber } ?? false
        if Self.isDecimalInteger(unsigned) {
            let digits = token.filter { $0 != "_" }
            guard let value = Int(digits) else { throw error("integer '\(token)' is out of range", at: start) }
            return .integer(value)
        }
        if ["0x", "0o", "0b"].contains(where: unsigned.hasPrefix) {
            throw error("only decimal integers are supported, found '\(token)'", at: start)
        }
        if startsWithDigit && (token.contains(":") || Self.looksLikeDate(unsigned)) {
            throw error("dates and times are not supported", at: start)
        }
        if unsigned == "inf" || unsigned == "nan"
            || (startsWithDigit && unsigned.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }))
        {
            throw error("floats are not supported, found '\(token)'", at: start)
        }
        if startsWithDigit { throw error("invalid integer '\(token)'", at: start) }
        throw error("expected a value, found '\(token)' (strings need quotes)", at: start)
    }

    /// `0`, or a digit 1-9 followed by digits with single underscores between them.
    private static func isDecimalInteger(_ text: String) -> Bool {
        let characters = Array(text)
        guard let first = characters.first, first.isASCII, first.isNumber else { return false }
        if first == "0" { return characters.count == 1 }
        var previousWasDigit = true
        for character in characters.dropFirst() {
            if character == "_" {
                guard previousWasDigit else { return false }
                previousWasDigit = false
            } else if character.isASCII && character.isNumber {
                previousWasDigit = true
            } else {
                return false
            }
        }
        return previousWasDigit
    }

    private static func looksLikeDate(_ text: String) -> Bool {
        let characters = Array(text.prefix(10))
        guard characters.count == 10 else { return false }
        return characters.enumerated().allSatisfy { offset, character in
            offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
        }
    }

    // MARK: - Whitespace, comments and line ends

    private mutating func expectEndOfLine(after what: String) throws(TOMLSyntaxError) {
        skipSpaces()
        if peek() == "#" { try skipComment() }
        if atEnd || consumeNewline() { return }
        throw error("expected end of line after \(what), found \(describe(peek()))")
    }

    /// Spaces, tabs, comments and newlines: what may sit between array elements.
    private mutating func skipBlankSpace() throws(TOMLSyntaxError) {
        while true {
            skipSpaces()
            if consumeNewline() { continue }
            if peek() == "#" {
                try skipComment()
                continue
            }
            return
        }
    }

    private mutating func skipSpaces() {
        while peek() == " " || peek() == "\t" { index += 1 }
    }

    /// Skips from `#` to the end of the line, leaving the newline for the caller.
    private mutating func skipComment() throws(TOMLSyntaxError) {
        index += 1
        while let scalar = peek(), !isAtNewline {
            if Self.isControl(scalar) { throw error("control characters are not allowed in comments") }
            index += 1
        }
    }

    private var isAtNewline: Bool { peek() == "\n" || (peek() == "\r" && peek(1) == "\n") }

    private mutating func consumeNewline() -> Bool {
        guard isAtNewline else { return false }
        index += peek() == "\r" ? 2 : 1
        line += 1
        lineStart = index
        return true
    }

    /// Control characters other than tab; a lone carriage return counts, since TOML only allows
    /// it as part of CRLF.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    // MARK: - Position and errors

    private var atEnd: Bool { index >= scalars.count }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let position = index + offset
        return position < scalars.count ? scalars[position] : nil
    }

    private var mark: Mark { Mark(line: line, column: index - lineStart + 1) }

    private func error(_ message: String, at position: Mark? = nil) -> TOMLSyntaxError {
        let position = position ?? mark
        return TOMLSyntaxError(line: position.line, column: position.column, message: message)
    }

    private func describe(_ scalar: Unicode.Scalar?) -> String {
        guard let scalar else { return "end of file" }
        if scalar == "\n" || (scalar == "\r" && peek(1) == "\n") { return "end of line" }
        if Self.isControl(scalar) || scalar.properties.generalCategory == .format {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "'\(scalar)'"
    }

    private func displayPath(_ path: [String]) -> String {
        path.map { key in
            key.unicodeScalars.allSatisfy(Self.isBareKeyScalar) && !key.isEmpty ? key : "\"\(key)\""
        }.joined(separator: ".")
    }
}
