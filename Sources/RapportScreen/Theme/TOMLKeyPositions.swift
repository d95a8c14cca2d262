/// Where each key and array element of a TOML document is written.
///
/// TOMLKit reports a position only for syntax errors: the tables and values it returns carry
/// none. A theme error about a value that parsed fine (an unknown colour, a wrong type) still
/// has to point at a line, so this scans the text once more, following only TOML's structure:
/// headers, dotted and quoted keys (escapes decoded, so `"t\u0065xt"` is found as `text`), all
/// four kinds of string, comments, arrays and inline tables. It is meant for a document TOMLKit
/// has accepted; on anything else it skips ahead instead of failing, and a path it never saw
/// simply has no position, so the caller names file and key without a line.
struct TOMLKeyPositions {
    /// One step of a path: a table key, or an element of an array.
    enum Component: Hashable {
        case key(String)
        case index(Int)
    }

    struct Position: Comparable {
        /// 1-based.
        let line: Int
        /// 1-based, counted in Unicode scalars.
        let column: Int

        static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.line, lhs.column) < (rhs.line, rhs.column)
        }
    }

    private let positions: [[Component]: Position]
    /// The first string escape that means U+0000. TOMLKit hands strings over as C strings, which
    /// end there, so it would silently read `"red\u0000junk"` as `red`; the caller refuses it.
    let firstNULEscape: Position?

    init(scanning text: String) {
        var scanner = Scanner(text)
        scanner.scanDocument()
        positions = scanner.positions
        firstNULEscape = scanner.firstNULEscape
    }

    /// Where the key (or array element) at `path` was first written: for a table made by a
    /// header, the header; for an implied table, its first mention.
    func position(of path: [Component]) -> Position? { positions[path] }
}

private struct Scanner {
    typealias Component = TOMLKeyPositions.Component
    typealias Position = TOMLKeyPositions.Position

    /// Far deeper than TOMLKit's own nesting limit (256), so never reached on a document it
    /// accepted; it only bounds the recursion.
    private static let maximumDepth = 512

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var tablePath: [Component] = []
    private var depth = 0
    private(set) var positions: [[Component]: Position] = [:]
    private(set) var firstNULEscape: Position?

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func scanDocument() {
        // toml++ skips a leading byte-order mark, so columns on the first line start after it.
        if peek() == "\u{FEFF}" {
            advance()
            lineStart = index
        }
        while !atEnd {
            skipBlankSpace()
            guard let scalar = peek() else { break }
            if scalar == "[" {
                scanHeader()
            } else {
                scanKeyValue(in: tablePath)
            }
        }
    }

    // MARK: - Structure

    /// `[a."b"]` or `[[a]]`. Arrays of tables are only recorded by name: their elements' keys
    /// land under the array's path, which is enough to say where the array is.
    private mutating func scanHeader() {
        let start = position
        advance()
        let isArrayOfTables = peek() == "["
        if isArrayOfTables { advance() }
        let path = readDottedKey().map(Component.key)
        skipSpaces()
        if peek() == "]" { advance() }
        if isArrayOfTables && peek() == "]" { advance() }
        recordPrefixes(of: path, from: 1, at: start)
        tablePath = path
    }

    /// `key = value`, where the key may be dotted; every table a dotted key implies is recorded
    /// at the key's position.
    private mutating func scanKeyValue(in base: [Component]) {
        let start = position
        let keys = readDottedKey()
        guard !keys.isEmpty else {
            // Not a key: step over it so the scan always moves on.
            advance()
            return
        }
        let path = base + keys.map(Component.key)
        recordPrefixes(of: path, from: base.count + 1, at: start)
        skipSpaces()
        guard peek() == "=" else { return }
        advance()
        skipSpaces()
        scanValue(at: path)
    }

    private mutating func scanValue(at path: [Component]) {
        guard depth < Self.maximumDepth else { return }
        depth += 1
        defer { depth -= 1 }
        switch peek() {
        case "\"", "'": _ = readString()
        case "[": scanArray(at: path)
        case "{": scanInlineTable(at: path)
        default: skipBareValue()
        }
    }

    private mutating func scanArray(at path: [Component]) {
        advance()
        var count = 0
        while true {
            skipBlankSpace()
            guard let scalar = peek() else { return }
            switch scalar {
            case "]":
                advance()
                return
            case ",":
                advance()
            default:
                let elementPath = path + [.index(count)]
                record(elementPath, at: position)
                let before = index
                scanValue(at: elementPath)
                if index == before { advance() }
                count += 1
            }
        }
    }

    private mutating func scanInlineTable(at path: [Component]) {
        advance()
        while true {
            // Newlines are not TOML 1.0 inside an inline table, but skipping them is harmless.
            skipBlankSpace()
            guard let scalar = peek() else { return }
            switch scalar {
            case "}":
                advance()
                return
            case ",":
                advance()
            default:
                scanKeyValue(in: path)
            }
        }
    }

