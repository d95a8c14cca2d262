/// The revenue figures one account contributes to its health and to the book's KPIs.
///
/// "Recent" is the last three complete months (the current month is still running);
/// "year ago" is the same three months a year earlier.
public struct RevenueSnapshot: Hashable, Sendable {
    public var recentActual: Money
    public var recentTarget: Money
    public var yearAgoActual: Money
    public var quarterToDateActual: Money
    public var quarterTarget: Money

    public init(
        recentActual: Money = .zero, recentTarget: Money = .zero, yearAgoActual: Money = .zero,
        quarterToDateActual: Money = .zero, quarterTarget: Money = .zero
    ) {
        self.recentActual = recentActual
        self.recentTarget = recentTarget
        self.yearAgoActual = yearAgoActual
        self.quarterToDateActual = quarterToDateActual
        self.quarterTarget = quarterTarget
    }

    /// The windows of months each figure covers, for `today` in `calendar`.
    public struct Windows: Hashable, Sendable {
        public let recent: MonthRange
        public let yearAgo: MonthRange
        public let quarter: MonthRange
        public let quarterToDate: MonthRange

        public init(today: Day, calendar: FiscalCalendar) {
            let current = today.yearMonth
            recent = MonthRange(first: current.adding(months: -3), last: current.adding(months: -1))
            yearAgo = recent.shifted(byMonths: -12)
            quarter = calendar.quarterPeriod(containing: current)
            quarterToDate = MonthRange(first: quarter.first, last: current)
        }

        /// The earliest month any window needs, to bound the query.
        public var earliest: YearMonth { min(yearAgo.first, quarter.first) }
        public var latest: YearMonth { max(recent.last, quarter.last) }
    }

    /// Builds the snapshot from monthly points (in-memory path, used by tests and small books).
    public init(points: [MetricPoint], windows: Windows) {
        self.init()
        for point in points where point.metric == MetricPoint.revenue {
            let actual = Money(minorUnits: point.actual ?? 0)
            let target = Money(minorUnits: point.target ?? 0)
            if windows.recent.contains(point.month) {
                recentActual += actual
                recentTarget += target
            }
            if windows.yearAgo.contains(point.month) { yearAgoActual += actual }
            if windows.quarterToDate.contains(point.month) { quarterToDateActual += actual }
            if windows.quarter.contains(point.month) { quarterTarget += target }
        }
    }

    /// Change of recent revenue against the same months last year, in percent.
    public var yearOverYearPercent: Double? { (recentActual - yearAgoActual).percent(of: yearAgoActual) }

    /// Recent revenue against its target, in percent.
    public var attainmentPercent: Double? { recentActual.percent(of: recentTarget) }
}
