/// Quarters and years as the business counts them: the fiscal year starts in a chosen month.
///
/// A fiscal year is named after the calendar year it ends in (FY2027 starting in Feb 2026 ends
/// in Jan 2027), the usual convention; with a January start it equals the calendar year.
public struct FiscalCalendar: Hashable, Sendable {
    /// 1...12; January by default.
    public let firstMonth: Int

    public init(firstMonth: Int = 1) {
        self.firstMonth = (1...12).contains(firstMonth) ? firstMonth : 1
    }

    /// 0-based position of `month` inside its fiscal year.
    public func monthOffset(of month: YearMonth) -> Int {
        ((month.month - firstMonth) % 12 + 12) % 12
    }

    public func fiscalYearStart(containing month: YearMonth) -> YearMonth {
        month.adding(months: -monthOffset(of: month))
    }

    public func fiscalYear(containing month: YearMonth) -> Int {
        fiscalYearStart(containing: month).adding(months: 11).year
    }

    /// 1...4
    public func quarter(containing month: YearMonth) -> Int { monthOffset(of: month) / 3 + 1 }

    public func quarterStart(containing month: YearMonth) -> YearMonth {
        month.adding(months: -(monthOffset(of: month) % 3))
    }

    public func quarterPeriod(containing month: YearMonth) -> MonthRange {
        let start = quarterStart(containing: month)
        return MonthRange(first: start, last: start.adding(months: 2))
    }

    /// "Q4 FY2026"; with a January start simply "Q4 2026".
    public func quarterLabel(containing month: YearMonth) -> String {
        let quarter = quarter(containing: month)
        let year = fiscalYear(containing: month)
        return firstMonth == 1 ? "Q\(quarter) \(year)" : "Q\(quarter) FY\(year)"
    }
}

/// An inclusive run of months.
public struct MonthRange: Hashable, Sendable {
    public let first: YearMonth
    public let last: YearMonth

    public init(first: YearMonth, last: YearMonth) {
        self.first = first
        self.last = last
    }

    public func contains(_ month: YearMonth) -> Bool { first <= month && month <= last }

    public var months: [YearMonth] {
        guard first <= last else { return [] }
        return (0...first.months(until: last)).map { first.adding(months: $0) }
    }

    public func shifted(byMonths offset: Int) -> MonthRange {
        MonthRange(first: first.adding(months: offset), last: last.adding(months: offset))
    }
}