    /// Integers, floats, booleans, dates and times: up to the next delimiter. A date-time may
    /// use a space between date and time (`1979-05-27 07:32:00`), so a date followed by a space
    /// and a digit goes on.
    private mutating func skipBareValue() {
        let first = index
        while let scalar = peek() {
            if scalar == " ", index - first == 10, Self.isDate(scalars[first..<index]),
                let next = peek(1), Self.isDigit(next)
            {
                advance()
                continue
            }
            if [" ", "\t", "\n", "\r", ",", "]", "}", "#"].contains(scalar) { return }
            advance()
        }
    }

    // MARK: - Keys and strings

    private mutating func readDottedKey() -> [String] {
        var keys: [String] = []
        while true {
            skipSpaces()
            guard let key = readKey() else { return keys }
            keys.append(key)
            skipSpaces()
            guard peek() == "." else { return keys }
            advance()
        }
    }

    private mutating func readKey() -> String? {
        switch peek() {
        case "\"", "'": return readString()
        default:
            var key = String.UnicodeScalarView()
            while let scalar = peek(), Self.isBareKeyScalar(scalar) {
                key.append(scalar)
                advance()
            }
            return key.isEmpty ? nil : String(key)
        }
    }

    /// A string of any of the four kinds. Escapes are decoded in basic strings (literal ones have
    /// none), because a quoted key must come out as the key TOMLKit decoded.
    private mutating func readString() -> String {
        guard let quote = peek() else { return "" }
        advance()
        let multiline = peek() == quote && peek(1) == quote
        if multiline {
            advance()
            advance()
        }
        var text = String.UnicodeScalarView()
        while let scalar = peek() {
            if scalar == quote {
                if !multiline {
                    advance()
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    // Up to two quotes right before the closing three belong to the text.
                    for _ in 0..<2 where peek(3) == quote {
                        text.append(quote)
                        advance()
                    }
                    for _ in 0..<3 { advance() }
                    break
                }
            } else if scalar == "\\" && quote == "\"" {
                readEscape(into: &text)
                continue
            } else if scalar == "\n" && !multiline {
                break  // unterminated: not TOML, so stop at the line end
            }
            text.append(scalar)
            advance()
        }
        return String(text)
    }

    private mutating func readEscape(into text: inout String.UnicodeScalarView) {
        let start = position
        advance()
        guard let letter = peek() else { return }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "b": "\u{08}", "t": "\t", "n": "\n", "f": "\u{0C}", "r": "\r", "\"": "\"", "\\": "\\",
        ]
        if let decoded = simple[letter] {
            text.append(decoded)
            advance()
        } else if letter == "u" || letter == "U" {
            advance()
            let wanted = letter == "u" ? 4 : 8
            var value: UInt32 = 0
            var digits = 0
            while digits < wanted, let scalar = peek(), scalar.isASCII, let nibble = UInt32(String(scalar), radix: 16) {
                value = value << 4 | nibble
                digits += 1
                advance()
            }
            guard digits == wanted else { return }
            if value == 0 && firstNULEscape == nil { firstNULEscape = start }
            if let decoded = Unicode.Scalar(value) { text.append(decoded) }
        }
        // Anything else is a line-ending backslash in a multi-line string (the whitespace that
        // follows is read as text, which only values have) or not TOML at all.
    }

    // MARK: - Blank space

    /// Spaces, tabs, line ends and comments.
    private mutating func skipBlankSpace() {
        while let scalar = peek() {
            if scalar == "#" {
                while let inComment = peek(), inComment != "\n" { advance() }
            } else if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                advance()
            } else {
                return
            }
        }
    }

    private mutating func skipSpaces() {
        while peek() == " " || peek() == "\t" { advance() }
    }

    // MARK: - Position

    private var atEnd: Bool { index >= scalars.count }

    private var position: Position { Position(line: line, column: index - lineStart + 1) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let at = index + offset
        return at < scalars.count ? scalars[at] : nil
    }

    /// The only place the scan moves, so line counting cannot be skipped by any path.
    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    private mutating func record(_ path: [Component], at position: Position) {
        if positions[path] == nil { positions[path] = position }
    }

    private mutating func recordPrefixes(of path: [Component], from shortest: Int, at position: Position) {
        guard shortest <= path.count else { return }
        for length in shortest...path.count { record(Array(path.prefix(length)), at: position) }
    }

    // MARK: - Character classes

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// `YYYY-MM-DD`.
    private static func isDate(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        text.count == 10
            && text.enumerated().allSatisfy { offset, scalar in
                offset == 4 || offset == 7 ? scalar == "-" : isDigit(scalar)
            }
    }
}
