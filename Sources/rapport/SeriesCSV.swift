import Foundation

/// Reads a series from CSV text with the header `period,value`, for `rapport forecast`.
///
/// Periods are months (`2024-01`) or quarters (`2024-Q1`), one kind per file, in any order;
/// the result runs from the first to the last period with nil for every period the file does
/// not give (and for empty or `NA` values), which the forecaster fills by interpolation.
/// Errors stop at the first problem and name the file, the line and the column.
enum SeriesCSV {
    /// A file longer than this many periods is almost certainly a typo in a year (1024 for 2024).
    static let maximumPeriods = 1_200

    typealias Series = (periods: [SeriesPeriod], values: [Double?], seasonLength: Int)

    /// Reads a whole text, as tests hold it.
    static func parse(_ text: String, file: String) throws -> Series {
        var lines = SeriesLineReader(file: file, data: Data(text.utf8))
        return try parse(lines: &lines)
    }

    /// Reads line by line from `lines`, stopping at the first problem.
    static func parse(lines: inout SeriesLineReader) throws -> Series {
        let file = lines.file
        var rows: [(period: SeriesPeriod, value: Double?, line: Int)] = []
        var seenHeader = false
        var firstLineOfPeriod: [SeriesPeriod: Int] = [:]
        var kindLine: (kind: SeriesPeriod.Kind, line: Int)? = nil

        while let text = try lines.next() {
            let lineNumber = lines.lineNumber
            var line = Substring(text)
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = try split(line, file: file, line: lineNumber)
            if !seenHeader {
                let names = fields.map { $0.trimmed.lowercased() }
                guard names == ["period", "value"] else {
                    throw SeriesCSVError(file: file, line: lineNumber, message: "the header must be 'period,value', found '\(String(line).clipped)'")
                }
                seenHeader = true
                continue
            }
            guard fields.count == 2 else {
                throw SeriesCSVError(
                    file: file, line: lineNumber, message: "expected 2 columns (period,value), found \(fields.count)")
            }
            let periodText = fields[0].trimmed
            guard let period = SeriesPeriod(label: periodText) else {
                throw SeriesCSVError(
                    file: file, line: lineNumber,
                    message: "period '\(periodText.clipped)' is not a month like 2024-01 or a quarter like 2024-Q1")
            }
            if let kindLine, kindLine.kind != period.kind {
                throw SeriesCSVError(
                    file: file, line: lineNumber,
                    message: "period '\(periodText)' is a \(period.kind.name), but line \(kindLine.line) has a \(kindLine.kind.name); use one kind throughout")
            }
            if kindLine == nil { kindLine = (period.kind, lineNumber) }
            if let earlier = firstLineOfPeriod[period] {
                throw SeriesCSVError(file: file, line: lineNumber, message: "period \(period.label) appears twice (also on line \(earlier))")
            }
            firstLineOfPeriod[period] = lineNumber
            rows.append((period, try value(fields[1].trimmed, file: file, line: lineNumber), lineNumber))
        }
        guard seenHeader else { throw SeriesCSVError(file: file, line: nil, message: "the file is empty; expected the header 'period,value'") }
        guard let first = rows.min(by: { $0.period < $1.period }), let last = rows.max(by: { $0.period < $1.period }) else {
            throw SeriesCSVError(file: file, line: nil, message: "no data rows after the header")
        }
        let span = last.period.index - first.period.index + 1
        guard span <= maximumPeriods else {
            throw SeriesCSVError(
                file: file, line: nil,
                message: "periods from \(first.period.label) to \(last.period.label) span \(span) \(first.period.kind.name)s; at most \(maximumPeriods) are supported (check the years)")
        }
        var values = [Double?](repeating: nil, count: span)
        for row in rows { values[row.period.index - first.period.index] = row.value }
        let periods = (0..<span).map { first.period.advanced(by: $0) }
        return (periods, values, first.period.seasonLength)
    }

    /// Plain decimal numbers only: Double's own parser would also take "nan", "inf" and hex.
    private static func value(_ text: String, file: String, line: Int) throws -> Double? {
        if text.isEmpty || text == "NA" || text == "na" { return nil }
        let allowed = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || "+-.eE".unicodeScalars.contains($0) }
        guard allowed, text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }), let number = Double(text) else {
            throw SeriesCSVError(file: file, line: line, message: "value '\(text.clipped)' is not a number")
        }
        guard number.isFinite else {
            throw SeriesCSVError(file: file, line: line, message: "value '\(text.clipped)' is too large")
        }
        return number
    }

    /// Splits on commas outside double quotes; a doubled quote inside quotes is a literal quote.
    private static func split(_ line: Substring, file: String, line number: Int) throws -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = line.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { current.append("\"") } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if quoted { throw SeriesCSVError(file: file, line: number, message: "a quoted field is not closed") }
        fields.append(current)
        return fields
    }
}

/// A problem in a series file, said in one line: `data.csv:7: value 'abc' is not a number`.
struct SeriesCSVError: Error, Equatable, Sendable, CustomStringConvertible {
    let file: String
    /// nil when the problem is the file as a whole (empty, no rows, too long).
    let line: Int?
    let message: String

    init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

extension String {
    fileprivate var trimmed: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }

    /// Keeps a message to one readable line when a cell holds a whole paragraph.
    fileprivate var clipped: String {
        let visible = map { $0.isNewline || $0.asciiValue.map { $0 < 32 } == true ? " " : $0 }
        return visible.count > 40 ? String(visible.prefix(40)) + "…" : String(visible)
    }
}
