/// One metric over one period: what happened against the plan, a year before, and the period
/// before — the figures behind the metrics pane's header.
public struct PeriodFigures: Hashable, Sendable {
    public let period: Period
    public let actual: Money?
    public let target: Money?
    public let yearEarlier: Money?
    public let previous: Money?
    /// Months of the period with an actual figure, out of the period's months.
    public let monthsReported: Int

    /// Amounts are in the metric's unit (minor units for revenue), summed or averaged over the
    /// period's months as the metric's aggregation says.
    public init(points: [MetricPoint], period: Period, aggregation: MetricAggregation = .sum) {
        self.period = period
        func sum(_ range: MonthRange, _ value: (MetricPoint) -> Int64?) -> (Money?, Int) {
            var total: Int64 = 0
            var count = 0
            for point in points where range.contains(point.month) {
                if let figure = value(point) {
                    total &+= figure
                    count += 1
                }
            }
            guard count > 0 else { return (nil, 0) }
            let figure = aggregation == .sum ? total : Int64((Double(total) / Double(count)).rounded())
            return (Money(minorUnits: figure), count)
        }
        (actual, monthsReported) = sum(period.months, \.actual)
        target = sum(period.months, \.target).0
        yearEarlier = sum(period.yearEarlier.months, \.actual).0
        previous = sum(period.previous.months, \.actual).0
    }

    public var attainmentPercent: Double? { actual.flatMap { value in target.flatMap { value.percent(of: $0) } } }

    public var yearOverYearPercent: Double? {
        actual.flatMap { value in yearEarlier.flatMap { (value - $0).percent(of: $0) } }
    }

    public var previousPeriodPercent: Double? {
        actual.flatMap { value in previous.flatMap { (value - $0).percent(of: $0) } }
    }

    /// True while the period still has months to come (or is under way).
    public func isOpen(today: Day) -> Bool { period.months.last >= today.yearMonth }
}
