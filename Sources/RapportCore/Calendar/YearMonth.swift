/// A calendar month, the grain of every metric series.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1...12
    public let month: Int

    public init(year: Int, month: Int) {
        // Normalise so that arithmetic can pass months outside 1...12.
        let zeroBased = year * 12 + (month - 1)
        self.year = zeroBased >= 0 ? zeroBased / 12 : (zeroBased - 11) / 12
        self.month = zeroBased - self.year * 12 + 1
    }

    /// Parses `YYYY-MM`; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// Months since year 0, for arithmetic and compact keys.
    public var index: Int { year * 12 + month - 1 }

    public func adding(months: Int) -> YearMonth { YearMonth(year: year, month: month + months) }

    public func months(until other: YearMonth) -> Int { other.index - index }

    public var firstDay: Day {
        // A normalised month always has a first day.
        Day(year: year, month: month, day: 1) ?? Day(daysSinceEpoch: 0)
    }

    public var dayCount: Int { Self.daysIn(year: year, month: month) }

    public var lastDay: Day { firstDay.adding(days: dayCount - 1) }

    public var iso: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))" }

    public var description: String { iso }

    /// "Nov"
    public var shortMonthName: String { Self.shortNames[month - 1] }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let shortNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
