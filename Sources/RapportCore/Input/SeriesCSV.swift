import Foundation

/// A period of an input series: a month (`2024-01`) or a quarter (`2024-Q1`).
public enum SeriesPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    case month(YearMonth)
    /// Year and quarter 1...4.
    case quarter(year: Int, quarter: Int)

    init?(_ text: String) {
        if let month = YearMonth(iso: text) {
            self = .month(month)
            return
        }
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 2,
            parts[1].first == "Q" || parts[1].first == "q", let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
        else { return nil }
        self = .quarter(year: year, quarter: quarter)
    }

    /// Periods since year 0: months, or quarters.
    var index: Int {
        switch self {
        case .month(let month): return month.index
        case .quarter(let year, let quarter): return year * 4 + quarter - 1
        }
    }

    var isMonth: Bool {
        if case .month = self { return true }
        return false
    }

    public func adding(_ count: Int) -> SeriesPeriod {
        switch self {
        case .month(let month): return .month(month.adding(months: count))
        case .quarter(let year, let quarter):
            let index = year * 4 + quarter - 1 + count
            let newYear = index >= 0 ? index / 4 : (index - 3) / 4
            return .quarter(year: newYear, quarter: index - newYear * 4 + 1)
        }
    }

    public var description: String {
        switch self {
        case .month(let month): return month.iso
        case .quarter(let year, let quarter): return "\(Day.pad(year, 4))-Q\(quarter)"
        }
    }

    public static func < (lhs: SeriesPeriod, rhs: SeriesPeriod) -> Bool { lhs.index < rhs.index }
}

/// An error in a series file, naming the file and line: "sales.csv:7: value 'abc' is not a number".
public struct SeriesCSVError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Reads a series given as CSV with the header `period,value`: monthly (`2024-01`) or quarterly
/// (`2024-Q1`) periods, in any order. Gaps and empty values become missing values, which the
/// forecaster fills; anything else that is wrong is refused with its line.
public enum SeriesCSV {
    public struct Series: Equatable, Sendable {
        /// Every period from the first to the last, in order.
        public let periods: [SeriesPeriod]
        /// One per period; nil where the file has no value.
        public let values: [Double?]
        /// 12 for months, 4 for quarters.
        public let seasonLength: Int
    }

    public static func parse(_ text: String, file: String) throws(SeriesCSVError) -> Series {
        func fail(_ line: Int, _ message: String) -> SeriesCSVError { SeriesCSVError(file: file, line: line, message: message) }
        // CR LF is one Character in Swift; splitting on newlines handles both endings.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        while lines.last?.trimmingWhitespace().isEmpty == true { lines.removeLast() }
        guard let header = lines.first else { throw fail(0, "the file is empty; expected a header line 'period,value'") }
        var headerText = String(header)
        if headerText.hasPrefix("\u{FEFF}") { headerText.removeFirst() }
        let columns = headerText.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace().lowercased() }
        guard columns == ["period", "value"] else {
            throw fail(1, "the header must be 'period,value' (found '\(Self.shown(headerText))')")
        }
        var found: [SeriesPeriod: (value: Double?, line: Int)] = [:]
        var isMonthly: Bool?
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            if line.trimmingWhitespace().isEmpty { continue }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace()) }
            guard cells.count == 2 else { throw fail(number, "expected 2 columns (period,value), found \(cells.count)") }
            guard let period = SeriesPeriod(cells[0]) else {
                throw fail(number, "period '\(Self.shown(cells[0]))' is neither a month like 2024-01 nor a quarter like 2024-Q1")
            }
            if let isMonthly, isMonthly != period.isMonth {
                throw fail(number, "period \(period) mixes months and quarters; use one kind per file")
            }
            isMonthly = period.isMonth
            if let earlier = found[period] { throw fail(number, "period \(period) appears twice (first on line \(earlier.line))") }
            var value: Double?
            if !cells[1].isEmpty {
                guard let number = Double(cells[1].replacingOccurrences(of: "_", with: "")), number.isFinite else {
                    throw fail(number, "value '\(Self.shown(cells[1]))' is not a number")
                }
                value = number
            }
            found[period] = (value, number)
        }
        guard let first = found.keys.min(), let last = found.keys.max() else {
            throw fail(0, "there are no rows after the header")
        }
        let count = last.index - first.index + 1
        guard count <= 100_000 else { throw fail(0, "the periods span \(count) steps; at most 100,000 are supported") }
        let periods = (0..<count).map { first.adding($0) }
        return Series(periods: periods, values: periods.map { found[$0]?.value ?? nil }, seasonLength: first.isMonth ? 12 : 4)
    }

    /// Cell text for a message: short, and with control characters shown as "?".
    static func shown(_ text: String) -> String {
        let clean = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return clean.count > 24 ? String(clean.prefix(24)) + "…" : clean
    }
}
