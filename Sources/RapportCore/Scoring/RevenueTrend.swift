/// The selected account's last twelve complete months of revenue against the twelve before.
public struct RevenueTrend: Hashable, Sendable {
    /// The twelve months shown, oldest first.
    public let months: [YearMonth]
    /// Actual revenue per month in minor units; nil where no figure was recorded.
    public let actuals: [Int64?]
    public let total: Money
    public let priorYearTotal: Money

    public init(points: [MetricPoint], today: Day) {
        let lastComplete = today.yearMonth.adding(months: -1)
        let months = (0..<12).map { lastComplete.adding(months: $0 - 11) }
        var byMonth: [YearMonth: Int64] = [:]
        for point in points where point.metric == MetricPoint.revenue {
            if let actual = point.actual { byMonth[point.month] = actual }
        }
        self.months = months
        self.actuals = months.map { byMonth[$0] }
        self.total = Money(minorUnits: months.reduce(0) { $0 + (byMonth[$1] ?? 0) })
        self.priorYearTotal = Money(minorUnits: months.reduce(0) { $0 + (byMonth[$1.adding(months: -12)] ?? 0) })
    }

    /// The months a trend needs: 24 ending with the last complete one.
    public static func window(today: Day) -> MonthRange {
        let lastComplete = today.yearMonth.adding(months: -1)
        return MonthRange(first: lastComplete.adding(months: -23), last: lastComplete)
    }

    public var changePercent: Double? { (total - priorYearTotal).percent(of: priorYearTotal) }

    public var hasData: Bool { actuals.contains { $0 != nil } }
}
