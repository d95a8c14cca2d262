/// One record of a CSV file: its fields, and the line it starts on (a quoted field may hold
/// line breaks, so a record can span several lines).
public struct CSVRow: Hashable, Sendable {
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A strict RFC 4180 reader over bytes that arrive in chunks, so a large file is never held
/// whole. It reads `"` quoting with doubled quotes and line breaks inside quotes, a UTF-8 BOM,
/// CRLF or LF, and `,` `;` or TAB (detected from the header line unless given). Unlike the
/// packages measured for it (see docs/ARCHITECTURE.md), it refuses what a spreadsheet would
/// misread — an unterminated quote, a ragged row, a NUL, a field past the size cap — and
/// every error says where.
///
/// The first row `next()` returns is the header; every later row must have as many fields.
/// Blank lines are skipped.
public struct CSVReader {
    public static let defaultMaximumFieldBytes = 1_048_576

    public private(set) var delimiter: CSVDelimiter?
    public let encoding: TextEncoding
    let maximumFieldBytes: Int
    private let nextChunk: () throws -> [UInt8]?

    private var chunk: [UInt8] = []
    private var index = 0
    private var finished = false
    private var started = false
    private var line = 1
    private var column = 1
    private var headerCount: Int?

    public init(
        delimiter: CSVDelimiter? = nil, encoding: TextEncoding = .utf8, maximumFieldBytes: Int = defaultMaximumFieldBytes,
        chunks: @escaping () throws -> [UInt8]?
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.maximumFieldBytes = maximumFieldBytes
        self.nextChunk = chunks
    }

    /// A reader over bytes already in memory (tests, and text a dashboard holds).
    public init(bytes: [UInt8], delimiter: CSVDelimiter? = nil, encoding: TextEncoding = .utf8, maximumFieldBytes: Int = defaultMaximumFieldBytes) {
        var handed = false
        self.init(delimiter: delimiter, encoding: encoding, maximumFieldBytes: maximumFieldBytes) {
            defer { handed = true }
            return handed ? nil : bytes
        }
    }

    /// The next row, or nil at the end of the file.
    public mutating func next() throws -> CSVRow? {
        if !started { try start() }
        while true {
            guard let row = try readRecord() else {
                // Nothing but a BOM or blank lines is as empty as no bytes at all.
                if headerCount == nil { throw CSVReadError.emptyFile }
                return nil
            }
            if row.fields.count == 1 && row.fields[0].isEmpty && !row.quoted { continue }
            if let expected = headerCount {
                guard row.fields.count == expected else {
                    throw CSVReadError.raggedRow(line: row.line, expected: expected, found: row.fields.count)
                }
            } else {
                headerCount = row.fields.count
            }
            return CSVRow(line: row.line, fields: row.fields)
        }
    }

    // MARK: - Bytes

    private mutating func start() throws {
        started = true
        guard try refill() else { throw CSVReadError.emptyFile }
        if chunk.count >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF { index = 3 }
        if delimiter == nil { delimiter = CSVDelimiter.detect(in: chunk[index...]) }
    }

    /// Loads the next non-empty chunk; false at the end of the file.
    private mutating func refill() throws -> Bool {
        while !finished {
            guard let next = try nextChunk() else {
                finished = true
                return false
            }
            if !next.isEmpty {
                chunk = next
                index = 0
                return true
            }
        }
        return false
    }

    private mutating func nextByte() throws -> UInt8? {
        if index >= chunk.count {
            guard try refill() else { return nil }
        }
        let byte = chunk[index]
        index += 1
        return byte
    }

    private mutating func peekByte() throws -> UInt8? {
        if index >= chunk.count {
            guard try refill() else { return nil }
        }
        return chunk[index]
    }

    // MARK: - Records

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private mutating func readRecord() throws -> (line: Int, fields: [String], quoted: Bool)? {
        let delimiterByte = (delimiter ?? .comma).byte
        let quote = UInt8(ascii: "\"")
        let recordLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var fieldLine = line
        var fieldColumn = 1
        var anyQuoted = false
        var sawAnything = false

        func finishField() throws {
            guard let text = encoding.decode(field[...]) else {
                throw CSVReadError.invalidUTF8(line: fieldLine, byte: fieldColumn + Self.validPrefixLength(field))
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }

        while true {
            guard let byte = try nextByte() else {
                if state == .quoted { throw CSVReadError.unterminatedQuote(line: fieldLine, column: fields.count + 1) }
                guard sawAnything else { return nil }
                try finishField()
                return (recordLine, fields, anyQuoted)
            }
            sawAnything = true
            if byte == 0 { throw CSVReadError.notText(line: line, byte: column) }
            let byteColumn = column
            column += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            }
            let endsLine = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            switch state {
            case .fieldStart, .unquoted, .quoteInQuoted:
                if state == .fieldStart && byte == quote {
                    state = .quoted
                    anyQuoted = true
                    fieldLine = line
                    fieldColumn = byteColumn
                    continue
                }
                if state == .quoteInQuoted && byte == quote {
                    field.append(quote)
                    state = .quoted
                    continue
                }
                if byte == delimiterByte {
                    try finishField()
                    state = .fieldStart
                    fieldLine = line
                    fieldColumn = column
                    continue
                }
                if endsLine {
                    if byte == UInt8(ascii: "\r"), try peekByte() == UInt8(ascii: "\n") {
                        _ = try nextByte()
                        line += 1
                        column = 1
                    } else if byte == UInt8(ascii: "\r") {
                        line += 1
                        column = 1
                    }
                    try finishField()
                    return (recordLine, fields, anyQuoted)
                }
                if state == .quoteInQuoted { throw CSVReadError.textAfterClosingQuote(line: line, column: fields.count + 1) }
                if byte == quote { throw CSVReadError.strayQuote(line: line, column: fields.count + 1) }
                if state == .fieldStart {
                    fieldLine = line
                    fieldColumn = byteColumn
                }
                state = .unquoted
                try append(byte, to: &field, column: fields.count + 1, fieldLine: fieldLine)
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    try append(byte, to: &field, column: fields.count + 1, fieldLine: fieldLine)
                }
            }
        }
    }

    private func append(_ byte: UInt8, to field: inout [UInt8], column: Int, fieldLine: Int) throws {
        guard field.count < maximumFieldBytes else {
            throw CSVReadError.fieldTooLarge(line: fieldLine, column: column, limitBytes: maximumFieldBytes)
        }
        field.append(byte)
    }

    /// How many bytes of `field` are valid UTF-8 before the first bad one.
    static func validPrefixLength(_ field: [UInt8]) -> Int {
        var sniffer = EncodingSniffer()
        sniffer.feed(field)
        sniffer.finish()
        return (sniffer.firstInvalid?.byte ?? 1) - 1
    }
}
