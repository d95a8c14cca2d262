/// One metric over one period: what happened against the plan, a year before, and the period
/// before — the figures behind the metrics header.
public struct PeriodFigures: Hashable, Sendable {
    public let period: Period
    public let kind: MetricKind
    public let actual: MetricValue?
    public let target: MetricValue?
    public let yearEarlier: MetricValue?
    public let previous: MetricValue?
    /// Months of the period with an actual figure, out of the period's months.
    public let monthsReported: Int

    /// Figures summed or averaged over the period's months as the metric's kind says.
    public init(points: [MetricPoint], period: Period, kind: MetricKind) {
        self.period = period
        self.kind = kind
        func aggregate(_ range: MonthRange, _ value: (MetricPoint) -> Int64?) -> (MetricValue?, Int) {
            var total: Int64 = 0
            var count = 0
            for point in points where range.contains(point.month) {
                if let figure = value(point) {
                    total &+= figure
                    count += 1
                }
            }
            guard count > 0 else { return (nil, 0) }
            // An average of integers, rounded half away from zero without passing through Double.
            let figure = kind.aggregation == .sum ? total : Self.roundedQuotient(total, Int64(count))
            return (kind.value(figure), count)
        }
        (actual, monthsReported) = aggregate(period.months, \.actual)
        target = aggregate(period.months, \.target).0
        yearEarlier = aggregate(period.yearEarlier.months, \.actual).0
        previous = aggregate(period.previous.months, \.actual).0
    }

    static func roundedQuotient(_ total: Int64, _ count: Int64) -> Int64 {
        let quotient = total / count
        let remainder = total % count
        if 2 * abs(remainder) >= count { return quotient + (total < 0 ? -1 : 1) }
        return quotient
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
