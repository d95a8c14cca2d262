/// A reporting period: a month, a fiscal quarter or a fiscal year, as the metrics pane steps
/// through them (Shift-←/→ moves, `[`/`]` change the size, `T` returns to today's).
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Size: Int, CaseIterable, Hashable, Sendable {
        case month = 1
        case quarter = 3
        case year = 12

        public var smaller: Size { Size.allCases[max(0, (Size.allCases.firstIndex(of: self) ?? 0) - 1)] }
        public var larger: Size { Size.allCases[min(Size.allCases.count - 1, (Size.allCases.firstIndex(of: self) ?? 0) + 1)] }

        public var label: String {
            switch self {
            case .month: return "month"
            case .quarter: return "quarter"
            case .year: return "year"
            }
        }
    }

    public let size: Size
    /// The first month of the period.
    public let start: YearMonth
    public let calendar: FiscalCalendar

    /// The period of `size` that contains `month`.
    public init(size: Size, containing month: YearMonth, calendar: FiscalCalendar) {
        self.size = size
        self.calendar = calendar
        switch size {
        case .month: start = month
        case .quarter: start = calendar.quarterStart(containing: month)
        case .year: start = calendar.fiscalYearStart(containing: month)
        }
    }

    public var months: MonthRange { MonthRange(first: start, last: start.adding(months: size.rawValue - 1)) }

    public func stepped(by count: Int) -> Period {
        Period(size: size, containing: start.adding(months: count * size.rawValue), calendar: calendar)
    }

    public var previous: Period { stepped(by: -1) }

    /// The same period a year earlier.
    public var yearEarlier: Period { Period(size: size, containing: start.adding(months: -12), calendar: calendar) }

    /// The period of another size around this one's start ("[" and "]"); a smaller one holds
    /// `today` when this period does: from this year, "[" goes to this quarter, not the first.
    public func resized(to size: Size, keeping today: Day? = nil) -> Period {
        if let today, months.contains(today.yearMonth) { return Period(size: size, containing: today.yearMonth, calendar: calendar) }
        return Period(size: size, containing: start, calendar: calendar)
    }

    /// "Nov 2026", "Q4 2026" (or "Q3 FY2027"), "2026" (or "FY2027").
    public var description: String {
        switch size {
        case .month: return "\(start.shortMonthName) \(start.year)"
        case .quarter: return calendar.quarterLabel(containing: start)
        case .year:
            let year = calendar.fiscalYear(containing: start)
            return calendar.firstMonth == 1 ? "\(year)" : "FY\(year)"
        }
    }
}
