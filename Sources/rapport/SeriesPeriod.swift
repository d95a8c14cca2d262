import Foundation
import RapportCore

/// A period of a series read from a file: a month (`2024-01`, season 12) or a quarter
/// (`2024-Q1`, season 4).
enum SeriesPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    case month(YearMonth)
    /// `quarter` is 1...4; built through `quarter(year:quarter:)` it is always normalised.
    case quarter(year: Int, quarter: Int)

    enum Kind: Sendable {
        case month
        case quarter

        /// "month", "quarter": for messages.
        var name: String { self == .month ? "month" : "quarter" }
    }

    /// Parses `YYYY-MM` or `YYYY-Qn` (the Q in either case); nil for anything else.
    init?(label: String) {
        let text = label.trimmingWhitespaceForPeriod
        if let month = YearMonth(iso: text) {
            self = .month(month)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[0].allSatisfy(\.isASCIIDigitForPeriod),
            parts[1].count == 2, let letter = parts[1].first, letter == "Q" || letter == "q",
            let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
        else { return nil }
        self = .quarter(year: year, quarter: quarter)
    }

    var kind: Kind {
        if case .month = self { return .month }
        return .quarter
    }

    /// 12 for months, 4 for quarters.
    var seasonLength: Int { kind == .month ? 12 : 4 }

    /// Periods since year 0, for arithmetic and ordering within one kind.
    var index: Int {
        switch self {
        case .month(let month): return month.index
        case .quarter(let year, let quarter): return year * 4 + quarter - 1
        }
    }

    /// The period `steps` later (earlier when negative), of the same kind.
    func advanced(by steps: Int) -> SeriesPeriod {
        switch self {
        case .month(let month): return .month(month.adding(months: steps))
        case .quarter:
            let target = index + steps
            let year = target >= 0 ? target / 4 : (target - 3) / 4
            return .quarter(year: year, quarter: target - year * 4 + 1)
        }
    }

    /// How many periods may follow this one and still be read back: a label's year has four
    /// digits, so 9999-12 and 9999-Q4 are the last.
    var periodsLeft: Int {
        let last: SeriesPeriod = kind == .month ? .month(YearMonth(year: 9999, month: 12)) : .quarter(year: 9999, quarter: 4)
        return max(0, last.index - index)
    }

    /// The `count` periods after this one: the labels of a forecast's steps.
    func following(_ count: Int) -> [SeriesPeriod] {
        (0..<max(0, count)).map { advanced(by: $0 + 1) }
    }

    /// `2024-01` or `2024-Q1`, the form `init(label:)` reads.
    var label: String {
        switch self {
        case .month(let month): return month.iso
        case .quarter(let year, let quarter): return String(format: "%04d-Q%d", year, quarter)
        }
    }

    var description: String { label }

    /// Months before quarters, then by time; only same-kind comparisons occur in practice.
    static func < (lhs: SeriesPeriod, rhs: SeriesPeriod) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind == .month }
        return lhs.index < rhs.index
    }
}

extension StringProtocol {
    fileprivate var trimmingWhitespaceForPeriod: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}

extension Character {
    fileprivate var isASCIIDigitForPeriod: Bool { ("0"..."9").contains(self) }
}
